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
import { asArray, asObject, asString, show } from "../../model/props";
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

// The workload resources' own inputs, as their Args (and Patch/List Args) declare them.
type PodArgs = Unwrap<k8s.core.v1.PodArgs> | Unwrap<k8s.core.v1.PodPatchArgs>;
type TemplateArgs =
    | Unwrap<k8s.core.v1.ReplicationControllerArgs> | Unwrap<k8s.core.v1.ReplicationControllerPatchArgs>
    | Unwrap<k8s.apps.v1.DeploymentArgs> | Unwrap<k8s.apps.v1.DeploymentPatchArgs>
    | Unwrap<k8s.apps.v1.StatefulSetArgs> | Unwrap<k8s.apps.v1.StatefulSetPatchArgs>
    | Unwrap<k8s.apps.v1.DaemonSetArgs> | Unwrap<k8s.apps.v1.DaemonSetPatchArgs>
    | Unwrap<k8s.apps.v1.ReplicaSetArgs> | Unwrap<k8s.apps.v1.ReplicaSetPatchArgs>
    | Unwrap<k8s.batch.v1.JobArgs> | Unwrap<k8s.batch.v1.JobPatchArgs>;
type CronJobArgs = Unwrap<k8s.batch.v1.CronJobArgs> | Unwrap<k8s.batch.v1.CronJobPatchArgs>;
type ListArgs =
    | Unwrap<k8s.core.v1.PodListArgs> | Unwrap<k8s.core.v1.ReplicationControllerListArgs>
    | Unwrap<k8s.apps.v1.DeploymentListArgs> | Unwrap<k8s.apps.v1.StatefulSetListArgs>
    | Unwrap<k8s.apps.v1.DaemonSetListArgs> | Unwrap<k8s.apps.v1.ReplicaSetListArgs>
    | Unwrap<k8s.batch.v1.JobListArgs> | Unwrap<k8s.batch.v1.CronJobListArgs>;

/**
 * Per shape: the path of the pod spec (for messages) and the typed walk to it. Each step is
 * objectOf (asObject's check) followed by a real property read, so an unknown on the way throws.
 */
const SPECS: Record<PodSpecShape, { path: string; of: (resource: unknown) => PodSpec | undefined }> = {
    pod: {
        path: "spec",
        of: (r) => objectOf(objectOf(r as PodArgs)?.spec),
    },
    template: {
        path: "spec.template.spec",
        of: (r) => objectOf(objectOf(objectOf(objectOf(r as TemplateArgs)?.spec)?.template)?.spec),
    },
    cronJob: {
        path: "spec.jobTemplate.spec.template.spec",
        of: (r) => objectOf(objectOf(objectOf(objectOf(objectOf(objectOf(r as CronJobArgs)?.spec)?.jobTemplate)?.spec)?.template)?.spec),
    },
};

/** Every pod spec in a workload resource of `type`, with its path; [] for other types. */
export function podSpecsOf(type: string, props: unknown): PodSpecAt[] {
    const info = WORKLOAD_KINDS[type];
    if (info === undefined) {
        return [];
    }
    const { path: rel, of } = SPECS[info.shape];
    if (!info.list) {
        const spec = of(props);
        return spec === undefined ? [] : [{ spec, path: rel }];
    }
    const out: PodSpecAt[] = [];
    const items = elementsOf<unknown>(objectOf(props as ListArgs)?.items);
    for (let i = 0; i < items.length; i++) {
        const spec = of(items[i]);
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
            out.push({ container, path, label: name === undefined ? path : `${path} ${show(name)}`, name, group, pod });
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
