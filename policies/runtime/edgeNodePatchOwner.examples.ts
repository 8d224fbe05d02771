import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { EDGE_CLUSTER, EDGE_POOL, pool } from "./node.fixtures";

const OWNER = { "edge-node-owner": "edge-sre (runbook: wiki/edge-patching)" };
const MANAGED_EDGE = { name: "edge", profile: "Edge", clusterSpec: "ack.pro.small", vswitchIds: ["vsw-a"] };

function stack(clusterType: string, cluster: Record<string, unknown>, ...pools: Record<string, unknown>[]): ExampleResource[] {
    return [
        { type: clusterType, name: "edge", props: cluster },
        ...pools.map((p, i) => ({ type: T.NodePool, name: `pool${i}`, props: { ...p, clusterId: UNKNOWN }, propertyDependencies: { clusterId: ["edge"] } })),
    ];
}

export const examples: PolicyExamples = {
    policy: "ack-edge-node-patch-owner",
    resourceType: T.EdgeKubernetes,
    compliant: [
        { title: "edge cluster with an owner tag covers its edge pools", resources: stack(T.EdgeKubernetes, { ...EDGE_CLUSTER, tags: OWNER }, EDGE_POOL), target: "pool0", outcome: { kind: "pass" } },
        { title: "managed cluster with profile Edge, owner on the edge pool", resources: stack(T.ManagedKubernetes, MANAGED_EDGE, { ...EDGE_POOL, tags: OWNER }), target: "edge", outcome: { kind: "pass" } },
        { title: "an edge pool of an external cluster carries the tag", resources: [{ type: T.NodePool, name: "pool0", props: { ...EDGE_POOL, tags: OWNER } }], target: "pool0", outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "edge pool without an owner, cluster untagged",
            resources: stack(T.ManagedKubernetes, { ...MANAGED_EDGE, tags: { env: "prod" } }, EDGE_POOL),
            target: "pool0",
            outcome: { kind: "violation", messageIncludes: ["cs.NodePool tags[\"edge-node-owner\"]: found not set on this edge node pool nor on its cluster edge", "ACK does not upgrade or patch edge nodes", "to this node pool or to cluster edge"] },
        },
        {
            title: "edge pool of a cluster outside the stack",
            resources: [{ type: T.NodePool, name: "pool0", props: EDGE_POOL }],
            target: "pool0",
            outcome: { kind: "violation", messageIncludes: ["found not set on this edge node pool (its cluster is not in this stack)"] },
        },
    ],
    omitted: [
        {
            title: "edge cluster without tags and without edge pools in the stack",
            resources: stack(T.EdgeKubernetes, EDGE_CLUSTER),
            target: "edge",
            outcome: { kind: "violation", messageIncludes: ["cs.EdgeKubernetes tags[\"edge-node-owner\"]: found not set", "cs.EdgeKubernetes is an ACK Edge cluster"] },
        },
    ],
    unknown: [
        { title: "cluster tags computed at preview", resources: stack(T.EdgeKubernetes, { ...EDGE_CLUSTER, tags: UNKNOWN }), target: "edge", outcome: { kind: "unknown" } },
        { title: "profile computed at preview", resources: stack(T.ManagedKubernetes, { ...MANAGED_EDGE, profile: UNKNOWN }), target: "edge", outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "cloud node pools in an edge cluster are not edge pools", resources: stack(T.EdgeKubernetes, { ...EDGE_CLUSTER, tags: OWNER }, pool()), target: "pool0", outcome: { kind: "pass" } },
        { title: "a default-profile managed cluster is not an edge cluster", resources: stack(T.ManagedKubernetes, { ...MANAGED_EDGE, profile: undefined }, pool()), target: "edge", outcome: { kind: "pass" } },
        { title: "type \"Edge\" in another case", resources: [{ type: T.NodePool, name: "pool0", props: { ...EDGE_POOL, type: "EDGE" } }], target: "pool0", outcome: { kind: "violation", messageIncludes: ["found not set on this edge node pool"] } },
        { title: "blank owner value", resources: stack(T.EdgeKubernetes, { ...EDGE_CLUSTER, tags: { "edge-node-owner": " " } }), target: "edge", outcome: { kind: "violation", messageIncludes: ["found not set"] } },
        { title: "tags of the wrong shape", resources: stack(T.EdgeKubernetes, { ...EDGE_CLUSTER, tags: ["edge-node-owner"] }), target: "edge", outcome: { kind: "violation", messageIncludes: ["found not set"] } },
        { title: "tags null", resources: stack(T.EdgeKubernetes, { ...EDGE_CLUSTER, tags: null }), target: "edge", outcome: { kind: "violation", messageIncludes: ["found not set"] } },
        { title: "a configured tag key", resources: stack(T.EdgeKubernetes, { ...EDGE_CLUSTER, tags: { owner: "iot-team" } }), config: { ownerTagKey: "owner" }, target: "edge", outcome: { kind: "pass" } },
        {
            title: "exempted lab cluster",
            resources: stack(T.EdgeKubernetes, EDGE_CLUSTER),
            target: "edge",
            config: { exemptions: [{ resource: "edge", reason: "lab cluster rebuilt weekly from images, LAB-4" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "edge: lab cluster rebuilt weekly" },
        },
    ],
};
