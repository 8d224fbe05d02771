// The stack index behind model/graph.ts lookups: same answers as a scan of `resources`, in stack order.
import type { PolicyResource } from "@pulumi/policy";
import { clusterNodes, inStackOrder, ofType, providerResourceOf, referencing, resourceByUrn } from "../model/graph";
import { T } from "../model/resources";

function res(type: string, urn: string): PolicyResource {
    return { type, urn, name: urn, props: {}, dependencies: [], propertyDependencies: {}, opts: {} } as unknown as PolicyResource;
}

describe("stack index", () => {
    const cluster = res("c", "urn:c");
    const a = res("pool", "urn:a");
    const b = res("pool", "urn:b");
    const addon = res("addon", "urn:addon");
    a.propertyDependencies = { clusterId: [cluster, cluster] }; // listed twice: one dependent
    b.propertyDependencies = { clusterId: [cluster], other: [a] };
    addon.propertyDependencies = { clusterId: [cluster] };
    cluster.propertyDependencies = { self: [cluster] };
    const stack = [cluster, a, b, addon];

    it("finds the resources whose property depends on a target, once each, in stack order, filtered by type", () => {
        expect(referencing(stack, cluster, "clusterId", ["pool"])).toEqual([a, b]);
        expect(referencing(stack, cluster, "clusterId", ["pool", "addon"])).toEqual([a, b, addon]);
        expect(referencing(stack, a, "other", ["pool"])).toEqual([b]);
        expect(referencing(stack, cluster, "self", ["c"])).toEqual([cluster]);
        expect(referencing(stack, b, "clusterId", ["pool"])).toEqual([]);
    });

    it("answers only for the array it is given (a filtered array has its own index)", () => {
        expect(referencing([cluster, b], cluster, "clusterId", ["pool"])).toEqual([b]);
    });

    it("looks up by type and URN (the first resource when URNs repeat), and sorts in stack order", () => {
        const dup = res("pool", "urn:a");
        const withDup = [...stack, dup];
        expect(ofType(withDup, ["pool"])).toEqual([a, b, dup]);
        expect(resourceByUrn(withDup, "urn:a")).toBe(a);
        expect(resourceByUrn(withDup, "urn:none")).toBeUndefined();
        expect(inStackOrder(stack, [addon, cluster, b])).toEqual([cluster, b, addon]);
        const provider = res("pulumi:providers:kubernetes", "urn:p");
        const workload = { ...res("kubernetes:apps/v1:Deployment", "urn:w"), provider: { urn: "urn:p", type: provider.type, name: "p", props: {} } } as unknown as PolicyResource;
        expect(providerResourceOf(workload, [workload, provider])).toBe(provider);
        expect(providerResourceOf(workload, [workload])).toBeUndefined();
    });
});

describe("clusterNodes: the nodes no node pool launches", () => {
    const cluster = res(T.ManagedKubernetes, "urn:ack");
    const group = res(T.EssScalingGroup, "urn:asg");
    const config = res(T.EssScalingConfiguration, "urn:cfg");
    const template = res(T.EcsLaunchTemplate, "urn:lt");
    const attached = res(T.EcsInstance, "urn:i1");
    const poolNode = res(T.EcsInstance, "urn:i2");
    const stray = res(T.EssScalingConfiguration, "urn:stray");
    const attachment = res(T.EssAttachment, "urn:att");
    const scaler = res(T.KubernetesAutoscaler, "urn:ca");
    const pool = res(T.NodePool, "urn:pool");
    config.propertyDependencies = { scalingGroupId: [group] };
    group.propertyDependencies = { launchTemplateId: [template] };
    attachment.propertyDependencies = { scalingGroupId: [group], instanceIds: [attached] };
    scaler.propertyDependencies = { clusterId: [cluster], nodepools: [config] }; // through the configuration's scalingGroupId output
    pool.propertyDependencies = { clusterId: [cluster], instances: [poolNode] };
    const stack = [cluster, group, config, template, attached, poolNode, stray, attachment, scaler, pool];

    it("follows autoscaler -> group -> configurations, launch template and attached instances, and pools -> instances, each once, in stack order", () => {
        const nodes = clusterNodes(stack);
        expect(nodes.map((n) => n.resource)).toEqual([config, template, attached, poolNode]);
        expect(nodes.every((n) => n.cluster === cluster)).toBe(true);
        expect(nodes.map((n) => n.pool)).toEqual([undefined, undefined, undefined, pool]);
        expect(nodes[2].via).toBe("ess.ScalingGroup urn:asg, scaled by cs.KubernetesAutoscaler urn:ca of cluster urn:ack (ess.Attachment urn:att)");
    });

    it("finds nothing without an autoscaler or a pool that names the resources", () => {
        expect(clusterNodes([group, config, template, stray])).toEqual([]);
    });
});
