import { dependenciesOf } from "../../model/graph";
import { stackPolicy } from "../../model/policy";
import { asObject, asString, Bag, show } from "../../model/props";
import { CLUSTER_TOKENS, propsAs, T } from "../../model/resources";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import { parsePolicyDocument, RRSA_URL, statementsOf, stringList } from "./common";

/** ACK registers each RRSA cluster's OIDC provider in RAM as `ack-rrsa-<cluster id>`. */
const ACK_OIDC = /oidc-provider\/ack-rrsa-/i;

/** The value of `key` in a Condition operator block, case-insensitively (RAM keys are case-insensitive). */
function conditionValues(condition: Bag | undefined, operator: string, key: string): string[] | undefined {
    const op = Object.entries(condition ?? {}).find(([k]) => k.toLowerCase() === operator.toLowerCase())?.[1];
    const block = asObject(op);
    if (block === undefined) return undefined;
    const entry = Object.entries(block).find(([k]) => k.toLowerCase() === key.toLowerCase());
    return entry === undefined ? undefined : stringList(entry[1]);
}

// A RAM role trusted by a cluster's OIDC provider can be assumed by any pod whose service-account
// token the provider signs, unless the trust policy names the service accounts in `oidc:sub`
// (system:serviceaccount:<namespace>:<name>). Without it every pod of the cluster gets the role.
export const ramRrsaRoleScoped = stackPolicy({
    name: "ack-ram-rrsa-role-scoped",
    displayName: "RRSA roles trust named service accounts only",
    description: "A ram.Role whose trust policy admits an ACK cluster's OIDC provider (`oidc-provider/ack-rrsa-*`, or a document built from a cluster of the stack) must restrict `oidc:sub` with StringEquals to named service accounts.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Least privilege is the customer's on every cluster type; without the `oidc:sub` condition any pod in the cluster can assume the role, which defeats RRSA's per-workload identity.",
    remediation: { does: false, why: "stack policy, and the service accounts to trust are known only to the user." },
    url: RRSA_URL,
    remediationSteps: "Add `\"Condition\": {\"StringEquals\": {\"oidc:sub\": \"system:serviceaccount:<namespace>:<service account>\", \"oidc:aud\": \"sts.aliyuncs.com\"}}` to every statement of the role's `assumeRolePolicyDocument` that trusts the cluster's OIDC provider.",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.RamRole, ...CLUSTER_TOKENS],
    check: (ctx) => {
        for (const role of ctx.resources) {
            const props = propsAs(role, T.RamRole);
            if (props === undefined) continue;
            const field = props.assumeRolePolicyDocument !== undefined && props.assumeRolePolicyDocument !== null ? "assumeRolePolicyDocument" : "document";
            const fromCluster = dependenciesOf(role, field).some((d) => (CLUSTER_TOKENS as readonly string[]).includes(d.type));
            const raw = field === "assumeRolePolicyDocument" ? props.assumeRolePolicyDocument : props.document;
            if (raw === undefined || raw === null) continue;
            const parsed = parsePolicyDocument(raw);
            if (!parsed.ok) continue; // the provider rejects it
            statementsOf(parsed.doc).forEach((s, i) => {
                if (asString(s["Effect"])?.toLowerCase() !== "allow") return;
                const federated = stringList(asObject(s["Principal"])?.["Federated"]);
                const ack = federated.some((f) => ACK_OIDC.test(f)) || (fromCluster && federated.some((f) => /oidc-provider\//i.test(f)));
                if (!ack) return;
                const condition = asObject(s["Condition"]);
                const exact = conditionValues(condition, "StringEquals", "oidc:sub");
                const like = conditionValues(condition, "StringLike", "oidc:sub");
                const named = (v: string) => /^system:serviceaccount:[^:*?]+:[^:*?]+$/.test(v);
                if (exact !== undefined && exact.length > 0 && exact.every(named)) return;
                if (exact === undefined && like !== undefined && like.length > 0 && like.every(named)) return;
                const found = exact !== undefined ? `oidc:sub StringEquals ${show(exact)}` : like !== undefined ? `oidc:sub StringLike ${show(like)}` : "no oidc:sub condition";
                ctx.report(role, {
                    path: `${field} Statement[${i}].Condition`,
                    found,
                    expected: "StringEquals oidc:sub = \"system:serviceaccount:<namespace>:<name>\" for each trusted service account",
                    why: "Every pod of the cluster whose token the OIDC provider signs can assume a role the condition does not narrow to named service accounts.",
                    fix: "add a StringEquals condition on `oidc:sub` naming the workload's service account(s) (and `oidc:aud` = \"sts.aliyuncs.com\").",
                });
            });
        }
    },
});
