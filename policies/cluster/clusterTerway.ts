import { stackPolicy } from "../../model/policy";
import { asObject, asString, show } from "../../model/props";
import { T } from "../../model/resources";
import { addonsOf, classifyOf, clustersIn, DeclaredAddon, describeAddons, findAddon } from "./common";
import { MANAGED_CLUSTER_TYPES } from "../../model/clusterSets";

/** Terway's shared-ENI CNI: the only Terway mode that enforces NetworkPolicy. */
export const TERWAY_SHARED_ENI = "terway-eniip";
/** Terway's exclusive-ENI CNI (one ENI per pod): NetworkPolicy is not supported there. */
export const TERWAY_EXCLUSIVE_ENI = "terway-eni";
/** Terway's control-plane component (trunking, PodNetworking), installed next to a CNI, not one itself. */
export const TERWAY_CONTROLPLANE = "terway-controlplane";

/** What is (not) documented about NetworkPolicy when the add-on config omits it. */
export const TERWAY_DEFAULT_FACT = {
    fact: "NetworkPolicy is a switch of the terway-eniip add-on config (the provider's example passes NetworkPolicy: \"false\"). ACK does not document its value when the config omits it: the \"Customize Terway configuration parameters\" page (EN Nov 24, 2025; TC Jan 20, 2026) shows an in-cluster eni-config with disable_network_policy: \"false\" as an example only, and \"Use network policies\" (Nov 25, 2025) gives no default either.",
    source: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/terway-configuration-parameters",
    checked: "2026-12-03",
};

export const FIX_CONFIG = `\`{ name: "${TERWAY_SHARED_ENI}", config: JSON.stringify({ NetworkPolicy: "true" }) }\``;

/**
 * What the terway-eniip add-on's `config` says about NetworkPolicy. `unset`: the config does not
 * name it, and ACK does not document what the add-on does then (ack-cluster-terway-networkpolicy-unset
 * warns); everything else is what the program says.
 */
export type NetworkPolicySetting = { on: true } | { on: false; unset: true; found: string } | { on: false; unset?: false; found: string };

export function networkPolicyOf(addon: DeclaredAddon): NetworkPolicySetting {
    const raw = addon.config();
    if (raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "")) {
        return { on: false, unset: true, found: "no config" };
    }
    if (typeof raw !== "string") {
        return { on: false, found: `a config that is not a JSON string (${show(raw)})` };
    }
    let parsed: unknown;
    try {
        parsed = JSON.parse(raw);
    } catch {
        return { on: false, found: "a config that is not valid JSON" };
    }
    const o = asObject(parsed);
    if (o === undefined) {
        return { on: false, found: "a config that is JSON but not an object" };
    }
    const v = o["NetworkPolicy"];
    if (asString(typeof v === "boolean" ? String(v) : v)?.toLowerCase() === "true") {
        return { on: true };
    }
    return v === undefined ? { on: false, unset: true, found: "a config without NetworkPolicy" } : { on: false, found: `NetworkPolicy ${show(v)}` };
}

// Only Terway in shared-ENI mode (terway-eniip) enforces Kubernetes NetworkPolicy on ACK, and
// only when its add-on config switches NetworkPolicy on; exclusive-ENI Terway (terway-eni) does
// not support it, terway-controlplane is not a CNI, and with Flannel every pod can reach every
// other. The plugin is chosen at creation and cannot be changed. Judged on ECS-node clusters
// (managed profile Default and Lingjun, dedicated). Skipped: serverless clusters
// (cs.ServerlessKubernetes, profiles Serverless/Acs), whose pods sit on the VPC with no CNI to
// choose; and ACK Edge, where Alibaba Cloud recommends Flannel for edge devices and offers Terway
// Edge elsewhere, so Terway alone is not the right demand.
export const clusterTerway = stackPolicy({
    name: "ack-cluster-terway",
    displayName: "Clusters use Terway with NetworkPolicy on",
    description: "ACK managed and dedicated clusters must use the Terway network plugin in shared-ENI mode (terway-eniip), not Flannel, exclusive-ENI Terway (terway-eni) or terway-controlplane alone, and must not switch NetworkPolicy off in its add-on config (a config that omits it is left to the advisory ack-cluster-terway-networkpolicy-unset: ACK does not document that default).",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "Network segmentation between workloads is part of the cluster network configuration the customer owns, and it is only possible with Terway in shared-ENI mode with NetworkPolicy on; the plugin cannot be changed after creation, so the choice must be right up front.",
    remediation: { does: false, why: "stack policy: the SDK remediates resource policies only; and the network plugin is chosen at creation." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/use-network-policies",
    remediationSteps: `Declare ${FIX_CONFIG} in \`addons\` (or as a cs.KubernetesAddon) with \`podVswitchIds\` at cluster creation, and no \`flannel\` or \`terway-eni\` add-on.`,
    responsibility: "cluster-network-configuration",
    clusterTypes: MANAGED_CLUSTER_TYPES,
    facts: [
        {
            fact: "NetworkPolicy applies only to nodes that use Terway in shared ENI mode; it is not supported on exclusive-ENI nodes.",
            source: "https://www.alibabacloud.com/help/doc-detail/97621.htm",
            checked: "2026-12-01",
        },
        TERWAY_DEFAULT_FACT,
    ],
    resourceTypes: [T.ManagedKubernetes, T.Kubernetes, T.KubernetesAddon],
    check: (ctx) => {
        for (const cluster of clustersIn(ctx.resources)) {
            const cls = classifyOf(cluster);
            if (cls === undefined || cls.clusterType !== "ack-managed") continue; // serverless, ACS and edge: see above
            const addons = addonsOf(cluster, ctx.resources);
            const flannel = findAddon(addons, ["flannel"]);
            if (flannel !== undefined) {
                ctx.report(cluster, {
                    path: flannel.where,
                    found: "the flannel network plugin",
                    expected: `Terway in shared-ENI mode (${TERWAY_SHARED_ENI}) with NetworkPolicy on`,
                    why: "Flannel does not enforce Kubernetes NetworkPolicy, so pods cannot be isolated from each other.",
                    fix: `replace the flannel add-on with ${FIX_CONFIG} and set \`podVswitchIds\` (the plugin is fixed at creation: a new cluster is needed).`,
                });
                continue;
            }
            const shared = findAddon(addons, [TERWAY_SHARED_ENI]);
            if (shared === undefined) {
                const exclusive = findAddon(addons, [TERWAY_EXCLUSIVE_ENI]);
                const controlplane = findAddon(addons, [TERWAY_CONTROLPLANE]);
                ctx.report(cluster, {
                    path: exclusive?.where ?? controlplane?.where ?? "addons",
                    found: exclusive !== undefined
                        ? `Terway in exclusive-ENI mode (${TERWAY_EXCLUSIVE_ENI})`
                        : controlplane !== undefined
                            ? `${TERWAY_CONTROLPLANE} without ${TERWAY_SHARED_ENI} (${describeAddons(addons)})`
                            : `no network plugin declared (${describeAddons(addons)})`,
                    expected: `Terway in shared-ENI mode (${TERWAY_SHARED_ENI}) with NetworkPolicy on`,
                    why: exclusive !== undefined
                        ? "ACK does not support NetworkPolicy on nodes in exclusive-ENI mode, so pods cannot be isolated from each other."
                        : controlplane !== undefined
                            ? `${TERWAY_CONTROLPLANE} is Terway's control-plane component, not a network plugin; NetworkPolicy needs ${TERWAY_SHARED_ENI}.`
                            : "The plugin ACK picks when none is declared is not stated for this API; declare Terway so that NetworkPolicy works.",
                    fix: `add ${FIX_CONFIG} to \`addons\` and set \`podVswitchIds\` at cluster creation.`,
                });
                continue;
            }
            const np = networkPolicyOf(shared);
            // An omitted switch is undocumented: ack-cluster-terway-networkpolicy-unset warns about it instead of blocking.
            if (!np.on && np.unset !== true) {
                ctx.report(cluster, {
                    path: `${shared.where}.config`,
                    found: np.found,
                    expected: "NetworkPolicy: \"true\" in the terway-eniip add-on config",
                    why: "Terway enforces Kubernetes NetworkPolicy only when the add-on's NetworkPolicy switch is on; otherwise NetworkPolicy objects are accepted but pods stay reachable from every other pod.",
                    fix: `set the add-on to ${FIX_CONFIG}, keeping its other config keys.`,
                });
            }
        }
    },
});
