import type { PolicyResource } from "@pulumi/policy";
import { classifyCluster } from "../../model/clusterType";
import { ofType, referencing } from "../../model/graph";
import { stackPolicy } from "../../model/policy";
import { asArray, asBool, asString } from "../../model/props";
import { CLUSTER_TOKENS, propsAs, T } from "../../model/resources";
import { elementsOf, objectOf } from "./podSpec";
import { POLICY_GOVERNANCE_URL } from "./common";
import { NODE_CLUSTER_TYPES } from "../../model/clusterSets";

interface Config {
    requiredPolicies: string[];
}

const GATEKEEPER = ["gatekeeper", "managed-gatekeeper"];

/** The cluster installs Gatekeeper inline (`addons`, not disabled) or through a cs.KubernetesAddon. */
function hasGatekeeper(cluster: PolicyResource, resources: PolicyResource[]): boolean {
    for (const a of elementsOf(propsAs(cluster, ...CLUSTER_TOKENS)?.addons)) {
        const name = asString(objectOf(a)?.name);
        if (name !== undefined && GATEKEEPER.includes(name) && asBool(objectOf(a)?.disabled) !== true) return true;
    }
    return referencing(resources, cluster, "clusterId", [T.KubernetesAddon]).some((a) => {
        const name = asString(propsAs(a, T.KubernetesAddon)?.name);
        return name !== undefined && GATEKEEPER.includes(name);
    });
}

// Admission control in the cluster catches what this pack cannot see: workloads applied with kubectl,
// Helm or controllers outside Pulumi.
export const clusterPolicyGovernance = stackPolicy<Config>({
    name: "ack-cluster-policy-governance",
    displayName: "Clusters enforce a pod security baseline",
    description: "ACK managed, dedicated and Edge clusters should install the Gatekeeper add-on and deny the baseline policy-governance rules (privileged containers, host namespaces, host networking and ports, host paths, allowed registries) with cs.KubernetesPolicyInstance.",
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "In-cluster admission control is a platform choice that needs add-ons and policy parameters tuned per cluster; this pack already checks workloads deployed through Pulumi, so the default only warns.",
    remediation: { does: false, why: "fails (a) single secure answer: which admission policies to run is tuned per cluster." },
    url: POLICY_GOVERNANCE_URL,
    remediationSteps: "Add the `gatekeeper` and `policy-template-controller` add-ons to the cluster (inline `addons` or cs.KubernetesAddon) and one cs.KubernetesPolicyInstance per baseline rule with `action: \"deny\"`, e.g. `{ policyName: \"ACKAllowedRepos\", action: \"deny\", parameters: { repos: JSON.stringify([...]) } }`.",
    responsibility: "workloads",
    clusterTypes: NODE_CLUSTER_TYPES,
    facts: [{
        fact: "ACK's predefined policy-governance library (gatekeeper, ACKPSP* rules, ACKAllowedRepos) is published for ACK Edge clusters too.",
        source: "https://help.aliyun.com/zh/ack/ack-edge/security-and-compliance/predefined-security-policies-of-ack",
        checked: "2026-12-01",
    }],
    config: {
        requiredPolicies: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: "Policy-governance rules (policyName) each cluster must enforce with action deny.",
            default: ["ACKPSPPrivilegedContainer", "ACKPSPHostNamespace", "ACKPSPHostNetworkingPorts", "ACKPSPHostFilesystem", "ACKAllowedRepos"],
        },
    },
    resourceTypes: [...CLUSTER_TOKENS, T.KubernetesAddon, T.KubernetesPolicyInstance],
    check: (ctx) => {
        const required = asArray(ctx.config.requiredPolicies).map(asString).filter((p): p is string => p !== undefined);
        for (const cluster of ofType(ctx.resources, CLUSTER_TOKENS)) {
            // ACK publishes its policy library for ACK managed, dedicated and Edge clusters; serverless
            // and ACS clusters are not judged here.
            const ct = classifyCluster(cluster.type, cluster.props)?.clusterType;
            if (ct !== "ack-managed" && ct !== "ack-edge") continue;
            const gatekeeper = hasGatekeeper(cluster, ctx.resources);
            const denied = new Set<string>();
            const warnOnly = new Set<string>();
            for (const p of referencing(ctx.resources, cluster, "clusterId", [T.KubernetesPolicyInstance])) {
                const inst = propsAs(p, T.KubernetesPolicyInstance);
                const name = asString(inst?.policyName);
                if (name === undefined) continue;
                // `action` omitted: the service default is not documented, so only an explicit deny counts.
                (asString(inst?.action)?.toLowerCase() === "deny" ? denied : warnOnly).add(name);
            }
            const missing = required.filter((r) => !denied.has(r));
            if (gatekeeper && missing.length === 0) continue;
            const found: string[] = [];
            if (!gatekeeper) found.push("no gatekeeper add-on");
            if (missing.length > 0) {
                const warned = missing.filter((m) => warnOnly.has(m));
                found.push(`no deny policy instance for ${missing.join(", ")}${warned.length > 0 ? ` (${warned.join(", ")} only without action deny)` : ""}`);
            }
            ctx.report(cluster, {
                path: "addons / cs.KubernetesPolicyInstance",
                found: found.join("; "),
                expected: `the gatekeeper add-on and deny instances of ${required.join(", ")}`,
                why: "Without admission control, workloads deployed outside this Pulumi program are not checked at all.",
                fix: `add \`{ name: "gatekeeper" }\` and \`{ name: "policy-template-controller" }\` to \`addons\`, and a cs.KubernetesPolicyInstance with \`clusterId: ${cluster.name}.id, action: "deny"\` for each missing rule.`,
            });
        }
    },
});
