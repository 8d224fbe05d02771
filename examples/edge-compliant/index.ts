import * as alicloud from "@pulumi/alicloud";

const key = new alicloud.kms.Key("edge-secrets", { description: "ACK Edge Secret encryption", deletionProtection: "Enabled", pendingWindowInDays: 30, automaticRotation: "Enabled", rotationInterval: "365d" }, { protect: true });

const edge = new alicloud.cs.ManagedKubernetes("edge", {
    profile: "Edge",
    clusterSpec: "ack.pro.small",
    version: "1.35.1-aliyun.1",
    vswitchIds: ["vsw-bp1a2b3c4d5e6f7g8h9i0", "vsw-bp1z9y8x7w6v5u4t3s2r1"],
    slbInternetEnabled: false,
    deletionProtection: true,
    isEnterpriseSecurityGroup: true,
    enableRrsa: true,
    encryptionProviderKey: key.id,
    disableEncryption: false,
    auditLogConfig: { enabled: true },
    controlPlaneLogComponents: ["apiserver", "kcm", "scheduler", "ccm"],
    controlPlaneLogTtl: "30",
    // ACK advises windows of at least 4 hours and 48 hours a month.
    maintenanceWindow: { enable: true, maintenanceTime: "2026-01-03T00:00:00.000+08:00", duration: "4h", weeklyPeriod: "Monday,Wednesday,Saturday" },
    operationPolicy: { clusterAutoUpgrade: { enabled: true, channel: "patch" } },
    // Edge nodes are not upgraded automatically: this team upgrades and patches them after each cluster upgrade.
    tags: { "edge-node-owner": "store-ops (runbook: wiki/edge-node-upgrades)" },
    addons: [
        { name: "flannel" },
        { name: "loongcollector" },
        { name: "ack-ram-authenticator" },
        { name: "gatekeeper" },
        { name: "policy-template-controller" },
        { name: "security-inspector" },
    ],
});

// In-cluster policy governance (ACK publishes its policy library for ACK Edge too): the baseline, enforced at admission.
const baseline: Record<string, Record<string, string>> = {
    ACKPSPPrivilegedContainer: {},
    ACKPSPHostNamespace: {},
    ACKPSPHostNetworkingPorts: { hostNetwork: "false", min: "0", max: "0" },
    ACKPSPHostFilesystem: { allowedHostPaths: JSON.stringify([]) },
    ACKAllowedRepos: { repos: JSON.stringify(["acme-registry-vpc.cn-hangzhou.cr.aliyuncs.com/"]) },
};
for (const [policyName, parameters] of Object.entries(baseline)) {
    new alicloud.cs.KubernetesPolicyInstance(`deny-${policyName}`, { clusterId: edge.id, policyName, action: "deny", parameters });
}

// An edge node pool: machines the team joins (stores, ENS). It cannot be a managed node pool and
// ACK never patches it, so only ack-edge-node-patch-owner (the cluster's owner tag) judges it.
new alicloud.cs.NodePool("stores", {
    clusterId: edge.id,
    nodePoolName: "stores",
    type: "edge",
    runtimeName: "containerd",
});

// A cloud node pool of the Edge cluster is an ordinary ECS pool, judged like any other.
new alicloud.cs.NodePool("cloud", {
    clusterId: edge.id,
    nodePoolName: "cloud",
    vswitchIds: ["vsw-bp1a2b3c4d5e6f7g8h9i0", "vsw-bp1z9y8x7w6v5u4t3s2r1"],
    instanceTypes: ["ecs.g7.xlarge"],
    desiredSize: "2",
    imageType: "AliyunLinux3",
    runtimeName: "containerd",
    keyName: "ops-keypair",
    loginAsNonRoot: true,
    securityHardeningOs: true,
    systemDiskEncrypted: true,
    instanceMetadataOptions: { httpTokens: "required" },
    installCloudMonitor: true,
    management: { autoRepair: true, autoVulFix: true, autoVulFixPolicy: { vulLevel: "asap,later" } },
    tags: { "kernel-patch-owner": "store-ops (runbook: wiki/kernel-patching)" },
});

export const edgeClusterId = edge.id;
