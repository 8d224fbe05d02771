import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { MANAGED, SERVERLESS } from "./cluster.fixtures";

const KEY = { description: "ACK Secret encryption", keySpec: "Aliyun_AES_256", keyUsage: "ENCRYPT/DECRYPT", deletionProtection: "Enabled", pendingWindowInDays: 30 };

function stack(key: Record<string, unknown>, protect: boolean | undefined, cluster: Record<string, unknown> = MANAGED, type: string = T.ManagedKubernetes): ExampleResource[] {
    return [
        { type: T.KmsKey, name: "secrets-key", props: key, protect },
        { type, name: "ack", props: { ...cluster, encryptionProviderKey: UNKNOWN }, propertyDependencies: { encryptionProviderKey: ["secrets-key"] } },
    ];
}

export const examples: PolicyExamples = {
    policy: "ack-kms-key-deletion-protection",
    resourceType: T.KmsKey,
    compliant: [
        { title: "protected in KMS and in Pulumi", resources: stack(KEY, true), target: "secrets-key", outcome: { kind: "pass" } },
        { title: "serverless cluster, protected key", resources: stack(KEY, true, SERVERLESS, T.ServerlessKubernetes), target: "secrets-key", outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "KMS deletion protection disabled",
            resources: stack({ ...KEY, deletionProtection: "Disabled" }, true),
            target: "secrets-key",
            outcome: { kind: "violation", messageIncludes: ["kms.Key deletionProtection: found deletionProtection \"Disabled\"", "Cluster ack encrypts its Secrets with this key"], messageExcludes: ["no `protect` option"] },
        },
        {
            title: "not protected in Pulumi",
            resources: stack(KEY, false),
            target: "secrets-key",
            outcome: { kind: "violation", messageIncludes: ["kms.Key opts.protect: found no `protect` option", "add the resource option `{ protect: true }`"] },
        },
        {
            title: "deletionProtection as a boolean",
            resources: stack({ ...KEY, deletionProtection: true }, true),
            target: "secrets-key",
            outcome: { kind: "violation", messageIncludes: ["found deletionProtection true, expected deletionProtection \"Enabled\""] },
        },
    ],
    omitted: [
        {
            title: "neither guard",
            resources: stack({ ...KEY, deletionProtection: undefined }, undefined),
            target: "secrets-key",
            outcome: { kind: "violation", messageIncludes: ["found deletionProtection not set (provider default: \"Disabled\") and no `protect` option"] },
        },
    ],
    unknown: [
        { title: "deletionProtection computed at preview", resources: stack({ ...KEY, deletionProtection: UNKNOWN }, true), target: "secrets-key", outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "a key no cluster uses is not judged", resources: [{ type: T.KmsKey, name: "secrets-key", props: { ...KEY, deletionProtection: "Disabled" } }], target: "secrets-key", outcome: { kind: "pass" } },
        { title: "encryption disabled on the cluster: the key is ignored", resources: stack({ ...KEY, deletionProtection: "Disabled" }, false, { ...MANAGED, disableEncryption: true }), target: "secrets-key", outcome: { kind: "pass" } },
        { title: "lower-case \"enabled\" is not a value the provider accepts", resources: stack({ ...KEY, deletionProtection: "enabled" }, true), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["found deletionProtection \"enabled\""] } },
        {
            title: "two clusters share one key: reported once",
            resources: [
                ...stack({ ...KEY, deletionProtection: "Disabled" }, true),
                { type: T.ServerlessKubernetes, name: "ask", props: { ...SERVERLESS, encryptionProviderKey: UNKNOWN }, propertyDependencies: { encryptionProviderKey: ["secrets-key"] } },
            ],
            target: "secrets-key",
            outcome: { kind: "violation", messageIncludes: ["Cluster ack encrypts"] },
        },
    ],
};
