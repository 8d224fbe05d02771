import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";

function doc(...statements: unknown[]): string {
    return JSON.stringify({ Version: "1", Statement: statements });
}
const READ_CLUSTER = { Effect: "Allow", Action: ["cs:Get*", "cs:Describe*"], Resource: "acs:cs:*:*:cluster/c-1234567890abcdef" };

export const examples: PolicyExamples = {
    policy: "ack-ram-policy-no-wildcard",
    resourceType: T.RamPolicy,
    compliant: [
        { title: "named actions on one cluster", props: { policyName: "ack-read", policyDocument: doc(READ_CLUSTER) }, outcome: { kind: "pass" } },
        { title: "cs:* scoped to one cluster", props: { policyName: "ack-one", policyDocument: doc({ Effect: "Allow", Action: "cs:*", Resource: ["acs:cs:*:*:cluster/c-1"] }) }, outcome: { kind: "pass" } },
        { title: "a Deny with wildcards", props: { policyName: "deny-all", policyDocument: doc({ Effect: "Deny", Action: "*", Resource: "*" }) }, outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "Action \"*\" on Resource \"*\"",
            props: { policyName: "admin", policyDocument: doc(READ_CLUSTER, { Effect: "Allow", Action: "*", Resource: "*" }) },
            outcome: { kind: "violation", messageIncludes: ["policyDocument: found Statement[1] allows [\"*\"] on Resource \"*\"", "acs:cs:*:*:cluster/<cluster id>"] },
        },
        {
            title: "cs:* in an action list on all resources",
            props: { policyName: "ack-all", policyDocument: doc({ Effect: "Allow", Action: ["cs:Describe*", "cs:*"], Resource: ["*"] }) },
            outcome: { kind: "violation", messageIncludes: ["allows [\"cs:*\"]"] },
        },
        {
            title: "ram:* on every resource (the holder can grant itself anything)",
            props: { policyName: "ram-admin", policyDocument: doc({ Effect: "Allow", Action: "ram:*", Resource: "*" }) },
            outcome: { kind: "violation", messageIncludes: ["Statement[0] allows [\"ram:*\"] on Resource \"*\""] },
        },
        {
            title: "an Allow with NotAction on every resource",
            props: { policyName: "power-user", policyDocument: doc({ Effect: "Allow", NotAction: ["ram:*", "ims:*"], Resource: "*" }) },
            outcome: { kind: "violation", messageIncludes: ["Statement[0] allows every action except [\"ram:*\", \"ims:*\"] (NotAction) on Resource \"*\""] },
        },
        {
            title: "cs:* on acs:cs:*:*:* (every ACK resource)",
            props: { policyName: "ack-all", policyDocument: doc({ Effect: "Allow", Action: "cs:*", Resource: "acs:cs:*:*:*" }) },
            outcome: { kind: "violation", messageIncludes: ["allows [\"cs:*\"] on Resource \"acs:cs:*:*:*\""] },
        },
        {
            title: "a privilege-escalation action through a pattern",
            props: { policyName: "attacher", policyDocument: doc({ Effect: "Allow", Action: ["ram:Attach*", "ram:List*"], Resource: "acs:ram:*:*:*" }) },
            outcome: { kind: "violation", messageIncludes: ["allows the privilege-escalation actions ram:AttachPolicyToUser, ram:AttachPolicyToGroup, ram:AttachPolicyToRole on Resource \"acs:ram:*:*:*\""] },
        },
        {
            title: "malformed JSON: reported, never thrown",
            props: { policyName: "broken", policyDocument: "{\"Statement\": [" },
            outcome: { kind: "violation", messageIncludes: ["policyDocument: found a document that cannot be parsed (it is not valid JSON)"] },
        },
    ],
    omitted: [
        { title: "no document at all", props: { policyName: "empty" }, outcome: { kind: "not-applicable", reasonIncludes: "no policy document set" } },
        { title: "a statement without Action", props: { policyName: "odd", policyDocument: doc({ Effect: "Allow", Resource: "*" }) }, outcome: { kind: "pass" } },
    ],
    unknown: [
        { title: "policyDocument computed at preview (e.g. interpolated cluster ids)", props: { policyName: "ack-ops", policyDocument: UNKNOWN }, outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "the document given as an object", props: { policyName: "obj", policyDocument: { Statement: { Effect: "Allow", Action: "*:*", Resource: "*" } } }, outcome: { kind: "violation", messageIncludes: ["Statement[0] allows [\"*:*\"]"] } },
        { title: "JSON that is not an object", props: { policyName: "arr", policyDocument: "[1,2]" }, outcome: { kind: "violation", messageIncludes: ["cannot be parsed (it is JSON but not an object)"] } },
        { title: "a number instead of a document", props: { policyName: "num", policyDocument: 42 }, outcome: { kind: "violation", messageIncludes: ["neither a JSON string nor an object"] } },
        { title: "Statement missing or of the wrong type", props: { policyName: "none", policyDocument: JSON.stringify({ Version: "1", Statement: "x" }) }, outcome: { kind: "pass" } },
        { title: "effect and action case-insensitive", props: { policyName: "caps", policyDocument: doc({ Effect: "allow", Action: "CS:*", Resource: "*" }) }, outcome: { kind: "violation", messageIncludes: ["[\"CS:*\"]"] } },
        { title: "the deprecated document field", props: { name: "legacy", document: doc({ Effect: "Allow", Action: "*", Resource: "*" }) }, outcome: { kind: "violation", messageIncludes: ["document: found Statement[0]"] } },
        { title: "the deprecated statements blocks", props: { policyName: "blocks", statements: [{ effect: "Allow", actions: ["cs:*"], resources: ["*"] }] }, outcome: { kind: "violation", messageIncludes: ["statements: found Statement[0] allows [\"cs:*\"]"] } },
        { title: "ram:* removed from wildcardActions still trips the escalation actions", props: { policyName: "ram", policyDocument: doc({ Effect: "Allow", Action: "ram:*", Resource: "*" }) }, config: { wildcardActions: ["*", "*:*", "cs:*"] }, outcome: { kind: "violation", messageIncludes: ["privilege-escalation actions ram:AttachPolicyToUser"] } },
        { title: "escalation actions scoped to one user are not flagged", props: { policyName: "self", policyDocument: doc({ Effect: "Allow", Action: "ram:AttachPolicyToUser", Resource: "acs:ram:*:*:user/bob" }) }, outcome: { kind: "pass" } },
        { title: "read-only RAM actions on every resource", props: { policyName: "ram-read", policyDocument: doc({ Effect: "Allow", Action: ["ram:Get*", "ram:List*"], Resource: "*" }) }, outcome: { kind: "pass" } },
        { title: "a Deny with NotAction", props: { policyName: "deny-but", policyDocument: doc({ Effect: "Deny", NotAction: "cs:Describe*", Resource: "*" }) }, outcome: { kind: "pass" } },
        { title: "NotAction on a scoped resource", props: { policyName: "one-cluster", policyDocument: doc({ Effect: "Allow", NotAction: "cs:DeleteCluster", Resource: "acs:cs:*:*:cluster/c-1" }) }, outcome: { kind: "pass" } },
    ],
};
