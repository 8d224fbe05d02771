import { resourcePolicy } from "../../model/policy";
import { asBool, present, show } from "../../model/props";
import { T } from "../../model/resources";
import { isPro, managedOrServerless } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

const PRO = "ACK Pro (`clusterSpec: \"ack.pro.small\"` or larger)";

// Kubernetes Secrets sit base64-encoded in etcd unless the API server encrypts them with a KMS
// key (envelope encryption). ACK offers it on Pro managed and Pro serverless clusters only.
// cs.EdgeKubernetes and cs.Kubernetes have no such setting: not applicable rather than a
// violation, because the fix would be migrating to another resource (dedicated clusters cannot
// even be created any more), which a policy on an update cannot ask for.
export const clusterSecretEncryption = resourcePolicy({
    name: "ack-cluster-secret-encryption",
    displayName: "Clusters encrypt Secrets with a KMS key",
    description: "ACK Pro managed and serverless clusters must encrypt Kubernetes Secrets at rest with a KMS key (encryptionProviderKey, encryption not disabled).",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Protecting the workloads' sensitive data is the customer's duty and Secrets hold most of it; ACK leaves Secret encryption off unless the cluster names a KMS key.",
    remediation: { does: false, why: "fails (a) single secure answer: it needs a KMS key id only the team knows." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/security-and-compliance/use-kms-to-encrypt-kubernetes-secrets-2",
    remediationSteps: "Use an ACK Pro cluster (`clusterSpec: \"ack.pro.small\"`), set `encryptionProviderKey` to a KMS key id (e.g. `kmsKey.id`) and `disableEncryption: false`.",
    responsibility: "cluster-network-configuration",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes],
    check: (props, ctx) => {
        const p = managedOrServerless(props, ctx, "Secret encryption setting (encryptionProviderKey)", "use cs.ManagedKubernetes (ACK Pro) to encrypt Secrets with KMS");
        // Only presence matters: the key id is usually unknown at preview (a kms.Key of the same program).
        const key = present(p, "encryptionProviderKey") ? "set" : undefined;
        const disabled = asBool(p.disableEncryption) === true;
        const spec = p.clusterSpec;
        const pro = isPro(spec);
        const specFound = spec === undefined || spec === null ? "clusterSpec not set" : `clusterSpec ${show(spec)}`;
        if (key === undefined || disabled) {
            ctx.report({
                path: key === undefined ? "encryptionProviderKey" : "disableEncryption",
                // The key id is not a secret, but the message does not need it.
                found: key === undefined ? "not set" : "true (encryptionProviderKey is set but ignored)",
                expected: key === undefined ? "a KMS key id" : "false",
                why: `Secrets are stored in etcd without KMS envelope encryption.${pro ? "" : ` This also needs ${PRO}; found ${specFound}.`}`,
                fix: `set \`encryptionProviderKey: <kms key id>\` and \`disableEncryption: false\`${pro ? "" : ", and `clusterSpec: \"ack.pro.small\"`"}.`,
            });
            return;
        }
        if (!pro) {
            ctx.report({
                path: "clusterSpec",
                found: specFound,
                expected: "an ack.pro.* tier",
                why: "Secret encryption with KMS is only available on ACK Pro clusters, so encryptionProviderKey has no effect here.",
                fix: "set `clusterSpec: \"ack.pro.small\"` (or a larger Pro tier).",
            });
        }
    },
});
