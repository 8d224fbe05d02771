import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { MANAGED_POOL, poolWith, poolWithManagement } from "./nodePool.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-auto-upgrade-kubelet",
    resourceType: T.NodePool,
    compliant: [{ title: "auto upgrade with kubelet", props: MANAGED_POOL, outcome: { kind: "pass" } }],
    violating: [
        {
            title: "auto upgrade on, kubelet upgrade off",
            props: poolWith({ autoUpgradePolicy: { autoUpgradeKubelet: false } }),
            outcome: { kind: "violation", messageIncludes: ["found management.autoUpgradePolicy.autoUpgradeKubelet = false"], messageExcludes: ["management.autoUpgrade = "] },
        },
        {
            title: "auto upgrade off",
            props: poolWith({ autoUpgrade: false }),
            outcome: { kind: "violation", messageIncludes: ["found management.autoUpgrade = false"] },
        },
    ],
    omitted: [
        {
            title: "autoUpgradePolicy not set",
            props: poolWith({ autoUpgradePolicy: undefined }),
            outcome: { kind: "violation", messageIncludes: ["management.autoUpgradePolicy.autoUpgradeKubelet not set"] },
        },
        {
            title: "no management block",
            props: poolWithManagement(undefined),
            outcome: { kind: "violation", messageIncludes: ["found node pool without a management block"] },
        },
    ],
    unknown: [{ title: "autoUpgrade computed at preview", props: poolWith({ autoUpgrade: UNKNOWN }), outcome: { kind: "unknown" } }],
    more: [{ title: "auto mode pool", props: poolWithManagement(undefined, { autoMode: { enabled: true } }), outcome: { kind: "not-applicable", reasonIncludes: "auto mode" } }],
};
