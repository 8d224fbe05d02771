import type { PolicyResource } from "@pulumi/policy";
import { classifyCluster } from "../../model/clusterType";
import { clusterOf, referencing } from "../../model/graph";
import { stackPolicy } from "../../model/policy";
import { propsAs, T } from "../../model/resources";
import { isEdgePool, tagValue } from "./common";

interface Config {
    ownerTagKey: string;
}

const WHY = "ACK does not upgrade or patch edge nodes: their OS vulnerabilities, stability and version updates are the customer's (ACK Edge shared responsibility model).";

// Edge nodes (ENS, other regions, data centers) sit outside every ACK automation: no managed
// pool, no auto-upgrade, no CVE fixing. Nothing in the program shows who does that work, so the
// policy asks for a visible owner: a tag on the edge node pool or on its ACK Edge cluster.
// A stack policy, because a pool is covered by its cluster's tag.
export const edgeNodePatchOwner = stackPolicy<Config>({
    name: "ack-edge-node-patch-owner",
    displayName: "ACK Edge clusters name the owner of their edge nodes",
    description: "ACK Edge clusters and edge node pools must declare, with a tag, who patches, upgrades and keeps their edge nodes stable, since ACK does not.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "The seed makes edge node stability and OS patching entirely the customer's; without a named owner that duty silently falls to no one.",
    remediation: { does: false, why: "fails (a) single secure answer: it needs a patch owner only the team can name." },
    url: "https://alibabacloud.com/help/en/ack/ack-edge/user-guide/upgrade-edge-node",
    remediationSteps: "Add `tags: { \"edge-node-owner\": \"<team or runbook URL>\" }` to the ACK Edge cluster (cs.EdgeKubernetes, or cs.ManagedKubernetes with profile \"Edge\") or to each cs.NodePool with `type: \"edge\"`.",
    responsibility: "edge-node-stability",
    clusterTypes: ["ack-edge"],
    config: {
        ownerTagKey: {
            type: "string",
            minLength: 1,
            description: "The tag whose non-empty value names the team or runbook that patches and upgrades the edge nodes.",
            default: "edge-node-owner",
        },
    },
    resourceTypes: [T.EdgeKubernetes, T.ManagedKubernetes, T.NodePool],
    check: (ctx) => {
        const key = ctx.config.ownerTagKey;
        const fix = (what: string) => `add \`tags: { "${key}": "<team or runbook URL>" }\` to ${what}.`;
        const edgePools = ctx.resources.filter((r) => {
            const p = propsAs(r, T.NodePool);
            return p !== undefined && isEdgePool(p);
        });
        for (const pool of edgePools) {
            if (tagValue(pool.props, key) !== undefined) continue;
            const cluster = clusterOf(pool);
            if (cluster !== undefined && tagValue(cluster.props, key) !== undefined) continue;
            ctx.report(pool, {
                path: `tags["${key}"]`,
                found: cluster === undefined
                    ? "not set on this edge node pool (its cluster is not in this stack)"
                    : `not set on this edge node pool nor on its cluster ${cluster.name}`,
                expected: "the team or runbook that patches and upgrades these edge nodes",
                why: WHY,
                fix: fix(cluster === undefined ? "this node pool" : `this node pool or to cluster ${cluster.name}`),
            });
        }
        const edgeClusters: PolicyResource[] = ctx.resources.filter(
            (r) => (r.type === T.EdgeKubernetes || r.type === T.ManagedKubernetes) && classifyCluster(r.type, r.props)?.clusterType === "ack-edge",
        );
        for (const cluster of edgeClusters) {
            if (tagValue(cluster.props, key) !== undefined) continue;
            // Edge pools declared in the stack were judged above, each on its own tag.
            if (referencing(edgePools, cluster, "clusterId", [T.NodePool]).length > 0) continue;
            ctx.report(cluster, {
                path: `tags["${key}"]`,
                found: "not set",
                expected: "the team or runbook that patches and upgrades this cluster's edge nodes",
                why: `${classifyCluster(cluster.type, cluster.props)?.why} is an ACK Edge cluster. ${WHY}`,
                fix: fix("this cluster"),
            });
        }
    },
});
