import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { EE_REPO } from "./registry.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-registry-tag-immutability",
    resourceType: T.RegistryEnterpriseRepo,
    compliant: [{ title: "immutable tags", props: EE_REPO, outcome: { kind: "pass" } }],
    violating: [{ title: "tags explicitly mutable", props: { ...EE_REPO, tagImmutability: false }, outcome: { kind: "violation", messageIncludes: ["tagImmutability: found false, expected true"] } }],
    omitted: [{ title: "tagImmutability not set", props: { ...EE_REPO, tagImmutability: undefined }, outcome: { kind: "violation", messageIncludes: ["found not set (tags can be overwritten)"] } }],
    unknown: [{ title: "tagImmutability computed at preview", props: { ...EE_REPO, tagImmutability: UNKNOWN }, outcome: { kind: "unknown" } }],
    more: [
        { title: "the string \"true\"", props: { ...EE_REPO, tagImmutability: "true" }, outcome: { kind: "pass" } },
        { title: "a number", props: { ...EE_REPO, tagImmutability: 1 }, outcome: { kind: "violation", messageIncludes: ["found 1"] } },
    ],
};
