import { classifyCluster } from "../../model/clusterType";
import type { PolicyResource } from "@pulumi/policy";
import { clusterOf, clusterOfWorkload, ofType } from "../../model/graph";
import { stackPolicy } from "../../model/policy";
import { asString, listed } from "../../model/props";
import { propsAs, shortTypeName, T } from "../../model/resources";
import { addonsOf, clustersIn, findAddon } from "../cluster/common";
import { WORKLOAD_TOKENS } from "../workloads/kinds";
import { tagValue } from "./common";

interface Config {
    ownerTagKey: string;
}

/** Virtual-node add-ons that run pods on Alibaba Cloud-managed compute: ECI (ack-virtual-node) and ACS compute (acs-virtual-node). */
export const VIRTUAL_NODE_ADDONS = ["ack-virtual-node", "acs-virtual-node"] as const;
const WHY = "Pods run on Alibaba Cloud-managed compute (ECI or ACS): Alibaba Cloud patches that pod runtime, but a running pod keeps the old runtime until it is recreated.";

// The seed puts the ECI pod runtime on Alibaba Cloud and the recreation of pods on the customer:
// pod lifecycle is part of running the workloads. Nothing in a program can recreate pods, so this
// advises until the cluster names who does (a tag), which makes the duty visible and owned.
export const serverlessPodRuntimeRecreate = stackPolicy<Config>({
    name: "ack-serverless-pod-runtime-recreate",
    displayName: "Serverless pods have an owner who recreates them after runtime patches",
    description: "ACK Serverless and ACS clusters, and clusters with the ack-virtual-node or acs-virtual-node add-on, should name, with a tag, who recreates their pods so that Alibaba Cloud's pod runtime patches take effect.",
    severity: "low",
    enforcementLevel: "advisory",
    levelRationale: "Alibaba Cloud patches the ECI runtime itself; recreating pods is an operational duty of the customer that a program cannot perform, so the policy informs rather than blocks.",
    remediation: { does: false, why: "an operational duty (recreating pods), not an input." },
    url: "https://www.alibabacloud.com/help/en/ack/serverless-kubernetes/security-and-compliance/shared-responsibility-model",
    remediationSteps: "Add `tags: { \"pod-recreation-owner\": \"<team or runbook URL>\" }` to the cluster (cs.ServerlessKubernetes, cs.ManagedKubernetes with profile Serverless/Acs, or the cluster running ack-virtual-node / acs-virtual-node), and have that team roll ECI workloads after runtime patch notices.",
    responsibility: "workloads",
    clusterTypes: ["ack-serverless"],
    facts: [{
        fact: "acs-virtual-node (next to ack-virtual-node) schedules pods of an ACK cluster onto ACS compute, whose runtime Alibaba Cloud manages.",
        source: "https://www.alibabacloud.com/help/en/cs/user-guide/acs-virtual-node",
        checked: "2026-12-01",
    }],
    config: {
        ownerTagKey: {
            type: "string",
            minLength: 1,
            description: "The cluster tag whose non-empty value names the team or runbook that recreates ECI pods after runtime patches.",
            default: "pod-recreation-owner",
        },
    },
    resourceTypes: [T.ServerlessKubernetes, T.ManagedKubernetes, T.EdgeKubernetes, T.Kubernetes, T.KubernetesAddon],
    check: (ctx) => {
        const key = ctx.config.ownerTagKey;
        // The stack's workloads by the cluster they are deployed to, grouped once on first use.
        let workloadsByCluster: Map<string, PolicyResource[]> | undefined;
        const workloadsOn = (cluster: PolicyResource): PolicyResource[] => {
            if (workloadsByCluster === undefined) {
                workloadsByCluster = new Map();
                for (const r of ofType(ctx.resources, WORKLOAD_TOKENS)) {
                    const urn = clusterOfWorkload(r, ctx.resources)?.urn;
                    if (urn === undefined) continue;
                    const list = workloadsByCluster.get(urn);
                    if (list === undefined) workloadsByCluster.set(urn, [r]);
                    else list.push(r);
                }
            }
            return workloadsByCluster.get(cluster.urn) ?? [];
        };
        for (const cluster of clustersIn(ctx.resources)) {
            const cls = classifyCluster(cluster.type, cluster.props);
            let reason: string | undefined;
            if (cls?.clusterType === "ack-serverless") {
                reason = cls.why;
            } else {
                const addon = findAddon(addonsOf(cluster, ctx.resources), VIRTUAL_NODE_ADDONS);
                if (addon !== undefined) reason = `${cls?.why ?? cluster.type} installs ${addon.name} (${addon.where})`;
            }
            if (reason === undefined || tagValue(cluster.props, key) !== undefined) continue;
            // Name the workloads of this stack that run there: theirs are the pods to recreate.
            const workloads = workloadsOn(cluster);
            const affected = workloads.length > 0 ? ` Workloads of this stack on it: ${listed(workloads.map((w) => `${shortTypeName(w.type)} ${w.name}`))}.` : "";
            ctx.report(cluster, {
                path: `tags["${key}"]`,
                found: "not set",
                expected: "the team or runbook that recreates ECI pods after runtime patches",
                why: `${reason}. ${WHY}${affected}`,
                fix: `add \`tags: { "${key}": "<team or runbook URL>" }\` to this cluster.`,
            });
        }
        // A virtual-node add-on on a cluster managed elsewhere: the tag cannot be checked from here.
        for (const r of ctx.resources) {
            if (r.type !== T.KubernetesAddon || clusterOf(r) !== undefined) continue;
            const name = asString(propsAs(r, T.KubernetesAddon)?.name)?.toLowerCase();
            if (name === undefined || !(VIRTUAL_NODE_ADDONS as readonly string[]).includes(name)) continue;
            ctx.report(r, {
                path: "clusterId",
                found: `${name} on a cluster outside this stack`,
                expected: "a cluster tag naming who recreates ECI pods",
                why: WHY,
                fix: `add \`tags: { "${key}": "<team or runbook URL>" }\` to the cluster in its own stack, then exempt this add-on here with that reason.`,
            });
        }
    },
});
