import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { MANAGED, SERVERLESS } from "./cluster.fixtures";
import { diskKeyStack, KEY, keyStack } from "./kms.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-kms-key-deletion-protection",
    resourceType: T.KmsKey,
    compliant: [
        { title: "protected in KMS", resources: keyStack(KEY), target: "secrets-key", outcome: { kind: "pass" } },
        { title: "serverless cluster, protected key", resources: keyStack(KEY, true, SERVERLESS, T.ServerlessKubernetes), target: "secrets-key", outcome: { kind: "pass" } },
        { title: "protected in KMS without Pulumi protect (that is ack-kms-key-pulumi-protect's advice)", resources: keyStack(KEY, false), target: "secrets-key", outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "KMS deletion protection disabled",
            resources: keyStack({ ...KEY, deletionProtection: "Disabled" }),
            target: "secrets-key",
            outcome: { kind: "violation", messageIncludes: ["kms.Key deletionProtection: found \"Disabled\", expected \"Enabled\"", "Cluster ack encrypts its Secrets with this key"] },
        },
        {
            title: "deletionProtection as a boolean",
            resources: keyStack({ ...KEY, deletionProtection: true }),
            target: "secrets-key",
            outcome: { kind: "violation", messageIncludes: ["found true, expected \"Enabled\""] },
        },
        {
            title: "the system-disk key of a node pool",
            resources: diskKeyStack({ ...KEY, deletionProtection: "Disabled" }),
            target: "secrets-key",
            outcome: { kind: "violation", messageIncludes: ["Node pool workers encrypts its node disks with this key"] },
        },
    ],
    omitted: [
        {
            title: "deletionProtection not set",
            resources: keyStack({ ...KEY, deletionProtection: undefined }),
            target: "secrets-key",
            outcome: { kind: "violation", messageIncludes: ["found not set (provider default: \"Disabled\")"] },
        },
    ],
    unknown: [
        { title: "deletionProtection computed at preview", resources: keyStack({ ...KEY, deletionProtection: UNKNOWN }), target: "secrets-key", outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "a key no cluster uses is not judged", resources: [{ type: T.KmsKey, name: "secrets-key", props: { ...KEY, deletionProtection: "Disabled" } }], target: "secrets-key", outcome: { kind: "pass" } },
        { title: "encryption disabled on the cluster: the key is ignored", resources: keyStack({ ...KEY, deletionProtection: "Disabled" }, false, { ...MANAGED, disableEncryption: true }), target: "secrets-key", outcome: { kind: "pass" } },
        { title: "lower-case \"enabled\" is not a value the provider accepts", resources: keyStack({ ...KEY, deletionProtection: "enabled" }), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["found \"enabled\""] } },
        { title: "a data-disk key of a node pool", resources: diskKeyStack({ ...KEY, deletionProtection: undefined }, "dataDisks"), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["Node pool workers encrypts its node disks"] } },
        {
            title: "two clusters share one key: reported once",
            resources: [
                ...keyStack({ ...KEY, deletionProtection: "Disabled" }),
                { type: T.ServerlessKubernetes, name: "ask", props: { ...SERVERLESS, encryptionProviderKey: UNKNOWN }, propertyDependencies: { encryptionProviderKey: ["secrets-key"] } },
            ],
            target: "secrets-key",
            outcome: { kind: "violation", messageIncludes: ["Cluster ack encrypts"] },
        },
    ],
};
