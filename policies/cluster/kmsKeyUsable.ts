import { stackPolicy } from "../../model/policy";
import { asBool, asString, show } from "../../model/props";
import { T } from "../../model/resources";
import { KMS_CLUSTER_TYPES } from "../../model/clusterSets";
import { KMS_SECRETS_URL, keysAckUses } from "./kmsKeys";

// A key ACK depends on must stay usable: a Disabled or PendingDeletion key already breaks Secret
// reads, and imported key material (origin EXTERNAL) carries an expiry after which KMS deletes the
// material and everything encrypted with it becomes unreadable.
export const kmsKeyUsable = stackPolicy({
    name: "ack-kms-key-usable",
    displayName: "KMS keys ACK depends on are enabled and hold KMS-generated material",
    description: "A kms.Key used as a cluster's encryptionProviderKey or a node pool's disk key must have status Enabled and must not use imported key material (`origin: \"EXTERNAL\"`).",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "A disabled key breaks the cluster's Secrets (or nodes' disks) at once and expiring imported material breaks them later without warning; both are the customer's choice on their own key.",
    remediation: { does: false, why: "stack policy; and neither re-enabling a key nor replacing imported key material is a value a policy can choose for the user." },
    url: KMS_SECRETS_URL,
    remediationSteps: "On the kms.Key leave `status` unset or set it to \"Enabled\", and leave `origin` unset (\"Aliyun_KMS\"); move from an imported key to a KMS-generated one before relying on it for ACK.",
    responsibility: "workloads",
    clusterTypes: KMS_CLUSTER_TYPES,
    resourceTypes: [T.KmsKey, T.ManagedKubernetes, T.ServerlessKubernetes, T.NodePool],
    check: (ctx) => {
        for (const { key, props, why } of keysAckUses(ctx.resources)) {
            const problems: string[] = [];
            const paths: string[] = [];
            const status = asString(props.status) ?? asString(props.keyState);
            if (status !== undefined && status !== "Enabled") {
                paths.push(props.status !== undefined ? "status" : "keyState");
                problems.push(`${paths[paths.length - 1]} ${show(status)}`);
            }
            if (asBool(props.isEnabled) === false) {
                paths.push("isEnabled");
                problems.push("isEnabled false (deprecated field)");
            }
            const origin = asString(props.origin);
            if (origin?.toUpperCase() === "EXTERNAL") {
                paths.push("origin");
                problems.push(`origin ${show(origin)} (imported key material, which can expire)`);
            }
            if (problems.length === 0) continue;
            ctx.report(key, {
                path: paths.join(", "),
                found: problems.join("; "),
                expected: "status \"Enabled\" and origin \"Aliyun_KMS\"",
                why,
                fix: "enable the key and use KMS-generated key material (leave `origin` unset).",
            });
        }
    },
});
