// The one place that knows where pod specs and containers sit in workload inputs: Pods, the
// template-bearing controllers, CronJobs (spec.jobTemplate.spec.template.spec), their Patch variants
// and their Lists (items[]). Every read goes through model/props.ts, so odd shapes yield nothing
// instead of throwing, and an unknown on the way throws as the SDK intends.
//
// What it yields is typed with @pulumi/kubernetes' input types (`import type` only: the pack never
// loads the SDK at run time), so every field a policy reads is checked by tsc. The static type says
// what the field is called; the run-time value may still be null or of another type, so policies
// read through `objectOf`/`elementsOf` below and the props.ts coercers (asBool, asString, ...).
import type * as k8s from "@pulumi/kubernetes";
import type { Unwrap } from "@pulumi/pulumi";
import { asArray, asObject, asString, at } from "../../model/props";
import { PodSpecShape, WORKLOAD_KINDS } from "./kinds";

/** A pod spec as a workload or its Patch variant declares it. */
export type PodSpec = Unwrap<k8s.types.input.core.v1.PodSpec> | Unwrap<k8s.types.input.core.v1.PodSpecPatch>;
/** A container (containers, initContainers) of a workload or its Patch variant. */
export type Container = Unwrap<k8s.types.input.core.v1.Container> | Unwrap<k8s.types.input.core.v1.ContainerPatch>;
/** An ephemeral container of a workload or its Patch variant. */
export type EphemeralContainer = Unwrap<k8s.types.input.core.v1.EphemeralContainer> | Unwrap<k8s.types.input.core.v1.EphemeralContainerPatch>;

/**
 * `v` when it is an object (not null, not an array: asObject's check), typed as the SDK declares it;
 * else undefined. Reading a field of the result is a real property read (an unknown throws).
 */
export function objectOf<T>(v: T | null | undefined): Extract<T, object> | undefined {
    return asObject(v) === undefined ? undefined : (v as Extract<T, object>);
}

/**
 * The elements of `v` when it is an array (walked by index, asArray), else []. Each element is typed
 * as declared but may be anything at run time: read it with objectOf or a props.ts coercer.
 */
export function elementsOf<T>(v: readonly T[] | null | undefined): (T | null | undefined)[] {
    return asArray(v) as (T | null | undefined)[];
}

export interface PodSpecAt {
    /** The pod spec object (proxied: read it with objectOf/elementsOf and the props.ts coercers). */
    spec: PodSpec;
    /** Where it sits in the resource's inputs, e.g. "spec.template.spec" or "items[1].spec". */
    path: string;
}

export const CONTAINER_GROUPS = ["containers", "initContainers", "ephemeralContainers"] as const satisfies readonly (keyof PodSpec)[];
export type ContainerGroup = (typeof CONTAINER_GROUPS)[number];

export interface ContainerAt {
    container: Container | EphemeralContainer;
    /** e.g. "spec.template.spec.containers[0]". */
    path: string;
    /** The path with the container's name, for messages: `spec.template.spec.containers[0] "web"`. */
    label: string;
    name?: string;
    group: ContainerGroup;
    pod: PodSpecAt;
}

const SPEC_PATHS: Record<PodSpecShape, string> = {
    pod: "spec",
    template: "spec.template.spec",
    cronJob: "spec.jobTemplate.spec.template.spec",
};

/** Every pod spec in a workload resource of `type`, with its path; [] for other types. */
export function podSpecsOf(type: string, props: unknown): PodSpecAt[] {
    const info = WORKLOAD_KINDS[type];
    if (info === undefined) {
        return [];
    }
    const rel = SPEC_PATHS[info.shape];
    if (!info.list) {
        const spec = objectOf(at(props, rel) as PodSpec | undefined);
        return spec === undefined ? [] : [{ spec, path: rel }];
    }
    const out: PodSpecAt[] = [];
    const items = asArray(at(props, "items"));
    for (let i = 0; i < items.length; i++) {
        const spec = objectOf(at(items[i], rel) as PodSpec | undefined);
        if (spec !== undefined) {
            out.push({ spec, path: `items[${i}].${rel}` });
        }
    }
    return out;
}

/** Every container of a pod spec (containers, initContainers, ephemeralContainers), with its path. */
export function containersOf(pod: PodSpecAt, groups: readonly ContainerGroup[] = CONTAINER_GROUPS): ContainerAt[] {
    const out: ContainerAt[] = [];
    for (const group of groups) {
        const list = elementsOf<Container | EphemeralContainer>(pod.spec[group]);
        for (let i = 0; i < list.length; i++) {
            const container = objectOf(list[i]);
            if (container === undefined) continue;
            const path = `${pod.path}.${group}[${i}]`;
            const name = asString(container.name);
            out.push({ container, path, label: name === undefined ? path : `${path} ${JSON.stringify(name)}`, name, group, pod });
        }
    }
    return out;
}

/** Every container of every pod spec in a workload resource. */
export function workloadContainers(type: string, props: unknown, groups: readonly ContainerGroup[] = CONTAINER_GROUPS): ContainerAt[] {
    const out: ContainerAt[] = [];
    for (const pod of podSpecsOf(type, props)) {
        out.push(...containersOf(pod, groups));
    }
    return out;
}
