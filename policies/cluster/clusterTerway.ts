import { stackPolicy } from "../../model/policy";
import { T } from "../../model/resources";
import { addonsOf, classifyOf, clustersIn, describeAddons, findAddon } from "./common";

export const TERWAY_ADDONS = ["terway-eniip", "terway-eni", "terway-controlplane"] as const;

// Only Terway enforces Kubernetes NetworkPolicy on ACK; with Flannel every pod can reach every
// other pod and the customer cannot segment workloads. The plugin is chosen at creation and cannot
// be changed. Judged on ECS-node clusters (managed profile Default, dedicated). Skipped: serverless
// clusters (cs.ServerlessKubernetes, profiles Serverless/Acs), whose ECI pods sit on the VPC with no
// CNI to choose; and ACK Edge, where Alibaba Cloud recommends Flannel for edge devices and offers
// Terway Edge elsewhere, so Terway alone is not the right demand.
export const clusterTerway = stackPolicy({
    name: "ack-cluster-terway",
    displayName: "Clusters use the Terway network plugin",
    description: "ACK managed and dedicated clusters must use the Terway network plugin (which enforces NetworkPolicy), not Flannel.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "Network segmentation between workloads is part of the cluster network configuration the customer owns, and it is only possible with Terway; the plugin cannot be changed after creation, so the choice must be right up front.",
    remediation: { does: false, why: "stack policy: the SDK remediates resource policies only; and the network plugin is chosen at creation." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/use-network-policies",
    remediationSteps: "Declare `addons: [{ name: \"terway-eniip\" }]` (or terway-eni / terway-controlplane) with `podVswitchIds` at cluster creation, and no `flannel` add-on.",
    responsibility: "cluster-network-configuration",
    clusterTypes: ["ack-managed", "ack-managed-node-pools"],
    resourceTypes: [T.ManagedKubernetes, T.Kubernetes, T.KubernetesAddon],
    check: (ctx) => {
        for (const cluster of clustersIn(ctx.resources)) {
            const cls = classifyOf(cluster);
            if (cls === undefined || cls.clusterType !== "ack-managed") continue; // serverless and edge: see above
            const addons = addonsOf(cluster, ctx.resources);
            const flannel = findAddon(addons, ["flannel"]);
            if (flannel !== undefined) {
                ctx.report(cluster, {
                    path: flannel.where,
                    found: "the flannel network plugin",
                    expected: `Terway (${TERWAY_ADDONS.join(", ")})`,
                    why: "Flannel does not enforce Kubernetes NetworkPolicy, so pods cannot be isolated from each other.",
                    fix: "replace the flannel add-on with `{ name: \"terway-eniip\" }` and set `podVswitchIds` (the plugin is fixed at creation: a new cluster is needed).",
                });
                continue;
            }
            if (findAddon(addons, TERWAY_ADDONS) === undefined) {
                ctx.report(cluster, {
                    path: "addons",
                    found: `no network plugin declared (${describeAddons(addons)})`,
                    expected: `Terway (${TERWAY_ADDONS.join(", ")})`,
                    why: "The plugin ACK picks when none is declared is not stated for this API; declare Terway so that NetworkPolicy works.",
                    fix: "add `{ name: \"terway-eniip\" }` to `addons` and set `podVswitchIds` at cluster creation.",
                });
            }
        }
    },
});
