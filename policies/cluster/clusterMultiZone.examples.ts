import { ExampleCase, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { DEDICATED, EDGE, MANAGED, SERVERLESS } from "./cluster.fixtures";

/** The other cluster resources, where the policy behaves differently. */
const otherTypes: ExampleCase[] = [
    { type: T.ServerlessKubernetes, title: "serverless: one vswitch", props: { ...SERVERLESS, vswitchIds: ["vsw-a"] }, outcome: { kind: "violation", messageIncludes: ["cs.ServerlessKubernetes vswitchIds: found 1 entry"] } },
    { type: T.EdgeKubernetes, title: "edge: two worker vswitches", props: EDGE, outcome: { kind: "pass" } },
    { type: T.EdgeKubernetes, title: "edge: one worker vswitch", props: { ...EDGE, workerVswitchIds: ["vsw-a"] }, outcome: { kind: "violation", messageIncludes: ["cs.EdgeKubernetes workerVswitchIds: found 1 entry"] } },
    { type: T.Kubernetes, title: "dedicated: one master vswitch", props: { ...DEDICATED, masterVswitchIds: ["vsw-a"] }, outcome: { kind: "violation", messageIncludes: ["cs.Kubernetes masterVswitchIds: found 1 entry"] } },
];

export const examples: PolicyExamples = {
    policy: "ack-cluster-multi-zone",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "two vswitches", props: MANAGED, outcome: { kind: "pass" } },
        { title: "two zones, vswitches created by ACK", props: { ...MANAGED, vswitchIds: undefined, zoneIds: ["cn-hangzhou-i", "cn-hangzhou-j"] }, outcome: { kind: "pass" } },
        { title: "vswitch ids unknown at preview: only counted", props: { ...MANAGED, vswitchIds: [UNKNOWN, UNKNOWN] }, outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "one vswitch", props: { ...MANAGED, vswitchIds: ["vsw-a"] }, outcome: { kind: "violation", messageIncludes: ["vswitchIds: found 1 entry, expected at least 2, in different zones"] } },
    ],
    omitted: [
        { title: "no vswitchIds or zoneIds", props: { ...MANAGED, vswitchIds: undefined }, outcome: { kind: "violation", messageIncludes: ["vswitchIds: found not set"] } },
    ],
    unknown: [{ title: "the whole vswitch list is computed at preview", props: { ...MANAGED, vswitchIds: UNKNOWN }, outcome: { kind: "unknown" } }],
    more: [
        ...otherTypes,
        { title: "empty list", props: { ...MANAGED, vswitchIds: [] }, outcome: { kind: "violation", messageIncludes: ["found 0 entries"] } },
        { title: "deprecated workerVswitchIds", props: { ...MANAGED, vswitchIds: undefined, workerVswitchIds: ["vsw-a", "vsw-b"] }, outcome: { kind: "pass" } },
        { title: "vswitchIds of the wrong type", props: { ...MANAGED, vswitchIds: "vsw-a,vsw-b" }, outcome: { kind: "violation", messageIncludes: ["found not set"] } },
    ],
};

