import { classifyCluster } from "../../model/clusterType";
import { ofType } from "../../model/graph";
import { stackPolicy } from "../../model/policy";
import { CLUSTER_TOKENS, T } from "../../model/resources";
import { addonsOf, describeAddons, findAddon } from "../cluster/common";
import { INSPECTION_URL } from "./common";
import { NODE_CLUSTER_TYPES } from "../../model/clusterSets";

/** The workload inspection add-on (Polaris-based) and its ACK-managed variant. */
export const INSPECTION_ADDONS = ["security-inspector", "managed-security-inspector"] as const;

// Workload inspection scans what runs in the cluster, whoever deployed it (kubectl, Helm,
// controllers), against ACK's security checks: the customer's view of its own workload layer.
export const clusterWorkloadInspection = stackPolicy({
    name: "ack-cluster-workload-inspection",
    displayName: "Clusters inspect their workloads",
    description: "ACK managed, dedicated and Edge clusters should install the workload inspection add-on (security-inspector) so that workloads deployed outside this program are checked too.",
    severity: "low",
    enforcementLevel: "advisory",
    levelRationale: "Inspection detects and reports; it does not prevent anything, and this pack already judges the workloads the program deploys, so the default only warns.",
    remediation: { does: false, why: "stack policy: the SDK remediates resource policies only." },
    url: INSPECTION_URL,
    remediationSteps: "Add `{ name: \"security-inspector\" }` (or `managed-security-inspector`) to the cluster's `addons`, or declare a cs.KubernetesAddon with that name and `clusterId: cluster.id`.",
    responsibility: "workloads",
    clusterTypes: NODE_CLUSTER_TYPES,
    facts: [{
        fact: "The workload inspection feature (security-inspector) is documented for ACK Edge clusters too.",
        source: "https://www.alibabacloud.com/help/en/ack/ack-edge/security-and-compliance/use-the-inspection-feature-to-detect-security-risks-in-the-workloads-of-an-ack-cluster",
        checked: "2026-12-01",
    }],
    resourceTypes: [...CLUSTER_TOKENS, T.KubernetesAddon],
    check: (ctx) => {
        for (const cluster of ofType(ctx.resources, CLUSTER_TOKENS)) {
            // The inspection feature is documented for ACK managed, dedicated and Edge clusters; serverless
            // and ACS clusters are not judged here.
            const ct = classifyCluster(cluster.type, cluster.props)?.clusterType;
            if (ct !== "ack-managed" && ct !== "ack-edge") continue;
            const addons = addonsOf(cluster, ctx.resources);
            if (findAddon(addons, INSPECTION_ADDONS) !== undefined) continue;
            ctx.report(cluster, {
                path: "addons",
                found: describeAddons(addons),
                expected: `one of ${INSPECTION_ADDONS.join(", ")}`,
                why: "Without it, workloads applied outside Pulumi (kubectl, Helm, operators) are never checked for privileged pods, host access or missing limits.",
                fix: "add `{ name: \"security-inspector\" }` to `addons`, or a cs.KubernetesAddon named security-inspector for this cluster.",
            });
        }
    },
});
