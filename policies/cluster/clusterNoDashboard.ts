import { stackPolicy } from "../../model/policy";
import { T } from "../../model/resources";
import { addonResourceName, clustersIn, inlineAddons } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import { show } from "../../model/props";

const DASHBOARD = /dashboard/i;

// A Kubernetes dashboard add-on is a web UI into the cluster that is often exposed with broad
// permissions; kubectl with RAM-backed kubeconfigs and the ACK console cover the same needs
// under the customer's access control. Any cs.KubernetesAddon counts, whether or not its
// cluster is in the stack.
export const clusterNoDashboard = stackPolicy({
    name: "ack-cluster-no-dashboard",
    displayName: "Clusters have no Kubernetes dashboard add-on",
    description: "ACK clusters must not install a Kubernetes dashboard add-on, inline in `addons` or as a cs.KubernetesAddon.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "A dashboard is an extra, often over-privileged entry point into the cluster, and access control is the customer's on every cluster type; the ACK console offers the same view under RAM and RBAC.",
    remediation: { does: false, why: "stack policy: the SDK remediates resource policies only; removing an add-on is the team's decision." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/best-practices-of-authorization",
    remediationSteps: "Remove the dashboard entry from the cluster's `addons` (or mark it `disabled: true`) and delete any cs.KubernetesAddon whose `name` contains \"dashboard\"; use the ACK console or kubectl instead.",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes, T.KubernetesAddon],
    check: (ctx) => {
        for (const cluster of clustersIn(ctx.resources)) {
            for (const addon of inlineAddons(cluster.props)) {
                if (DASHBOARD.test(addon.name)) {
                    ctx.report(cluster, {
                        path: addon.where,
                        found: show(addon.name),
                        expected: "no dashboard add-on",
                        why: "A dashboard exposes the cluster through a web UI outside RAM-backed access control.",
                        fix: `remove ${addon.where} (${addon.name}) or set \`disabled: true\` on it.`,
                    });
                }
            }
        }
        for (const r of ctx.resources) {
            if (r.type !== T.KubernetesAddon) continue;
            const name = addonResourceName(r);
            if (name !== undefined && DASHBOARD.test(name)) {
                ctx.report(r, {
                    path: "name",
                    found: show(name),
                    expected: "no dashboard add-on",
                    why: "A dashboard exposes the cluster through a web UI outside RAM-backed access control.",
                    fix: "delete this cs.KubernetesAddon.",
                });
            }
        }
    },
});
