import { resourcePolicy } from "../../model/policy";
import { asString, show } from "../../model/props";
import { T } from "../../model/resources";
import { judgedNodePool } from "./common";
import { NODE_CLUSTER_TYPES } from "../../model/clusterSets";

// In normal mode any process or pod on the node can read the node RAM role's STS token from the
// metadata service with a plain GET (the classic SSRF path); hardened mode (IMDSv2) needs a token.
export const nodePoolImdsRequired = resourcePolicy<typeof T.NodePool>({
    name: "ack-nodepool-imds-required",
    displayName: "Node pools allow only hardened-mode instance metadata access",
    description: "Node pools must set `instanceMetadataOptions.httpTokens` to \"required\" so ECS instance metadata (and the node RAM role's credentials) is reachable in hardened mode (IMDSv2) only.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Node credentials and network exposure are the customer's to configure; the default (optional) leaves the node role's STS token one unauthenticated GET away from any pod with host network access or an SSRF bug.",
    remediation: { does: false, why: "fails (b) no forced replacement: `instanceMetadataOptions` is ForceNew, and an analyzer cannot tell a create from an update." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/security-and-compliance/secure-access-to-ecs-instance-metadata",
    remediationSteps: "Set `instanceMetadataOptions: { httpTokens: \"required\" }` on the cs.NodePool (ACK managed clusters 1.28+; ForceNew, so the pool's nodes are replaced); first check that node components and workloads use hardened-mode metadata access.",
    responsibility: "cluster-network-configuration",
    clusterTypes: NODE_CLUSTER_TYPES,
    resourceTypes: [T.NodePool],
    check: (props, ctx) => {
        judgedNodePool(ctx, props, "instance metadata options");
        const raw = props.instanceMetadataOptions?.httpTokens;
        const tokens = asString(raw);
        if (tokens !== undefined && tokens.toLowerCase() === "required") {
            return;
        }
        ctx.report({
            path: "instanceMetadataOptions.httpTokens",
            found: raw === undefined || raw === null ? "not set (provider default: \"optional\")" : show(raw),
            expected: "\"required\"",
            why: "In \"optional\" mode any process on the node can read the node RAM role's credentials from the metadata service without a token.",
            fix: "set `instanceMetadataOptions: { httpTokens: \"required\" }` on this node pool (Kubernetes 1.28+; replaces the nodes).",
        });
    },
});
