// A fully managed, hardened node pool: the base the node-pool examples mutate.
export const MANAGED_POOL = {
    clusterId: "c-1234567890abcdef",
    nodePoolName: "workers",
    vswitchIds: ["vsw-a", "vsw-b"],
    instanceTypes: ["ecs.g7.xlarge"],
    desiredSize: "3",
    imageType: "AliyunLinux3",
    management: {
        enable: true,
        autoRepair: true,
        autoRepairPolicy: { restartNode: true },
        autoUpgrade: true,
        autoUpgradePolicy: { autoUpgradeKubelet: true },
        autoVulFix: true,
        autoVulFixPolicy: { vulLevel: "asap,later", restartNode: true },
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
