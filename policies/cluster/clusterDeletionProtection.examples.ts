import { ExampleCase, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { DEDICATED, EDGE, MANAGED, SERVERLESS } from "./cluster.fixtures";

/** The other cluster resources, where the policy behaves differently. */
const otherTypes: ExampleCase[] = [
    { type: T.ServerlessKubernetes, title: "serverless: not set (default false)", props: { ...SERVERLESS, deletionProtection: undefined }, outcome: { kind: "violation", messageIncludes: ["cs.ServerlessKubernetes deletionProtection: found not set"] } },
    { type: T.EdgeKubernetes, title: "edge: on", props: EDGE, outcome: { kind: "pass" } },
    { type: T.Kubernetes, title: "dedicated: off", props: { ...DEDICATED, deletionProtection: false }, outcome: { kind: "violation", messageIncludes: ["cs.Kubernetes deletionProtection: found false"] } },
];

export const examples: PolicyExamples = {
    policy: "ack-cluster-deletion-protection",
    resourceType: T.ManagedKubernetes,
    compliant: [{ title: "deletion protection on", props: MANAGED, outcome: { kind: "pass" } }],
    violating: [
        { title: "deletion protection off", props: { ...MANAGED, deletionProtection: false }, outcome: { kind: "violation", messageIncludes: ["deletionProtection: found false, expected true", "Fix: set `deletionProtection: true`"] } },
    ],
    omitted: [
        { title: "deletionProtection not set", props: { ...MANAGED, deletionProtection: undefined }, outcome: { kind: "violation", messageIncludes: ["found not set (not protected)"] } },
    ],
    unknown: [{ title: "deletionProtection computed at preview", props: { ...MANAGED, deletionProtection: UNKNOWN }, outcome: { kind: "unknown" } }],
    more: [
        ...otherTypes,
        { title: "deletionProtection as the string \"true\"", props: { ...MANAGED, deletionProtection: "true" }, outcome: { kind: "pass" } },
        { title: "deletionProtection null", props: { ...MANAGED, deletionProtection: null }, outcome: { kind: "violation", messageIncludes: ["found not set"] } },
        {
            title: "throwaway CI cluster exempted",
            name: "ci-ephemeral",
            props: { ...MANAGED, deletionProtection: false },
            config: { exemptions: [{ resource: "ci-ephemeral", reason: "ephemeral CI cluster, destroyed after each run" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "ephemeral CI cluster" },
        },
        { title: "a dev stack sets the policy to advisory", props: { ...MANAGED, deletionProtection: false }, config: { enforcementLevel: "advisory" }, outcome: { kind: "violation", level: "advisory", messageIncludes: ["deletionProtection"] } },
    ],
};

