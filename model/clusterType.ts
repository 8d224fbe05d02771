// One place that knows ACK cluster types: which column of the responsibility table a cluster
// resource falls in. Node pools: model/nodeLifecycle.ts. Policies ask here; they never re-derive it.
import { ClusterType } from "./responsibility";
import { propsAs, T } from "./resources";
import { asString } from "./props";

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
                return { clusterType: "ack-managed", why: `cs.ManagedKubernetes with unrecognised profile "${profile}"` };
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
