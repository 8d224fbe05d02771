// The ACK shared responsibility model as data: the table of the seed document
// ("Responsibility model by cluster type"), plus its custom-OS-image exception.
// Every policy names one layer and the cluster types it guards; the conventions test
// checks that the customer (alone or shared) really owns that layer there.

export const CLUSTER_TYPES = [
    "ack-managed",
    "ack-serverless",
    "ack-managed-node-pools",
    "ack-edge",
] as const;
export type ClusterType = (typeof CLUSTER_TYPES)[number];

export const CLUSTER_TYPE_LABELS: Record<ClusterType, string> = {
    "ack-managed": "ACK managed cluster",
    "ack-serverless": "ACK Serverless / ack-virtual-node",
    "ack-managed-node-pools": "ACK managed cluster with managed node pools",
    "ack-edge": "ACK Edge cluster",
};

export const LAYERS = [
    "control-plane",
    "infrastructure",
    "pod-runtime",
    "node-os-patching",
    "kubelet-updates",
    "container-runtime-security",
    "workloads",
    "cluster-network-configuration",
    "access-control",
    "edge-node-stability",
] as const;
export type Layer = (typeof LAYERS)[number];

export const LAYER_LABELS: Record<Layer, string> = {
    "control-plane": "Control plane and etcd",
    "infrastructure": "Infrastructure",
    "pod-runtime": "Pod runtime (ECI)",
    "node-os-patching": "Node OS patching",
    "kubelet-updates": "kubelet version updates",
    "container-runtime-security": "Container runtime security",
    "workloads": "Workloads and applications",
    "cluster-network-configuration": "Cluster and network configuration",
    "access-control": "Access control and credentials",
    "edge-node-stability": "Edge node stability and OS",
};

/** `none` marks a blank cell of the seed's table: the layer does not exist for that cluster type. */
export type Owner = "alibaba-cloud" | "customer" | "shared" | "none";

export const OWNER_LABELS: Record<Owner, string> = {
    "alibaba-cloud": "Alibaba Cloud",
    "customer": "Customer",
    "shared": "Shared",
    "none": "-",
};

const A = "alibaba-cloud", C = "customer", S = "shared", N = "none";

// Columns: ack-managed, ack-serverless, ack-managed-node-pools, ack-edge (the seed's column order).
const TABLE: Record<Layer, [Owner, Owner, Owner, Owner]> = {
    "control-plane": [A, A, A, A],
    "infrastructure": [A, A, A, A],
    "pod-runtime": [N, A, N, N],
    "node-os-patching": [C, N, A, S],
    "kubelet-updates": [C, N, A, A],
    "container-runtime-security": [C, C, C, C],
    "workloads": [C, C, C, C],
    "cluster-network-configuration": [C, C, C, C],
    "access-control": [C, C, C, C],
    "edge-node-stability": [N, N, N, C],
};

export interface OwnerContext {
    /** Nodes boot a custom OS image: automated OS patching of managed node pools does not apply. */
    customImage?: boolean;
    /**
     * The kernel package: ACK's automated CVE fixing excludes it by default (since 2025-08-05), so
     * kernel patching on managed node pools is shared with the customer.
     */
    kernel?: boolean;
}

/** Who owns `layer` on `clusterType`, with the seed's custom-OS-image exception and the kernel exclusion applied. */
export function ownerOf(layer: Layer, clusterType: ClusterType, ctx: OwnerContext = {}): Owner {
    const owner = TABLE[layer][CLUSTER_TYPES.indexOf(clusterType)];
    if (ctx.customImage && layer === "node-os-patching" && owner !== "none") {
        return "customer";
    }
    if (ctx.kernel && layer === "node-os-patching" && owner === "alibaba-cloud") {
        return "shared";
    }
    return owner;
}

/** True when the customer carries all or part of `layer` on `clusterType`. */
export function customerOwns(layer: Layer, clusterType: ClusterType, ctx: OwnerContext = {}): boolean {
    const owner = ownerOf(layer, clusterType, ctx);
    return owner === "customer" || owner === "shared";
}

/** The customer's duties as the seed words them, keyed by layer, for messages and docs. */
export const CUSTOMER_DUTY: Record<Layer, string> = {
    "control-plane": "Alibaba Cloud operates and secures the control plane and etcd.",
    "infrastructure": "Alibaba Cloud secures the compute, storage and network the control plane runs on.",
    "pod-runtime": "Alibaba Cloud patches the ECI pod runtime; recreate pods after a patch so it takes effect.",
    "node-os-patching": "Apply OS vulnerability patches to nodes (automated only on managed node pools without custom images).",
    "kubelet-updates": "Apply kubelet and system component updates (automated only on managed node pools).",
    "container-runtime-security": "Fix vulnerabilities in container runtimes and keep the runtime securely configured.",
    "workloads": "Secure the workloads and applications, their supply chain and their sensitive data.",
    "cluster-network-configuration": "Configure clusters, node pools and networks following security practices.",
    "access-control": "Enforce least privilege; revoke kubeconfig access before deleting RAM users or roles.",
    "edge-node-stability": "Keep edge nodes stable, fix their OS vulnerabilities and perform version updates.",
};
