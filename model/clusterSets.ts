// Named sets of cluster types (columns of the responsibility table) that policies apply to, so a
// policy says which clusters it is about by name instead of repeating a list.
import { CLUSTER_TYPES, ClusterType } from "./responsibility";

/** Every cluster type: settings every ACK cluster has (API endpoint, RBAC, RAM, workloads). */
export const ALL_CLUSTER_TYPES: readonly ClusterType[] = CLUSTER_TYPES;

/** Cluster types with ECS nodes the customer configures (ACK Serverless has none). */
export const NODE_CLUSTER_TYPES: readonly ClusterType[] = ["ack-managed", "ack-managed-node-pools", "ack-edge"];

/** ACK managed clusters, with or without managed node pools (not Serverless, not Edge). */
export const MANAGED_CLUSTER_TYPES: readonly ClusterType[] = ["ack-managed", "ack-managed-node-pools"];

/**
 * Cluster types whose Secrets can be encrypted with a KMS key of the customer: ACK Pro managed and
 * serverless clusters, ACS, and ACK Edge Pro (ACK Edge "use KMS to encrypt Kubernetes Secrets", checked 2026-12-03).
 */
export const KMS_CLUSTER_TYPES: readonly ClusterType[] = ["ack-managed", "ack-managed-node-pools", "ack-serverless", "ack-edge"];

/** Node pools whose OS and kubelet the customer patches (not managed node pools). */
export const SELF_PATCHED_CLUSTER_TYPES: readonly ClusterType[] = ["ack-managed", "ack-edge"];
