// One place that knows ACK cluster types: which column of the responsibility table a planned
// resource falls in. Policies ask here; they never re-derive it.
import { ClusterType } from "./responsibility";
import { PropsOf, propsAs, T } from "./resources";
import { asBool, asObject, asString, show } from "./props";

/** What the node-pool helpers read: NodePool inputs, checked against the SDK; any subset may be set. */
type NodePoolProps = Partial<PropsOf[typeof T.NodePool]>;

export interface ClusterClass {
    clusterType: ClusterType;
    /** Human-readable reason, e.g. `cs.ManagedKubernetes with profile "Edge"`. */
    why: string;
    /** A dedicated cluster (cs.Kubernetes): the customer also runs the master nodes. */
    dedicated?: boolean;
}

/** ManagedKubernetes `profile` values and the table column each one belongs to. */
const PROFILE_TYPES: Record<string, ClusterType> = {
    default: "ack-managed",
    edge: "ack-edge",
    serverless: "ack-serverless",
    acs: "ack-serverless",
};

/**
 * Classifies a cluster resource, or returns undefined for any other type.
 * Reads `profile` through the preview proxy: an unknown profile throws, as it should.
 */
export function classifyCluster(type: string, props: unknown): ClusterClass | undefined {
    switch (type) {
        case T.ManagedKubernetes: {
            const profile = asString(propsAs({ type, props }, T.ManagedKubernetes)?.profile);
            const clusterType = profile === undefined ? "ack-managed" : PROFILE_TYPES[profile.toLowerCase()];
            if (clusterType === undefined) {
                // An unrecognised profile: the provider will reject it; judge it as the default profile.
                return { clusterType: "ack-managed", why: `cs.ManagedKubernetes with unrecognised profile ${show(profile)}` };
            }
            return {
                clusterType,
                why: profile === undefined ? "cs.ManagedKubernetes (profile Default)" : `cs.ManagedKubernetes with profile "${profile}"`,
            };
        }
        case T.ServerlessKubernetes:
            return { clusterType: "ack-serverless", why: "cs.ServerlessKubernetes" };
        case T.EdgeKubernetes:
            return { clusterType: "ack-edge", why: "cs.EdgeKubernetes" };
        case T.Kubernetes:
            // Dedicated clusters have ECS worker nodes the customer patches, like the "ACK managed" column,
            // and in addition customer-run masters.
            return { clusterType: "ack-managed", why: "cs.Kubernetes (dedicated cluster)", dedicated: true };
        default:
            return undefined;
    }
}

export interface NodePoolClass {
    /** `ack-managed-node-pools` when Alibaba Cloud automates patching for this pool. */
    clusterType: ClusterType;
    managed: boolean;
    /** Auto mode: Alibaba Cloud sets management, image and hardening itself and ignores user values. */
    autoMode: boolean;
    /** Custom OS image: automated OS patching does not apply; the customer patches manually. */
    customImage: boolean;
    why: string;
}

/**
 * Classifies a cs.NodePool. `management.enable` defaults to true in the provider once the
 * `management` block is present, so a block without `enable` counts as managed.
 */
export function classifyNodePool(props: NodePoolProps | null | undefined): NodePoolClass {
    const autoMode = asBool(props?.autoMode?.enabled) === true;
    const block = props?.management;
    // asObject: a block that is null, an array or a primitive counts as absent.
    const management = asObject(block) === undefined ? undefined : block;
    const enable = management === undefined ? undefined : asBool(management.enable);
    const managed = autoMode || (management !== undefined && enable !== false);
    const customImage = !autoMode && isCustomImage(props);
    const why = autoMode
        ? "auto mode node pool (autoMode.enabled = true)"
        : managed
            ? "managed node pool (management.enable)"
            : management === undefined ? "node pool without a management block" : "node pool with management.enable = false";
    return { clusterType: managed ? "ack-managed-node-pools" : "ack-managed", managed, autoMode, customImage, why };
}

/** A pool boots a custom OS image when `imageType` is "Custom" or an explicit `imageId` is given. */
export function isCustomImage(props: NodePoolProps | null | undefined): boolean {
    const imageType = asString(props?.imageType);
    if (imageType !== undefined && imageType.toLowerCase() === "custom") {
        return true;
    }
    return asString(props?.imageId) !== undefined;
}
