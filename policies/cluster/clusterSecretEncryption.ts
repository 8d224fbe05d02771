import { resourcePolicy } from "../../model/policy";
import { asBool, present, show } from "../../model/props";
import { T } from "../../model/resources";
import { isPro, managedOrServerless } from "./common";
import { classifyCluster } from "../../model/clusterType";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

const PRO = "ACK Pro (`clusterSpec: \"ack.pro.small\"` or larger)";

/** Where Secret encryption with KMS is documented, per product (the ACS page names no Pro tier). */
const FACTS = [
    { fact: "ACK Pro managed clusters and ACK Serverless Pro clusters support encrypting Secrets with a KMS key.", source: "https://www.alibabacloud.com/help/doc-detail/177372.htm", checked: "2026-12-03" },
    { fact: "ACK Edge Pro clusters support encrypting Secrets with a KMS key.", source: "https://help.aliyun.com/zh/ack/ack-edge/security-and-compliance/use-kms-to-encrypt-kubernetes-secrets-1", checked: "2026-12-03" },
    { fact: "ACS clusters (Container Compute Service) support Secret encryption with KMS on Kubernetes 1.28 and later; the prerequisites name no Pro tier.", source: "https://www.alibabacloud.com/help/en/cs/user-guide/use-kms-to-encrypt-kubernetes-secrets-2", checked: "2026-12-03" },
    { fact: "@pulumi/alicloud 3.108.0 (cs.ManagedKubernetes, cs.ServerlessKubernetes): enabling encryption needs both `encryptionProviderKey` and `disableEncryption = false`; while `disableEncryption` is true, changes to the key are ignored (the provider reads `disable_encryption` as true for a cluster without encryption).", source: "@pulumi/alicloud 3.108.0 as installed: cs/managedKubernetes.d.ts and cs/serverlessKubernetes.d.ts (disableEncryption, encryptionProviderKey); terraform-provider-alicloud reads disable_encryption back as true when the cluster metadata reports no encryption", checked: "2026-12-03" },
];

// Kubernetes Secrets sit base64-encoded in etcd unless the API server encrypts them with a KMS
// key (envelope encryption). ACK offers it on Pro clusters (managed, serverless, edge) and ACS
// offers it without a Pro tier. cs.EdgeKubernetes and cs.Kubernetes have no such setting: not
// applicable rather than a violation, because the fix would be migrating to another resource
// (dedicated clusters cannot even be created any more), which a policy on an update cannot ask for.
export const clusterSecretEncryption = resourcePolicy({
    name: "ack-cluster-secret-encryption",
    displayName: "Clusters encrypt Secrets with a KMS key",
    description: "ACK Pro clusters (managed, serverless, edge profile) and ACS clusters must encrypt Kubernetes Secrets at rest with a KMS key: `encryptionProviderKey` together with `disableEncryption: false`, as the provider requires.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Protecting the workloads' sensitive data is the customer's duty and Secrets hold most of it; ACK leaves Secret encryption off unless the cluster names a KMS key.",
    remediation: { does: false, why: "fails (a) single secure answer: it needs a KMS key id only the team knows." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/security-and-compliance/use-kms-to-encrypt-kubernetes-secrets-2",
    remediationSteps: "Set `encryptionProviderKey` to a KMS key id (e.g. `kmsKey.id`) and `disableEncryption: false` (the provider needs both), on an ACK Pro cluster (`clusterSpec: \"ack.pro.small\"`) or an ACS cluster (`profile: \"Acs\"`, Kubernetes 1.28+).",
    responsibility: "cluster-network-configuration",
    clusterTypes: ALL_CLUSTER_TYPES,
    facts: FACTS,
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes],
    check: (props, ctx) => {
        const p = managedOrServerless(props, ctx, "Secret encryption setting (encryptionProviderKey)", "use cs.ManagedKubernetes (ACK Pro) to encrypt Secrets with KMS");
        // ACS documents Secret encryption without a Pro tier (KMS v2, Kubernetes 1.28+).
        const acs = classifyCluster(ctx.type, p)?.product === "acs";
        // Only presence matters: the key id is usually unknown at preview (a kms.Key of the same program).
        const key = present(p, "encryptionProviderKey") ? "set" : undefined;
        const rawDisable = p.disableEncryption;
        const disable = asBool(rawDisable);
        const spec = p.clusterSpec;
        const pro = acs || isPro(spec);
        const specFound = spec === undefined || spec === null ? "clusterSpec not set" : `clusterSpec ${show(spec)}`;
        const tier = pro ? "" : ` This also needs ${PRO}; found ${specFound}.`;
        const tierFix = pro ? "" : ", and `clusterSpec: \"ack.pro.small\"`";
        if (key === undefined) {
            ctx.report({
                path: "encryptionProviderKey",
                found: "not set",
                expected: "a KMS key id",
                why: `Secrets are stored in etcd without KMS envelope encryption.${tier}`,
                fix: `set \`encryptionProviderKey: <kms key id>\` and \`disableEncryption: false\`${tierFix}.`,
            });
            return;
        }
        if (disable !== false) {
            // The key id is not a secret, but the message does not need it.
            ctx.report({
                path: "disableEncryption",
                found: disable === true ? "true (encryptionProviderKey is set but ignored)"
                    : rawDisable === undefined || rawDisable === null ? "not set (encryptionProviderKey is set)" : `${show(rawDisable)} (not a boolean)`,
                expected: "false",
                why: disable === true
                    ? `Secrets are stored in etcd without KMS envelope encryption.${tier}`
                    : `The provider enables encryption only when \`disableEncryption: false\` is set with the key, and ignores the key while the cluster's state says encryption is disabled (as it does for a cluster without it).${tier}`,
                fix: `set \`disableEncryption: false\` next to \`encryptionProviderKey\`${tierFix}.`,
            });
            return;
        }
        if (!pro) {
            ctx.report({
                path: "clusterSpec",
                found: specFound,
                expected: "an ack.pro.* tier",
                why: "ACK offers Secret encryption with KMS only on Pro clusters (ACS clusters need no Pro tier), so encryptionProviderKey has no effect here.",
                fix: "set `clusterSpec: \"ack.pro.small\"` (or a larger Pro tier).",
            });
        }
    },
});
