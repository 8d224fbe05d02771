import { stackPolicy } from "../../model/policy";
import { T } from "../../model/resources";
import { addonsOf, classifyOf, clustersIn, findAddon } from "./common";
import { MANAGED_CLUSTER_TYPES } from "../../model/clusterSets";
import { FIX_CONFIG, networkPolicyOf, TERWAY_DEFAULT_FACT, TERWAY_SHARED_ENI } from "./clusterTerway";

// ack-cluster-terway blocks what is documented (Flannel, exclusive ENI, NetworkPolicy "false").
// Whether terway-eniip enforces NetworkPolicy when its config does not name the switch is not
// documented by ACK, so a program that omits it is warned, with what to set, instead of blocked.
export const clusterTerwayNetworkPolicyUnset = stackPolicy({
    name: "ack-cluster-terway-networkpolicy-unset",
    displayName: "Terway's NetworkPolicy switch is set explicitly",
    description: "A terway-eniip add-on whose config does not name NetworkPolicy is warned about: ACK does not document whether NetworkPolicy is enforced then, so the program should say `NetworkPolicy: \"true\"`.",
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "ACK does not document the add-on's NetworkPolicy default when the config omits it, so blocking would rest on a guess; the warning says what is undocumented and how to make it certain.",
    remediation: { does: false, why: "stack policy: the SDK remediates resource policies only; and the add-on config is fixed at cluster creation." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/use-network-policies",
    remediationSteps: `Declare ${FIX_CONFIG} at cluster creation, keeping the add-on's other config keys; check a running cluster with \`kubectl -n kube-system get cm eni-config -o jsonpath='{.data.disable_network_policy}'\` ("false" means NetworkPolicy is enforced).`,
    responsibility: "cluster-network-configuration",
    clusterTypes: MANAGED_CLUSTER_TYPES,
    facts: [TERWAY_DEFAULT_FACT],
    resourceTypes: [T.ManagedKubernetes, T.Kubernetes, T.KubernetesAddon],
    check: (ctx) => {
        for (const cluster of clustersIn(ctx.resources)) {
            if (classifyOf(cluster)?.clusterType !== "ack-managed") continue; // as ack-cluster-terway
            const addons = addonsOf(cluster, ctx.resources);
            if (findAddon(addons, ["flannel"]) !== undefined) continue; // ack-cluster-terway blocks it
            const shared = findAddon(addons, [TERWAY_SHARED_ENI]);
            if (shared === undefined) continue;
            const np = networkPolicyOf(shared);
            if (np.on || np.unset !== true) continue;
            ctx.report(cluster, {
                path: `${shared.where}.config`,
                found: `${np.found}: whether NetworkPolicy is enforced then is not documented by ACK`,
                expected: "NetworkPolicy: \"true\" in the terway-eniip add-on config",
                why: "Without the switch on, NetworkPolicy objects are accepted but pods stay reachable from every other pod; ACK's documentation does not say which way an omitted switch goes.",
                fix: `set the add-on to ${FIX_CONFIG}, keeping its other config keys.`,
            });
        }
    },
});
