// Hardened node resources: the base the runtime examples mutate. `undefined` removes a property
// (the harness drops undefined values, as the engine never sends them).

/** A cs.NodePool that passes every runtime policy. */
export const HARDENED_POOL = {
    clusterId: "c-1234567890abcdef",
    nodePoolName: "workers",
    vswitchIds: ["vsw-a", "vsw-b"],
    instanceTypes: ["ecs.g7.xlarge"],
    desiredSize: "3",
    imageType: "AliyunLinux3",
    runtimeName: "containerd",
    runtimeVersion: "1.6.36",
    securityHardeningOs: true,
    instanceMetadataOptions: { httpTokens: "required" },
    keyName: "ops-keypair",
    loginAsNonRoot: true,
    systemDiskCategory: "cloud_essd",
    systemDiskEncrypted: true,
    systemDiskKmsKey: "key-hzz62f1cb66fa42qo9ow7",
    dataDisks: [{ category: "cloud_essd", size: 120, encrypted: "true", kmsKeyId: "key-hzz62f1cb66fa42qo9ow7" }],
    containerdConfig: { registryMirrors: ["docker.io=https://registry.cn-hangzhou.aliyuncs.com"] },
    installCloudMonitor: true,
    management: { enable: true, autoRepair: true, autoVulFix: true, autoVulFixPolicy: { vulLevel: "asap,later" } },
};

/** HARDENED_POOL with fields replaced (or removed with `undefined`). */
export function pool(fields: Record<string, unknown> = {}): Record<string, unknown> {
    return { ...HARDENED_POOL, ...fields };
}

/** An auto mode pool: Alibaba Cloud ignores most node settings in it. */
export const AUTO_MODE_POOL = { clusterId: "c-1234567890abcdef", nodePoolName: "auto", vswitchIds: ["vsw-a"], autoMode: { enabled: true } };

/** An ACK Edge edge node pool (customer machines join it). */
export const EDGE_POOL = { clusterId: "c-1234567890abcdef", nodePoolName: "edge-site-1", type: "edge" };

/** cs.EdgeKubernetes with hardened cloud worker settings. */
export const EDGE_CLUSTER = {
    name: "edge",
    clusterSpec: "ack.pro.small",
    workerInstanceTypes: ["ecs.g7.xlarge"],
    workerNumber: 2,
    workerVswitchIds: ["vsw-a", "vsw-b"],
    runtime: { name: "containerd", version: "1.6.36" },
    keyName: "ops-keypair",
    installCloudMonitor: true,
    workerDataDisks: [{ category: "cloud_essd", size: "100", encrypted: "true" }],
    slbInternetEnabled: false,
};

/** cs.Kubernetes (dedicated) with hardened master node settings. */
export const DEDICATED_CLUSTER = {
    name: "dedicated",
    masterInstanceTypes: ["ecs.g7.xlarge", "ecs.g7.xlarge", "ecs.g7.xlarge"],
    masterVswitchIds: ["vsw-a", "vsw-b", "vsw-c"],
    runtime: { name: "containerd", version: "1.6.36" },
    keyName: "ops-keypair",
    installCloudMonitor: true,
    slbInternetEnabled: false,
};
