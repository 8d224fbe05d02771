import type { PolicyResource } from "@pulumi/policy";
import { dependenciesOf } from "../../model/graph";
import { stackPolicy } from "../../model/policy";
import { asBool, asString, show } from "../../model/props";
import { propsAs, T } from "../../model/resources";
import { KMS_CLUSTER_TYPES } from "../../model/clusterSets";

// The KMS key named in a cluster's encryptionProviderKey decrypts every Secret in etcd: if it is
// deleted or disabled the API server cannot read Secrets and the cluster breaks, unrecoverably
// once the key is gone. KMS deletion protection makes the KMS API refuse to delete it (also during
// a Pulumi replacement), and `protect` makes Pulumi refuse before it even tries. A key given as a
// literal id (no property dependency) is outside the stack and not judged.
export const kmsKeyDeletionProtection = stackPolicy({
    name: "ack-kms-key-deletion-protection",
    displayName: "KMS keys that encrypt cluster Secrets cannot be deleted",
    description: "A kms.Key used as a cluster's encryptionProviderKey must have KMS deletion protection (`deletionProtection: \"Enabled\"`) and the Pulumi `protect` option.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Deleting this key makes every Secret of the cluster unreadable; both guards are free, and the key's lifecycle is the customer's like the Secrets it protects.",
    remediation: { does: false, why: "stack policy (it needs the cluster to know which key matters): the SDK remediates resource policies only; and half of the fix is the `protect` resource option, which is not an input." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/security-and-compliance/use-kms-to-encrypt-kubernetes-secrets-2",
    remediationSteps: "On the kms.Key set `deletionProtection: \"Enabled\"` (a string) and create it with the resource option `{ protect: true }`.",
    responsibility: "workloads",
    clusterTypes: KMS_CLUSTER_TYPES,
    resourceTypes: [T.KmsKey, T.ManagedKubernetes, T.ServerlessKubernetes],
    check: (ctx) => {
        const seen = new Map<string, PolicyResource>(); // key URN -> first cluster using it
        for (const cluster of ctx.resources) {
            const clusterProps = propsAs(cluster, T.ManagedKubernetes, T.ServerlessKubernetes);
            if (clusterProps === undefined) continue;
            if (asBool(clusterProps.disableEncryption) === true) continue; // the key is ignored
            for (const key of dependenciesOf(cluster, "encryptionProviderKey")) {
                const keyProps = propsAs(key, T.KmsKey);
                if (keyProps === undefined || seen.has(key.urn)) continue;
                seen.set(key.urn, cluster);
                const dp = keyProps.deletionProtection;
                const protectedInKms = asString(dp) === "Enabled";
                const protectedInPulumi = key.opts?.protect === true;
                if (protectedInKms && protectedInPulumi) continue;
                const found: string[] = [];
                const fix: string[] = [];
                if (!protectedInKms) {
                    found.push(`deletionProtection ${dp === undefined || dp === null ? "not set (provider default: \"Disabled\")" : show(dp)}`);
                    fix.push("set `deletionProtection: \"Enabled\"`");
                }
                if (!protectedInPulumi) {
                    found.push("no `protect` option");
                    fix.push("add the resource option `{ protect: true }`");
                }
                ctx.report(key, {
                    path: protectedInKms ? "opts.protect" : "deletionProtection",
                    found: found.join(" and "),
                    expected: "deletionProtection \"Enabled\" and protect: true",
                    why: `Cluster ${cluster.name} encrypts its Secrets with this key; deleting or disabling it leaves the API server unable to read them.`,
                    fix: `${fix.join(" and ")} on this kms.Key.`,
                });
            }
        }
    },
});
