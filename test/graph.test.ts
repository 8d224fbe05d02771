// The stack index behind model/graph.ts lookups: same answers as a scan of `resources`, in stack order.
import type { PolicyResource } from "@pulumi/policy";
import { inStackOrder, ofType, providerResourceOf, referencing, resourceByUrn } from "../model/graph";

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
