import { resourcePolicy } from "../../model/policy";
import { asString, show } from "../../model/props";
import { judgedNodePool, NODE_RESOURCE_TYPES } from "./common";
import { NODE_CLUSTER_TYPES } from "../../model/clusterSets";

/** Present with a value. The value itself is never read into a message: it is a secret. */
function isSet(v: unknown): boolean {
    return v !== undefined && v !== null && !(typeof v === "string" && v.trim() === "");
}

// A password (plain or KMS-encrypted) can be guessed, shared and reused across nodes; a key pair
// cannot be brute-forced and is revoked in one place. Managed node pools accept only key pairs.
export const nodePoolKeyPairLogin = resourcePolicy<(typeof NODE_RESOURCE_TYPES)[number]>({
    name: "ack-nodepool-key-pair-login",
    displayName: "Nodes allow SSH login by key pair only",
    description: "Node pools and the nodes of cs.EdgeKubernetes / cs.Kubernetes must log in with an ECS key pair (keyName) and set no password or kmsEncryptedPassword.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Credentials are the customer's on every cluster type; a node password is a shared, guessable secret that also ends up in the stack state.",
    remediation: { does: false, why: "fails (a) single secure answer: it needs a key pair name only the team knows." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/create-a-node-pool",
    remediationSteps: "Create an ECS key pair (ecs.EcsKeyPair), set `keyName` to it and remove `password` / `kmsEncryptedPassword` from the cs.NodePool (or cs.EdgeKubernetes / cs.Kubernetes).",
    responsibility: "access-control",
    clusterTypes: NODE_CLUSTER_TYPES,
    resourceTypes: [...NODE_RESOURCE_TYPES],
    check: (props, ctx) => {
        judgedNodePool(ctx, props, "node login credentials");
        const passwords: string[] = [];
        if (isSet(props.password)) passwords.push("password");
        if ("kmsEncryptedPassword" in props && isSet(props.kmsEncryptedPassword)) passwords.push("kmsEncryptedPassword");
        const keyName = props.keyName;
        const hasKey = asString(keyName) !== undefined;
        if (passwords.length > 0) {
            ctx.report({
                path: passwords.join(", "),
                found: `${passwords.map((p) => `${p} <set>`).join(" and ")}${hasKey ? "" : ", keyName not set"}`,
                expected: "keyName only, no password",
                why: "Password login on nodes can be brute-forced and shares one secret across all nodes.",
                fix: `remove ${passwords.map((p) => `\`${p}\``).join(" and ")}${hasKey ? "" : " and set `keyName` to an ECS key pair"}.`,
            });
            return;
        }
        if (!hasKey) {
            ctx.report({
                path: "keyName",
                found: keyName === undefined || keyName === null ? "not set" : show(keyName),
                expected: "the name of an ECS key pair",
                fix: "set `keyName` to an ECS key pair (e.g. from ecs.EcsKeyPair).",
            });
        }
    },
});
