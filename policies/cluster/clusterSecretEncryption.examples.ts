import { ExampleCase, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { DEDICATED, EDGE, MANAGED, SERVERLESS } from "./cluster.fixtures";

/** The other cluster resources, where the policy behaves differently. */
const otherTypes: ExampleCase[] = [
    { type: T.ServerlessKubernetes, title: "serverless Pro with a key", props: SERVERLESS, outcome: { kind: "pass" } },
    { type: T.ServerlessKubernetes, title: "serverless Basic without a key", props: { ...SERVERLESS, clusterSpec: "ack.standard", encryptionProviderKey: undefined }, outcome: { kind: "violation", messageIncludes: ["cs.ServerlessKubernetes encryptionProviderKey: found not set", "clusterSpec \"ack.standard\""] } },
    { type: T.EdgeKubernetes, title: "edge: no such setting", props: EDGE, outcome: { kind: "not-applicable", reasonIncludes: "cs.EdgeKubernetes has no Secret encryption setting" } },
    { type: T.Kubernetes, title: "dedicated: no such setting", props: DEDICATED, outcome: { kind: "not-applicable", reasonIncludes: "cs.Kubernetes has no Secret encryption setting (encryptionProviderKey); use cs.ManagedKubernetes" } },
];

export const examples: PolicyExamples = {
    policy: "ack-cluster-secret-encryption",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "Pro cluster with a KMS key", props: MANAGED, outcome: { kind: "pass" } },
        { title: "Pro XL tier", props: { ...MANAGED, clusterSpec: "ack.pro.xlarge" }, outcome: { kind: "pass" } },
        // ACS documents Secret encryption (KMS v2, 1.28+) without a Pro tier.
        { title: "ACS cluster with a key and no clusterSpec", props: { ...MANAGED, profile: "Acs", clusterSpec: undefined }, outcome: { kind: "pass" } },
        { title: "Edge profile on Pro with a key (ACK Edge Pro supports Secret encryption)", props: { ...MANAGED, profile: "Edge" }, outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "encryption disabled although a key is named",
            props: { ...MANAGED, disableEncryption: true },
            outcome: { kind: "violation", messageIncludes: ["disableEncryption: found true (encryptionProviderKey is set but ignored), expected false"], messageExcludes: ["key-hzz"] },
        },
        {
            title: "a key on a Basic cluster",
            props: { ...MANAGED, clusterSpec: "ack.standard" },
            outcome: { kind: "violation", messageIncludes: ["clusterSpec: found clusterSpec \"ack.standard\", expected an ack.pro.* tier"] },
        },
    ],
    omitted: [
        {
            title: "key set, disableEncryption omitted (the provider needs it false)",
            props: { ...MANAGED, disableEncryption: undefined },
            outcome: { kind: "violation", messageIncludes: ["disableEncryption: found not set (encryptionProviderKey is set), expected false", "ignores the key while the cluster's state says encryption is disabled", "set `disableEncryption: false` next to `encryptionProviderKey`."], messageExcludes: ["key-hzz", "This also needs"] },
        },
        { title: "no encryptionProviderKey", props: { ...MANAGED, encryptionProviderKey: undefined }, outcome: { kind: "violation", messageIncludes: ["encryptionProviderKey: found not set, expected a KMS key id"], messageExcludes: ["This also needs"] } },
        {
            title: "no key and no clusterSpec",
            props: { ...MANAGED, encryptionProviderKey: undefined, clusterSpec: undefined },
            outcome: { kind: "violation", messageIncludes: ["This also needs ACK Pro", "found clusterSpec not set", "`clusterSpec: \"ack.pro.small\"`"] },
        },
        { title: "key set, clusterSpec not set", props: { ...MANAGED, clusterSpec: undefined }, outcome: { kind: "violation", messageIncludes: ["clusterSpec: found clusterSpec not set"] } },
    ],
    unknown: [
        { title: "disableEncryption computed at preview", props: { ...MANAGED, disableEncryption: UNKNOWN }, outcome: { kind: "unknown" } },
        { title: "clusterSpec computed at preview", props: { ...MANAGED, clusterSpec: UNKNOWN }, outcome: { kind: "unknown" } },
        { title: "profile computed at preview", props: { ...MANAGED, profile: UNKNOWN }, outcome: { kind: "unknown" } },
    ],
    more: [
        ...otherTypes,
        // Presence is enough: the id of a kms.Key created in the same program is unknown at preview.
        { title: "the key id comes from a kms.Key created in the same preview", props: { ...MANAGED, encryptionProviderKey: UNKNOWN }, outcome: { kind: "pass" } },
        { title: "empty key id", props: { ...MANAGED, encryptionProviderKey: " " }, outcome: { kind: "violation", messageIncludes: ["encryptionProviderKey: found not set"] } },
        { title: "profile Acs with encryption disabled", props: { ...MANAGED, profile: "Acs", disableEncryption: true }, outcome: { kind: "violation", messageIncludes: ["disableEncryption: found true"] } },
        { title: "profile Acs without a key is not told to become Pro", props: { ...MANAGED, profile: "Acs", clusterSpec: undefined, encryptionProviderKey: undefined }, outcome: { kind: "violation", messageIncludes: ["encryptionProviderKey: found not set"], messageExcludes: ["ack.pro", "This also needs"] } },
        { title: "disableEncryption as the string \"false\" (the provider reads it as false)", props: { ...MANAGED, disableEncryption: "false" }, outcome: { kind: "pass" } },
        { title: "disableEncryption of the wrong type", props: { ...MANAGED, disableEncryption: 0 }, outcome: { kind: "violation", messageIncludes: ["disableEncryption: found 0 (not a boolean), expected false"] } },
        { type: T.ServerlessKubernetes, title: "serverless Pro with a key but disableEncryption omitted", props: { ...SERVERLESS, disableEncryption: undefined }, outcome: { kind: "violation", messageIncludes: ["cs.ServerlessKubernetes disableEncryption: found not set"] } },
    ],
};

