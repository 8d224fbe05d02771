// One place that knows ACK cluster types: which column of the responsibility table a cluster
// resource falls in. Node pools: model/nodeLifecycle.ts. Policies ask here; they never re-derive it.
import { ClusterType } from "./responsibility";
import { propsAs, T } from "./resources";
import { asString, show } from "./props";

export interface ClusterClass {
    clusterType: ClusterType;
    /** Human-readable reason, e.g. `cs.ManagedKubernetes with profile "Edge"`. */
    why: string;
    /** A dedicated cluster (cs.Kubernetes): the customer also runs the master nodes. */
    dedicated?: boolean;
    /**
     * A product created through cs.ManagedKubernetes `profile` that is not ACK itself: ACS
     * (Container Compute Service) or an ACK Lingjun cluster (AI/HPC). Policies judge only the
     * settings that product is documented to honour.
     */
    product?: "acs" | "lingjun";
}

/**
 * ManagedKubernetes `profile` values (3.108 documents Default, Edge, Serverless, Acs; the ACK API
 * also accepts Lingjun) and the table column each one belongs to. ACS is Container Compute
 * Service, a separate product whose pods run on Alibaba Cloud-managed compute: its column is the
 * serverless one. Lingjun clusters are ACK managed clusters whose nodes are Lingjun bare-metal
 * machines for AI/HPC, which the customer patches: the managed column.
 */
const PROFILE_TYPES: Record<string, { clusterType: ClusterType; label?: string; product?: ClusterClass["product"] }> = {
    default: { clusterType: "ack-managed" },
    edge: { clusterType: "ack-edge" },
    serverless: { clusterType: "ack-serverless" },
    acs: { clusterType: "ack-serverless", label: "ACS, Container Compute Service", product: "acs" },
    lingjun: { clusterType: "ack-managed", label: "ACK Lingjun cluster for AI/HPC", product: "lingjun" },
};

/**
 * Classifies a cluster resource, or returns undefined for any other type.
 * Reads `profile` through the preview proxy: an unknown profile throws, as it should.
 */
export function classifyCluster(type: string, props: unknown): ClusterClass | undefined {
    switch (type) {
        case T.ManagedKubernetes: {
            const profile = asString(propsAs({ type, props }, T.ManagedKubernetes)?.profile);
            if (profile === undefined) {
                return { clusterType: "ack-managed", why: "cs.ManagedKubernetes (profile Default)" };
            }
            const known = PROFILE_TYPES[profile.toLowerCase()];
            if (known === undefined) {
                // An unrecognised profile: the provider will reject it; judge it as the default profile.
                return { clusterType: "ack-managed", why: `cs.ManagedKubernetes with unrecognised profile ${show(profile)}` };
            }
            return {
                clusterType: known.clusterType,
                why: `cs.ManagedKubernetes with profile "${profile}"${known.label ? ` (${known.label})` : ""}`,
                ...(known.product ? { product: known.product } : {}),
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
