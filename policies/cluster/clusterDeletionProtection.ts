import { resourcePolicy } from "../../model/policy";
import { asBool, show } from "../../model/props";
import { T } from "../../model/resources";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// A deleted cluster takes its etcd (every Secret, every object) with it and cannot be restored.
// Deletion protection makes the ACK API refuse DeleteCluster, whoever calls it (console, CLI, or a
// `pulumi destroy` / replacement), until someone turns it off on purpose. Every cluster resource
// has the field; omitted means not protected (Managed: no default, others: default false).
export const clusterDeletionProtection = resourcePolicy({
    name: "ack-cluster-deletion-protection",
    displayName: "Clusters have deletion protection",
    description: "ACK clusters must enable deletion protection so that they cannot be deleted by accident.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "Losing a production cluster is unrecoverable and costs nothing to prevent; stacks that create throwaway clusters (CI, sandboxes) set this policy to advisory in their policy-pack config or exempt the cluster with a reason.",
    remediation: { does: true, why: "`deletionProtection: true` is the one secure value, ACK changes it in place on an existing cluster (ModifyCluster; the provider's `deletion_protection` is not ForceNew) and it blocks nothing but DeleteCluster." },
    url: "https://www.alibabacloud.com/help/en/container-service-for-kubernetes/latest/delete-an-ack-cluster",
    remediationSteps: "Set `deletionProtection: true` on the cluster resource (and turn it off deliberately, in its own update, before a planned deletion).",
    responsibility: "cluster-network-configuration",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes],
    check: (props, ctx) => {
        const value = props.deletionProtection;
        if (asBool(value) !== true) {
            ctx.report({
                path: "deletionProtection",
                found: value === undefined || value === null ? "not set (not protected)" : show(value),
                expected: "true",
                why: "Without it a mistaken destroy or replacement deletes the cluster and its etcd for good.",
                fix: "set `deletionProtection: true` on this cluster.",
            });
        }
    },
    // Only ever turns protection on; turning it off before a planned deletion stays a deliberate edit.
    remediate: () => ({ deletionProtection: true }),
});
