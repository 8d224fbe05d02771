import { resourcePolicy } from "../../model/policy";
import { asBool } from "../../model/props";
import { T } from "../../model/resources";
import { describeManagementField, judgedPool, MANAGED_POOL_URL } from "./common";

// kubelet updates are the customer's on unmanaged pools; a managed pool automates them only
// with autoUpgrade on and autoUpgradePolicy.autoUpgradeKubelet on.
export const nodePoolAutoUpgradeKubelet = resourcePolicy({
    name: "ack-nodepool-auto-upgrade-kubelet",
    displayName: "Node pools update kubelet automatically",
    description: "Managed node pools must enable auto upgrade with automatic kubelet updates.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "The seed makes kubelet version updates the customer's on ACK managed clusters unless the managed pool automates them.",
    url: MANAGED_POOL_URL,
    remediationSteps: "Set `management.autoUpgrade: true` and `management.autoUpgradePolicy.autoUpgradeKubelet: true`.",
    responsibility: "kubelet-updates",
    clusterTypes: ["ack-managed"],
    resourceTypes: [T.NodePool],
    check: (props, ctx) => {
        const pool = judgedPool(props, ctx);
        const autoUpgrade = props.management?.autoUpgrade;
        const kubelet = props.management?.autoUpgradePolicy?.autoUpgradeKubelet;
        const unmet: string[] = [];
        if (!pool.managed) {
            unmet.push(pool.why);
        } else {
            if (asBool(autoUpgrade) !== true) {
                unmet.push(describeManagementField(props, "autoUpgrade", autoUpgrade));
            }
            if (asBool(kubelet) !== true) {
                unmet.push(describeManagementField(props, "autoUpgradePolicy.autoUpgradeKubelet", kubelet));
            }
        }
        if (unmet.length > 0) {
            ctx.report({
                path: "management.autoUpgrade, management.autoUpgradePolicy.autoUpgradeKubelet",
                found: unmet.join("; "),
                expected: "management.enable = true, autoUpgrade = true, autoUpgradePolicy.autoUpgradeKubelet = true",
                why: "Otherwise kubelet stays at its version until the customer upgrades it by hand.",
                fix: "set `management: { enable: true, autoUpgrade: true, autoUpgradePolicy: { autoUpgradeKubelet: true } }`.",
            });
        }
    },
});
