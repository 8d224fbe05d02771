import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { AUTO_MODE_POOL, DEDICATED_CLUSTER, EDGE_CLUSTER, EDGE_POOL, pool } from "./node.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-containerd",
    resourceType: T.NodePool,
    compliant: [
        { title: "node pool on containerd", props: pool(), outcome: { kind: "pass" } },
        { title: "edge cluster workers on containerd", type: T.EdgeKubernetes, props: EDGE_CLUSTER, outcome: { kind: "pass" } },
        { title: "an edge node pool on containerd", props: { ...EDGE_POOL, runtimeName: "containerd" }, outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "node pool on docker",
            props: pool({ runtimeName: "docker", runtimeVersion: "19.03.15" }),
            outcome: { kind: "violation", messageIncludes: ["cs.NodePool runtimeName: found \"docker\", expected \"containerd\"", "Docker is discontinued", "Fix: set `runtimeName: \"containerd\"`"] },
        },
        {
            title: "dedicated cluster on Sandboxed-Container",
            type: T.Kubernetes,
            props: { ...DEDICATED_CLUSTER, runtime: { name: "Sandboxed-Container.runv", version: "1.1.0" } },
            outcome: { kind: "violation", messageIncludes: ["cs.Kubernetes runtime.name: found \"Sandboxed-Container.runv\"", "`runtime: { name: \"containerd\" }`"] },
        },
    ],
    omitted: [
        { title: "runtimeName omitted: the cluster runtime (containerd on supported versions) is used", props: pool({ runtimeName: undefined, runtimeVersion: undefined }), outcome: { kind: "pass" } },
        { title: "edge cluster without a runtime block: ACK's default", type: T.EdgeKubernetes, props: { ...EDGE_CLUSTER, runtime: undefined }, outcome: { kind: "pass" } },
        {
            title: "runtimeName omitted with requireExplicit",
            props: pool({ runtimeName: undefined }),
            config: { requireExplicit: true },
            outcome: { kind: "violation", messageIncludes: ["runtimeName: found not set (the cluster runtime is used; requireExplicit is on)"] },
        },
    ],
    unknown: [
        { title: "runtimeName computed at preview", props: pool({ runtimeName: UNKNOWN }), outcome: { kind: "unknown" } },
        { title: "runtime block computed at preview", type: T.Kubernetes, props: { ...DEDICATED_CLUSTER, runtime: UNKNOWN }, outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "runtime name in another case", props: pool({ runtimeName: "ContainerD" }), outcome: { kind: "pass" } },
        { title: "Sandboxed-Container allowed by config", props: pool({ runtimeName: "Sandboxed-Container.runv" }), config: { allowedRuntimes: ["containerd", "Sandboxed-Container.runv"] }, outcome: { kind: "pass" } },
        { title: "runtimeName of the wrong type", props: pool({ runtimeName: 42 }), outcome: { kind: "violation", messageIncludes: ["runtimeName: found 42"] } },
        { title: "runtimeName empty string", props: pool({ runtimeName: "" }), outcome: { kind: "violation", messageIncludes: ["runtimeName: found \"\""] } },
        { title: "runtime is null on an edge cluster", type: T.EdgeKubernetes, props: { ...EDGE_CLUSTER, runtime: null }, outcome: { kind: "pass" } },
        { title: "runtime is an array on a dedicated cluster", type: T.Kubernetes, props: { ...DEDICATED_CLUSTER, runtime: ["containerd"] }, outcome: { kind: "pass" } },
        { title: "auto mode pool ignores runtimeName", props: { ...AUTO_MODE_POOL, runtimeName: "docker" }, outcome: { kind: "not-applicable", reasonIncludes: "auto mode node pool: Alibaba Cloud sets the container runtime itself" } },
        {
            title: "exempted pool",
            name: "legacy-docker",
            props: pool({ runtimeName: "docker" }),
            config: { exemptions: [{ resource: "legacy-docker", reason: "1.22 cluster being replaced, MIG-12" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "exempted by configuration: 1.22 cluster being replaced" },
        },
    ],
};
