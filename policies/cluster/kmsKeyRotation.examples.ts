import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { diskKeyStack, KEY, keyStack } from "./kms.fixtures";
import { MANAGED } from "./cluster.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-kms-key-rotation",
    resourceType: T.KmsKey,
    compliant: [
        { title: "automatic rotation every 365 days", resources: keyStack(KEY), target: "secrets-key", outcome: { kind: "pass" } },
        { title: "rotation every 7 days, in seconds", resources: keyStack({ ...KEY, rotationInterval: "604800s" }), target: "secrets-key", outcome: { kind: "pass" } },
        { title: "an HSM key (KMS does not rotate those)", resources: keyStack({ ...KEY, automaticRotation: undefined, protectionLevel: "HSM" }), target: "secrets-key", outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "rotation disabled", resources: keyStack({ ...KEY, automaticRotation: "Disabled" }), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["kms.Key automaticRotation: found \"Disabled\", expected \"Enabled\""] } },
        // KICS high_kms_key_rotation_period: more than a year fails.
        { title: "rotation every 366 days", resources: keyStack({ ...KEY, rotationInterval: "366d" }), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["kms.Key rotationInterval: found \"366d\" (366 days), expected at most 365 days (maxRotationDays)", "set `rotationInterval: \"365d\"`"] } },
        { title: "a year and an hour, in hours", resources: keyStack({ ...KEY, rotationInterval: "8761h" }), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["found \"8761h\" (365.04 days)"] } },
        { title: "a node disk key without rotation", resources: diskKeyStack({ ...KEY, automaticRotation: "Disabled" }), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["Node pool workers encrypts its node disks"] } },
    ],
    omitted: [
        { title: "automaticRotation not set", resources: keyStack({ ...KEY, automaticRotation: undefined, rotationInterval: undefined }), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["found not set (provider default: \"Disabled\")"] } },
        { title: "rotation enabled without an interval", resources: keyStack({ ...KEY, rotationInterval: undefined }), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["rotationInterval: found not set (the provider requires it with automaticRotation \"Enabled\")"] } },
    ],
    unknown: [
        { title: "automaticRotation computed at preview", resources: keyStack({ ...KEY, automaticRotation: UNKNOWN }), target: "secrets-key", outcome: { kind: "unknown" } },
        { title: "rotationInterval computed at preview", resources: keyStack({ ...KEY, rotationInterval: UNKNOWN }), target: "secrets-key", outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "imported key material is left to ack-kms-key-usable", resources: keyStack({ ...KEY, automaticRotation: undefined, origin: "EXTERNAL" }), target: "secrets-key", outcome: { kind: "pass" } },
        { title: "maxRotationDays lowered to 90", resources: keyStack({ ...KEY, rotationInterval: "180d" }), config: { maxRotationDays: 90 }, target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["expected at most 90 days (maxRotationDays)", "`rotationInterval: \"90d\"`"] } },
        { title: "an interval of the wrong form", resources: keyStack({ ...KEY, rotationInterval: "1y" }), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["found \"1y\", not an interval such as \"365d\""] } },
        // ACK Edge Pro supports Secret encryption: its key is judged like any other.
        { title: "the key of an ACK Edge Pro cluster (profile Edge)", resources: keyStack({ ...KEY, automaticRotation: "Disabled" }, true, { ...MANAGED, profile: "Edge" }), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["Cluster ack encrypts its Secrets with this key"] } },
        { title: "a key no cluster uses", resources: [{ type: T.KmsKey, name: "secrets-key", props: { ...KEY, automaticRotation: "Disabled" } }], target: "secrets-key", outcome: { kind: "pass" } },
    ],
};
