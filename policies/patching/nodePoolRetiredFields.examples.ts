import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { LEGACY_MANAGEMENT, MANAGED_POOL, poolWith, poolWithManagement } from "./nodePool.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-retired-fields",
    resourceType: T.NodePool,
    compliant: [
        { title: "only the fields ACK honours", props: MANAGED_POOL, outcome: { kind: "pass" } },
        { title: "autoRepairPolicy.restartNode is still a field (only autoVulFixPolicy.restartNode was removed)", props: poolWith({ autoRepairPolicy: { restartNode: false } }), outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "the pre-2026 management block",
            props: poolWith(LEGACY_MANAGEMENT),
            outcome: { kind: "violation", messageIncludes: ["management.enable, management.autoUpgrade, management.autoUpgradePolicy: found set, expected not set (ACK ignores them since 2026-01-31)", "management.autoUpgrade: cluster auto-upgrade", "management.enable: the two independent switches"] },
        },
        {
            title: "restartNode in autoVulFixPolicy",
            props: poolWith({ autoVulFixPolicy: { vulLevel: "asap,later", restartNode: true } }),
            outcome: { kind: "violation", messageIncludes: ["management.autoVulFixPolicy.restartNode: found set", "ACK decides node restarts"] },
        },
        { title: "enable: false is as retired as enable: true", props: poolWith({ enable: false }), outcome: { kind: "violation", messageIncludes: ["management.enable: found set"] } },
    ],
    omitted: [
        { title: "no management block", props: poolWithManagement(undefined), outcome: { kind: "pass" } },
    ],
    unknown: [
        // A retired field is reported whatever its value, so an unknown one is still reported.
        { title: "a retired field computed at preview is still set", props: poolWith({ autoUpgrade: UNKNOWN }), outcome: { kind: "violation", messageIncludes: ["management.autoUpgrade: found set"] } },
        { title: "the management block computed at preview", props: poolWithManagement(UNKNOWN), outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "auto mode pool", props: poolWith(LEGACY_MANAGEMENT, { autoMode: { enabled: true } }), outcome: { kind: "not-applicable", reasonIncludes: "auto mode" } },
    ],
};
