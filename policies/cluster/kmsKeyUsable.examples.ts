import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { diskKeyStack, KEY, keyStack } from "./kms.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-kms-key-usable",
    resourceType: T.KmsKey,
    compliant: [
        { title: "enabled, KMS-generated material", resources: keyStack({ ...KEY, origin: "Aliyun_KMS" }), target: "secrets-key", outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "a disabled key", resources: keyStack({ ...KEY, status: "Disabled" }), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["kms.Key status: found status \"Disabled\"", "Cluster ack encrypts its Secrets"] } },
        { title: "imported key material", resources: keyStack({ ...KEY, origin: "EXTERNAL" }), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["origin \"EXTERNAL\" (imported key material, which can expire)"] } },
        { title: "a node disk key pending deletion", resources: diskKeyStack({ ...KEY, status: "PendingDeletion" }), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["status \"PendingDeletion\"", "Node pool workers"] } },
        { title: "the deprecated isEnabled false", resources: keyStack({ ...KEY, status: undefined, isEnabled: false }), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["isEnabled false (deprecated field)"] } },
    ],
    omitted: [{ title: "status and origin not set (defaults Enabled, Aliyun_KMS)", resources: keyStack({ ...KEY, status: undefined }), target: "secrets-key", outcome: { kind: "pass" } }],
    unknown: [{ title: "status computed at preview", resources: keyStack({ ...KEY, status: UNKNOWN }), target: "secrets-key", outcome: { kind: "unknown" } }],
    more: [{ title: "a disabled key no cluster uses", resources: [{ type: T.KmsKey, name: "secrets-key", props: { ...KEY, status: "Disabled" } }], target: "secrets-key", outcome: { kind: "pass" } }],
};
