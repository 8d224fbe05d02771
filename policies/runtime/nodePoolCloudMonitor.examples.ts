import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { AUTO_MODE_POOL, DEDICATED_CLUSTER, EDGE_CLUSTER, EDGE_POOL, pool } from "./node.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-cloud-monitor",
    resourceType: T.NodePool,
    compliant: [
        { title: "node pool with the agent", props: pool(), outcome: { kind: "pass" } },
        { title: "dedicated cluster with the agent", type: T.Kubernetes, props: DEDICATED_CLUSTER, outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "node pool without the agent", props: pool({ installCloudMonitor: false }), outcome: { kind: "violation", level: "advisory", messageIncludes: ["cs.NodePool installCloudMonitor: found false, expected true.", "Fix: set `installCloudMonitor: true`."] } },
        { title: "edge cluster without the agent", type: T.EdgeKubernetes, props: { ...EDGE_CLUSTER, installCloudMonitor: false }, outcome: { kind: "violation", messageIncludes: ["cs.EdgeKubernetes installCloudMonitor: found false"] } },
    ],
    omitted: [
        { title: "node pool: the default is disputed, so omitted is reported", props: pool({ installCloudMonitor: undefined }), outcome: { kind: "violation", messageIncludes: ["found not set (defaults disagree: provider schema true, Alibaba Cloud docs false)"] } },
        { title: "edge cluster: documented default true", type: T.EdgeKubernetes, props: { ...EDGE_CLUSTER, installCloudMonitor: undefined }, outcome: { kind: "pass" } },
        { title: "dedicated cluster: documented default true", type: T.Kubernetes, props: { ...DEDICATED_CLUSTER, installCloudMonitor: undefined }, outcome: { kind: "pass" } },
    ],
    unknown: [
        { title: "computed at preview", props: pool({ installCloudMonitor: UNKNOWN }), outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "the string \"true\"", props: pool({ installCloudMonitor: "true" }), outcome: { kind: "pass" } },
        { title: "wrong type", props: pool({ installCloudMonitor: 1 }), outcome: { kind: "violation", messageIncludes: ["found 1"] } },
        { title: "null on a node pool", props: pool({ installCloudMonitor: null }), outcome: { kind: "violation", messageIncludes: ["found not set"] } },
        { title: "auto mode pool", props: AUTO_MODE_POOL, outcome: { kind: "not-applicable", reasonIncludes: "auto mode node pool: Alibaba Cloud sets the CloudMonitor agent itself" } },
        { title: "edge node pool", props: EDGE_POOL, outcome: { kind: "not-applicable", reasonIncludes: "edge node pool" } },
    ],
};
