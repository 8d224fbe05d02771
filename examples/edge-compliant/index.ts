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
    maintenanceWindow: { enable: true, maintenanceTime: "2026-01-03T03:00:00.000+08:00", duration: "3h", weeklyPeriod: "Saturday" },
    operationPolicy: { clusterAutoUpgrade: { enabled: true, channel: "patch" } },
    // Edge nodes are not upgraded automatically: this team upgrades and patches them after each cluster upgrade.
    tags: { "edge-node-owner": "store-ops (runbook: wiki/edge-node-upgrades)" },
    addons: [{ name: "flannel" }, { name: "loongcollector" }, { name: "ack-ram-authenticator" }],
});

export const edgeClusterId = edge.id;
