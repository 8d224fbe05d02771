import { resourcePolicy } from "../../model/policy";
import { asBool, asNumber, show } from "../../model/props";
import { T } from "../../model/resources";
import { judgedNodePool } from "./common";
import { NODE_CLUSTER_TYPES } from "../../model/clusterSets";

// Nodes reach the internet through a NAT gateway; a per-node public IP or EIP exposes kubelet,
// SSH and every hostNetwork/NodePort service to the internet, guarded only by the security group.
export const nodePoolNoPublicIp = resourcePolicy<typeof T.NodePool>({
    name: "ack-nodepool-no-public-ip",
    displayName: "Node pools give nodes no public IP",
    description: "Node pools must not assign a public IP (internetMaxBandwidthOut > 0) or bind an EIP (scalingConfig.isBondEip) to each node.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Network configuration is the customer's on every cluster type, and a public address on every node puts node ports, SSH and kubelet one security-group mistake away from the internet.",
    remediation: { does: false, why: "fails (c) no broken connectivity or workloads: removing the nodes' public IPs cuts their outbound internet access." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/create-a-node-pool",
    remediationSteps: "Remove `internetMaxBandwidthOut` (or set it to 0) and `scalingConfig.isBondEip` from the cs.NodePool; give the VPC a NAT gateway (cluster `newNatGateway: true`) for outbound traffic and expose services through load balancers.",
    responsibility: "cluster-network-configuration",
    clusterTypes: NODE_CLUSTER_TYPES,
    resourceTypes: [T.NodePool],
    check: (props, ctx) => {
        judgedNodePool(ctx, props, "node public IPs");
        const bandwidth = props.internetMaxBandwidthOut;
        const eip = props.scalingConfig?.isBondEip;
        const paths: string[] = [];
        const found: string[] = [];
        const bw = asNumber(bandwidth);
        if (bw !== undefined && bw > 0) {
            paths.push("internetMaxBandwidthOut");
            found.push(`internetMaxBandwidthOut = ${show(bandwidth)} (a public IP per node)`);
        }
        if (asBool(eip) === true) {
            paths.push("scalingConfig.isBondEip");
            found.push(`scalingConfig.isBondEip = ${show(eip)} (an EIP per node)`);
        }
        if (paths.length === 0) {
            return;
        }
        ctx.report({
            path: paths.join(", "),
            found: found.join(" and "),
            expected: "no public address on nodes",
            why: "Every node would be reachable from the internet, guarded only by its security group.",
            fix: `remove ${paths.map((p) => `\`${p}\``).join(" and ")} from this node pool and use a NAT gateway for outbound traffic.`,
        });
    },
});
