import * as alicloud from "@pulumi/alicloud";

const key = new alicloud.kms.Key("ask-secrets", { description: "ACK Serverless Secret encryption", deletionProtection: "Enabled", pendingWindowInDays: 30, automaticRotation: "Enabled", rotationInterval: "365d" }, { protect: true });

new alicloud.cs.ServerlessKubernetes("ask", {
    clusterSpec: "ack.pro.small",
    version: "1.35.1-aliyun.1",
    vpcId: "vpc-bp1serverless0vpc",
    vswitchIds: ["vsw-bp1a2b3c4d5e6f7g8h9i0", "vsw-bp1z9y8x7w6v5u4t3s2r1"],
    endpointPublicAccessEnabled: false,
    deletionProtection: true,
    enableRrsa: true,
    encryptionProviderKey: key.id,
    disableEncryption: false,
    // ACK advises windows of at least 4 hours and 48 hours a month.
    maintenanceWindow: { enable: true, maintenanceTime: "2026-01-03T00:00:00.000+08:00", duration: "4h", weeklyPeriod: "Monday,Wednesday,Saturday" },
    operationPolicy: { clusterAutoUpgrade: { enabled: true, channel: "patch" } },
    // Pods on ECI: Alibaba Cloud patches the pod runtime; this team recreates pods after each patch.
    tags: { "pod-recreation-owner": "app-platform (runbook: wiki/eci-runtime-patches)" },
    addons: [{ name: "alibaba-log-controller" }, { name: "ack-ram-authenticator" }],
});
