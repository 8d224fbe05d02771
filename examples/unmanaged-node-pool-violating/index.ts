import * as alicloud from "@pulumi/alicloud";

// The cluster comes from another stack: only its id is known here.
const clusterId = "c8a1f0e2d4b6a4c3e9f1d2b3a4c5d6e7f";

// No management block: the customer must patch the OS and update kubelet by hand.
new alicloud.cs.NodePool("legacy-workers", {
    clusterId,
    nodePoolName: "legacy-workers",
    vswitchIds: ["vsw-bp1a2b3c4d5e6f7g8h9i0"],
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
});

// A program written before 2026: the old master switch and pool-level upgrade, which ACK removed on
// 2026-01-31. It automates nothing now, and the retired fields get an advisory of their own.
new alicloud.cs.NodePool("stale-workers", {
    clusterId,
    nodePoolName: "stale-workers",
    vswitchIds: ["vsw-bp1a2b3c4d5e6f7g8h9i0"],
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
    management: { enable: true },
});

// Managed, but on a custom image: automated CVE patching does not apply and no owner is named.
new alicloud.cs.NodePool("gpu-workers", {
    clusterId,
    nodePoolName: "gpu-workers",
    vswitchIds: ["vsw-bp1a2b3c4d5e6f7g8h9i0"],
    instanceTypes: ["ecs.gn7i-c8g1.2xlarge"],
    desiredSize: "1",
    imageType: "Custom",
    imageId: "m-bp1gpu0custom0image",
    runtimeName: "containerd",
    keyName: "ops-keypair",
    loginAsNonRoot: true,
    securityHardeningOs: true,
    systemDiskEncrypted: true,
    instanceMetadataOptions: { httpTokens: "required" },
    installCloudMonitor: true,
    management: { autoRepair: true, autoVulFix: true, autoVulFixPolicy: { vulLevel: "asap,later" } },
});
