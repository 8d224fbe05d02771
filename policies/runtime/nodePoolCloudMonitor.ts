import { resourcePolicy } from "../../model/policy";
import { asBool, show } from "../../model/props";
import { T } from "../../model/resources";
import { judgedNodePool, NODE_RESOURCE_TYPES } from "./common";
import { NODE_CLUSTER_TYPES } from "../../model/clusterSets";

// The CloudMonitor agent gives host metrics and process/host alerts for the nodes. The default
// is disputed for cs.NodePool (provider schema: true; docs: "Default value: false"), so an omitted
// value there is reported; cs.EdgeKubernetes / cs.Kubernetes document and default to true.
export const nodePoolCloudMonitor = resourcePolicy<(typeof NODE_RESOURCE_TYPES)[number]>({
    name: "ack-nodepool-cloud-monitor",
    displayName: "Nodes install the CloudMonitor agent",
    description: "Node pools and the nodes of cs.EdgeKubernetes / cs.Kubernetes should install the CloudMonitor agent (installCloudMonitor) for host monitoring and alerting.",
    severity: "low",
    enforcementLevel: "advisory",
    levelRationale: "Monitoring helps detect node compromise and failure but does not itself protect the node, and some teams use another host agent; so it advises.",
    remediation: { does: false, why: "fails (a) single secure answer: some teams run another host agent instead." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/create-a-node-pool",
    remediationSteps: "Set `installCloudMonitor: true` on the cs.NodePool (or cs.EdgeKubernetes / cs.Kubernetes).",
    responsibility: "cluster-network-configuration",
    clusterTypes: NODE_CLUSTER_TYPES,
    resourceTypes: [...NODE_RESOURCE_TYPES],
    check: (props, ctx) => {
        judgedNodePool(ctx, props, "the CloudMonitor agent");
        const v = props.installCloudMonitor;
        const on = asBool(v);
        if (on === true) {
            return;
        }
        if ((v === undefined || v === null) && ctx.type !== T.NodePool) {
            return; // Documented and provider default: true.
        }
        ctx.report({
            path: "installCloudMonitor",
            found: v === undefined || v === null
                ? "not set (defaults disagree: provider schema true, Alibaba Cloud docs false)"
                : show(v),
            expected: "true",
            why: "Without the agent, node metrics and host alerts are missing from CloudMonitor.",
            fix: "set `installCloudMonitor: true`.",
        });
    },
});
