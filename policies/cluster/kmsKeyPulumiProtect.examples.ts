import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { KEY, keyStack } from "./kms.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-kms-key-pulumi-protect",
    resourceType: T.KmsKey,
    compliant: [{ title: "created with protect: true", resources: keyStack(KEY, true), target: "secrets-key", outcome: { kind: "pass" } }],
    violating: [
        { title: "protect: false", resources: keyStack(KEY, false), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["kms.Key opts.protect: found no `protect` option", "Cluster ack encrypts its Secrets"] } },
    ],
    omitted: [{ title: "no resource options", resources: keyStack(KEY, "none"), target: "secrets-key", outcome: { kind: "violation", messageIncludes: ["add the resource option `{ protect: true }`"] } }],
    // The policy reads no prop value of the key, so an unknown there cannot hide a missing option.
    unknown: [
        {
            title: "the key's own props are unknown: the option is still judged",
            resources: keyStack({ ...KEY, deletionProtection: UNKNOWN }, false),
            target: "secrets-key",
            outcome: { kind: "violation", messageIncludes: ["found no `protect` option"] },
        },
    ],
    more: [{ title: "a key no cluster uses", resources: [{ type: T.KmsKey, name: "secrets-key", props: KEY }], target: "secrets-key", outcome: { kind: "pass" } }],
};
