import * as alicloud from "@pulumi/alicloud";

// The cluster lives in another stack; this stack adds a GPU pool on a hardened custom image.
// That cluster auto-upgrades (verified by the platform team): policy.json lists its id, so the
// kubelet advisory for pools of clusters outside the stack passes, saying why.
const clusterId = "c8a1f0e2d4b6a4c3e9f1d2b3a4c5d6e7f";

new alicloud.cs.NodePool("gpu-workers", {
    clusterId,
    nodePoolName: "gpu-workers",
    vswitchIds: ["vsw-bp1a2b3c4d5e6f7g8h9i0", "vsw-bp1z9y8x7w6v5u4t3s2r1"],
    instanceTypes: ["ecs.gn7i-c8g1.2xlarge"],
    desiredSize: "1",
    imageType: "Custom",
    imageId: "m-bp1gpu0custom0image",
    // Automated CVE patching does not apply to custom images: this team patches and rebuilds the image.
    tags: { "os-patch-owner": "ml-platform (runbook: wiki/gpu-image-patching)" },
    runtimeName: "containerd",
    keyName: "ops-keypair",
    loginAsNonRoot: true,
    securityHardeningOs: true,
    systemDiskEncrypted: true,
    dataDisks: [{ category: "cloud_essd", size: 200, encrypted: "true" }],
    instanceMetadataOptions: { httpTokens: "required" },
    installCloudMonitor: true,
    management: {
        autoRepair: true,
        autoVulFix: true,
        autoVulFixPolicy: { vulLevel: "asap,later" },
    },
});
