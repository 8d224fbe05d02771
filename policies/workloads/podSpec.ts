// The one place that knows where pod specs and containers sit in workload inputs: Pods, the
// template-bearing controllers, CronJobs (spec.jobTemplate.spec.template.spec), their Patch variants
// and their Lists (items[]). Every read goes through model/props.ts, so odd shapes yield nothing
// instead of throwing, and an unknown on the way throws as the SDK intends.
import { asArray, asObject, asString, at, Bag } from "../../model/props";
import { PodSpecShape, WORKLOAD_KINDS } from "./kinds";

export interface PodSpecAt {
    /** The pod spec object (proxied: read it with the props.ts helpers). */
    spec: Bag;
    /** Where it sits in the resource's inputs, e.g. "spec.template.spec" or "items[1].spec". */
    path: string;
}

export const CONTAINER_GROUPS = ["containers", "initContainers", "ephemeralContainers"] as const;
export type ContainerGroup = (typeof CONTAINER_GROUPS)[number];

export interface ContainerAt {
    container: Bag;
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
        const spec = asObject(at(props, rel));
        return spec === undefined ? [] : [{ spec, path: rel }];
    }
    const out: PodSpecAt[] = [];
    const items = asArray(at(props, "items"));
    for (let i = 0; i < items.length; i++) {
        const spec = asObject(at(items[i], rel));
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
        const list = asArray(pod.spec[group]);
        for (let i = 0; i < list.length; i++) {
            const container = asObject(list[i]);
            if (container === undefined) continue;
            const path = `${pod.path}.${group}[${i}]`;
            const name = asString(container["name"]);
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
