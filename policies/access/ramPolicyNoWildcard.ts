import { resourcePolicy } from "../../model/policy";
import { asArray, asObject, asString, Bag, listed, show } from "../../model/props";
import { PropsOf, T } from "../../model/resources";
import { parsePolicyDocument, RAM_POLICY_URL, statementsOf, stringList } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

interface Config {
    wildcardActions: string[];
    wildcardResources: string[];
    escalationActions: string[];
}

/** One deprecated `statements` block, as the SDK types it (values still unchecked). */
type StatementBlock = NonNullable<PropsOf[typeof T.RamPolicy]["statements"]>[number];

interface Statement {
    effect: unknown;
    actions: string[];
    notActions: string[];
    resources: string[];
}

function fromDocument(doc: Bag): Statement[] {
    return statementsOf(doc).map((s) => ({ effect: s["Effect"], actions: stringList(s["Action"]), notActions: stringList(s["NotAction"]), resources: stringList(s["Resource"]) }));
}

/** Whether an Action pattern (RAM allows `*` wildcards) matches a concrete action, case-insensitively. */
function matches(pattern: string, action: string): boolean {
    const re = new RegExp(`^${pattern.trim().split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`, "i");
    return re.test(action);
}

// A custom policy that allows every action (or every ACK or RAM action) on every resource, allows
// everything but a few actions (NotAction), or lets its holder attach policies to identities or
// rewrite policies and trust policies, makes whoever holds it an administrator of ACK or of the
// whole account.
export const ramPolicyNoWildcard = resourcePolicy<typeof T.RamPolicy, Config>({
    name: "ack-ram-policy-no-wildcard",
    displayName: "RAM policies do not allow every action on every resource",
    description: "A ram.Policy must not have an Allow statement on every resource (\"*\", or acs:cs:*:*:* and the like) whose Action is a full wildcard (\"*\", \"*:*\", \"cs:*\", \"ram:*\"), that uses NotAction, or that grants a RAM privilege-escalation action (attaching policies, rewriting policies or trust policies).",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Least privilege is the customer's on every cluster type; a wildcard Allow on all resources is the opposite: cs:* lets the holder delete or reconfigure every cluster and node pool, ram:* and the escalation actions let it grant itself anything, and an Allow with NotAction allows everything it does not name.",
    remediation: { does: false, why: "fails (a) single secure answer: which actions and resources to allow only the team knows." },
    url: RAM_POLICY_URL,
    remediationSteps: "In `policyDocument`, list the actions the holder needs (e.g. \"cs:DescribeClusterDetail\") and scope `Resource` to the clusters (\"acs:cs:*:*:cluster/<cluster id>\").",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    config: {
        wildcardActions: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: "Actions (case-insensitive) that count as a wildcard grant.",
            default: ["*", "*:*", "cs:*", "ram:*"],
        },
        wildcardResources: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: "Resources that count as every resource (of the account, of ACK, of RAM).",
            default: ["*", "acs:*:*:*:*", "acs:cs:*:*:*", "acs:ram:*:*:*"],
        },
        escalationActions: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: "RAM actions that let the holder grant itself more (attach any policy to an identity, rewrite a policy it holds, rewrite a role's trust policy); flagged on every resource, also when granted through a pattern such as ram:Attach*.",
            default: ["ram:AttachPolicyToUser", "ram:AttachPolicyToGroup", "ram:AttachPolicyToRole", "ram:CreatePolicyVersion", "ram:SetDefaultPolicyVersion", "ram:UpdateRole"],
        },
    },
    resourceTypes: [T.RamPolicy],
    check: (props, ctx) => {
        // policyDocument, else the deprecated document, else the deprecated statements blocks.
        const field = props.policyDocument !== undefined && props.policyDocument !== null ? "policyDocument"
            : props.document !== undefined && props.document !== null ? "document" : undefined;
        let statements: Statement[];
        if (field !== undefined) {
            const parsed = parsePolicyDocument(field === "policyDocument" ? props.policyDocument : props.document);
            if (!parsed.ok) {
                ctx.report({
                    path: field,
                    found: `a document that cannot be parsed (${parsed.reason})`,
                    expected: "a JSON policy document without wildcard Allow statements",
                    why: "A document this pack cannot read cannot be checked for wildcard grants.",
                    fix: `set \`${field}\` to valid JSON, e.g. \`JSON.stringify({ Version: "1", Statement: [...] })\`.`,
                });
                return;
            }
            statements = fromDocument(parsed.doc);
        } else if (props.statements !== undefined && props.statements !== null) {
            statements = [];
            const blocks = asArray(props.statements);
            for (let i = 0; i < blocks.length; i++) {
                if (asObject(blocks[i]) === undefined) continue;
                const s = blocks[i] as StatementBlock;
                statements.push({ effect: s?.effect, actions: stringList(s?.actions), notActions: [], resources: stringList(s?.resources) });
            }
        } else {
            ctx.args.notApplicable("no policy document set (the provider rejects a ram.Policy without one)");
            return;
        }
        const strings = (v: unknown) => asArray(v).filter((a): a is string => typeof a === "string");
        const actions = new Set(strings(ctx.config.wildcardActions).map((a) => a.toLowerCase()));
        const everything = new Set(strings(ctx.config.wildcardResources).map((r) => r.toLowerCase()));
        const escalation = strings(ctx.config.escalationActions);
        const bad: string[] = [];
        statements.forEach((s, i) => {
            if (asString(s.effect)?.toLowerCase() !== "allow") return;
            const wide = s.resources.find((r) => everything.has(r.trim().toLowerCase()));
            if (wide === undefined) return;
            const on = `on Resource ${JSON.stringify(wide)}`;
            if (s.notActions.length > 0) {
                bad.push(`Statement[${i}] allows every action except ${show(s.notActions)} (NotAction) ${on}`);
                return;
            }
            const wildActions = s.actions.filter((a) => actions.has(a.trim().toLowerCase()));
            if (wildActions.length > 0) {
                bad.push(`Statement[${i}] allows ${show(wildActions)} ${on}`);
                return;
            }
            const escalating = escalation.filter((e) => s.actions.some((a) => matches(a, e)));
            if (escalating.length > 0) {
                bad.push(`Statement[${i}] allows the privilege-escalation action${escalating.length > 1 ? "s" : ""} ${listed(escalating)} ${on}`);
            }
        });
        if (bad.length > 0) {
            ctx.report({
                path: field ?? "statements",
                found: listed(bad, "; "),
                expected: "Allow statements with named actions and scoped resources",
                why: "Whoever holds this policy can do what it names on every resource: delete or reconfigure every ACK cluster and node pool (cs:*), or grant itself any policy (ram:*, the escalation actions); an Allow with NotAction allows everything it does not list.",
                fix: "list the actions needed and scope Resource, e.g. `Resource: \"acs:cs:*:*:cluster/<cluster id>\"`.",
            });
        }
    },
});
