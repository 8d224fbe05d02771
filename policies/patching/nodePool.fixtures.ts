// A node pool with every automation ACK offers today (autoRepair, autoVulFix at asap and later),
// on a system image: the base the node-pool examples mutate. No field ACK removed on 2026-01-31
// (management.enable, autoUpgrade, autoUpgradePolicy, autoVulFixPolicy.restartNode) appears here.
export const MANAGED_POOL = {
    clusterId: "c-1234567890abcdef",
    nodePoolName: "workers",
    vswitchIds: ["vsw-a", "vsw-b"],
    instanceTypes: ["ecs.g7.xlarge"],
    desiredSize: "3",
    imageType: "AliyunLinux3",
    management: {
        autoRepair: true,
        autoRepairPolicy: { restartNode: true },
        autoVulFix: true,
        autoVulFixPolicy: { vulLevel: "asap,later" },
        maxUnavailable: 1,
    },
};

/** MANAGED_POOL with its management block replaced (or removed with `undefined`). */
export function poolWithManagement(management: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const { management: _, ...rest } = MANAGED_POOL;
    return management === undefined ? { ...rest, ...extra } : { ...rest, management, ...extra };
}

/** MANAGED_POOL with some management fields changed. */
export function poolWith(fields: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { ...MANAGED_POOL, management: { ...MANAGED_POOL.management, ...fields }, ...extra };
}

/** What programs written before 2026-01-31 set: the master switch and the pool-level upgrade. */
export const LEGACY_MANAGEMENT = {
    enable: true,
    autoUpgrade: true,
    autoUpgradePolicy: { autoUpgradeKubelet: true },
};
