import { stackPolicy } from "../../model/policy";
import { asString, show } from "../../model/props";
import { T } from "../../model/resources";
import { KMS_CLUSTER_TYPES } from "../../model/clusterSets";
import { KMS_SECRETS_URL, keysAckUses } from "./kmsKeys";

// The KMS key behind a cluster's Secrets (or its node disks) decrypts them: once it is deleted they
// are unreadable for good. KMS deletion protection makes the KMS API refuse the deletion, whoever
// asks (console, API, a Pulumi replacement). The Pulumi `protect` option only guards this program,
// so it is a separate, advisory policy (ack-kms-key-pulumi-protect).
export const kmsKeyDeletionProtection = stackPolicy({
    name: "ack-kms-key-deletion-protection",
    displayName: "KMS keys ACK depends on cannot be deleted",
    description: "A kms.Key used as a cluster's encryptionProviderKey or a node pool's disk key must have KMS deletion protection (`deletionProtection: \"Enabled\"`).",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Deleting this key makes every Secret (or node disk) it encrypts unreadable for good; the guard is free and the key's lifecycle is the customer's like the data it protects.",
    remediation: { does: false, why: "stack policy (it needs the cluster to know which key matters): the SDK remediates resource policies only." },
    url: KMS_SECRETS_URL,
    remediationSteps: "On the kms.Key set `deletionProtection: \"Enabled\"` (a string).",
    responsibility: "workloads",
    clusterTypes: KMS_CLUSTER_TYPES,
    resourceTypes: [T.KmsKey, T.ManagedKubernetes, T.ServerlessKubernetes, T.NodePool],
    check: (ctx) => {
        for (const { key, props, why } of keysAckUses(ctx.resources)) {
            const dp = props.deletionProtection;
            if (asString(dp) === "Enabled") continue;
            ctx.report(key, {
                path: "deletionProtection",
                found: dp === undefined || dp === null ? "not set (provider default: \"Disabled\")" : show(dp),
                expected: "\"Enabled\"",
                why,
                fix: "set `deletionProtection: \"Enabled\"` on this kms.Key.",
            });
        }
    },
});
