import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { diskKeyStack, KEY, keyStack } from "./kms.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-kms-key-rotation",
    resourceType: T.KmsKey,
    compliant: [
        { title: "automatic rotation every 365 days", resources: keyStack(KEY), target: "secrets-key", outcome: { kind: "pass" } },
        { title: "an HSM key (KMS does not rotate those)", resources: keyStack({ ...KEY, automaticRotation: undefined, protectionLevel: "HSM" }), target: "secrets-key", outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "rotation disabled", resources: keyStack({ ...KEY, automaticRotation: "Disabled" }), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["kms.Key automaticRotation: found \"Disabled\", expected \"Enabled\""] } },
        { title: "a node disk key without rotation", resources: diskKeyStack({ ...KEY, automaticRotation: "Disabled" }), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["Node pool workers encrypts its node disks"] } },
    ],
    omitted: [{ title: "automaticRotation not set", resources: keyStack({ ...KEY, automaticRotation: undefined, rotationInterval: undefined }), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["found not set (provider default: \"Disabled\")"] } }],
    unknown: [{ title: "automaticRotation computed at preview", resources: keyStack({ ...KEY, automaticRotation: UNKNOWN }), target: "secrets-key", outcome: { kind: "unknown" } }],
    more: [
        { title: "imported key material is left to ack-kms-key-usable", resources: keyStack({ ...KEY, automaticRotation: undefined, origin: "EXTERNAL" }), target: "secrets-key", outcome: { kind: "pass" } },
        { title: "a key no cluster uses", resources: [{ type: T.KmsKey, name: "secrets-key", props: { ...KEY, automaticRotation: "Disabled" } }], target: "secrets-key", outcome: { kind: "pass" } },
    ],
};
