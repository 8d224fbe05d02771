import { resourcePolicy } from "../../model/policy";
import { asArray, asObject, asString, Bag, show } from "../../model/props";
import { PropsOf, T } from "../../model/resources";
import { parsePolicyDocument, RAM_POLICY_URL, statementsOf, stringList } from "./common";

interface Config {
    wildcardActions: string[];
    wildcardResources: string[];
}

/** One deprecated `statements` block, as the SDK types it (values still unchecked). */
type StatementBlock = NonNullable<PropsOf[typeof T.RamPolicy]["statements"]>[number];

interface Statement {
    effect: unknown;
    actions: string[];
    resources: string[];
}

function fromDocument(doc: Bag): Statement[] {
    return statementsOf(doc).map((s) => ({ effect: s["Effect"], actions: stringList(s["Action"]), resources: stringList(s["Resource"]) }));
}

// A custom policy that allows every action (or every ACK action) on every resource makes whoever
// holds it an ACK administrator, able to grant themselves any cluster's RBAC.
export const ramPolicyNoWildcard = resourcePolicy<typeof T.RamPolicy, Config>({
    name: "ack-ram-policy-no-wildcard",
    displayName: "RAM policies do not allow every action on every resource",
    description: "A ram.Policy must not have an Allow statement whose Action is a full wildcard (\"*\", \"*:*\" or \"cs:*\") on Resource \"*\".",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Least privilege is the customer's on every cluster type; a wildcard Allow on all resources is the opposite, and cs:* includes granting ACK RBAC to anyone.",
    remediation: { does: false, why: "fails (a) single secure answer: which actions and resources to allow only the team knows." },
    url: RAM_POLICY_URL,
    remediationSteps: "In `policyDocument`, list the actions the holder needs (e.g. \"cs:DescribeClusterDetail\") and scope `Resource` to the clusters (\"acs:cs:*:*:cluster/<cluster id>\").",
    responsibility: "access-control",
    clusterTypes: ["ack-managed", "ack-serverless", "ack-managed-node-pools", "ack-edge"],
    config: {
        wildcardActions: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: "Actions (case-insensitive) that count as a wildcard grant, e.g. add \"ram:*\".",
            default: ["*", "*:*", "cs:*"],
        },
        wildcardResources: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: "Resources that count as every resource.",
            default: ["*"],
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
                statements.push({ effect: s?.effect, actions: stringList(s?.actions), resources: stringList(s?.resources) });
            }
        } else {
            ctx.args.notApplicable("no policy document set (the provider rejects a ram.Policy without one)");
            return;
        }
        const actions = new Set(asArray(ctx.config.wildcardActions).filter((a): a is string => typeof a === "string").map((a) => a.toLowerCase()));
        const everything = new Set(asArray(ctx.config.wildcardResources).filter((a): a is string => typeof a === "string"));
        const bad: string[] = [];
        statements.forEach((s, i) => {
            if (asString(s.effect)?.toLowerCase() !== "allow") return;
            const wildActions = s.actions.filter((a) => actions.has(a.trim().toLowerCase()));
            if (wildActions.length > 0 && s.resources.some((r) => everything.has(r.trim()))) {
                bad.push(`Statement[${i}] allows ${show(wildActions)} on Resource "*"`);
            }
        });
        if (bad.length > 0) {
            ctx.report({
                path: field ?? "statements",
                found: bad.join("; "),
                expected: "Allow statements with named actions and scoped resources",
                why: "Whoever holds this policy can do anything it names on every resource, including granting themselves cluster-admin RBAC on every ACK cluster.",
                fix: "list the actions needed and scope Resource, e.g. `Resource: \"acs:cs:*:*:cluster/<cluster id>\"`.",
            });
        }
    },
});
