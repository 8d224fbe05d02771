import { stackPolicy } from "../../model/policy";
import { T } from "../../model/resources";
import { KMS_CLUSTER_TYPES } from "../../model/clusterSets";
import { KMS_SECRETS_URL, keysAckUses } from "./kmsKeys";

// `protect` makes this program refuse to delete or replace the key before KMS is even asked: it
// catches a refactor that would replace the key, which deletion protection only stops at the API.
export const kmsKeyPulumiProtect = stackPolicy({
    name: "ack-kms-key-pulumi-protect",
    displayName: "KMS keys ACK depends on carry the Pulumi protect option",
    description: "A kms.Key used as a cluster's encryptionProviderKey or a node pool's disk key should be created with the resource option `{ protect: true }`.",
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "Good practice on top of KMS deletion protection (ack-kms-key-deletion-protection, mandatory), which already stops the deletion at the API for everyone; protect only guards this program.",
    remediation: { does: false, why: "stack policy, and its fix is the `protect` resource option, which is not an input a policy can rewrite." },
    url: KMS_SECRETS_URL,
    remediationSteps: "Create the kms.Key with the resource option `{ protect: true }`.",
    responsibility: "workloads",
    clusterTypes: KMS_CLUSTER_TYPES,
    resourceTypes: [T.KmsKey, T.ManagedKubernetes, T.ServerlessKubernetes, T.NodePool],
    check: (ctx) => {
        for (const { key, why } of keysAckUses(ctx.resources)) {
            if (key.opts?.protect === true) continue;
            ctx.report(key, {
                path: "opts.protect",
                found: "no `protect` option",
                expected: "protect: true",
                why,
                fix: "add the resource option `{ protect: true }` to this kms.Key.",
            });
        }
    },
});
