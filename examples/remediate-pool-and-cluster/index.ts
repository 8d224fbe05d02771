import * as alicloud from "@pulumi/alicloud";

const vpc = new alicloud.vpc.Network("vpc", { vpcName: "ack-prod", cidrBlock: "10.0.0.0/8" });
const vswA = new alicloud.vpc.Switch("vsw-a", { vpcId: vpc.id, cidrBlock: "10.1.0.0/16", zoneId: "cn-hangzhou-h" });
const vswB = new alicloud.vpc.Switch("vsw-b", { vpcId: vpc.id, cidrBlock: "10.2.0.0/16", zoneId: "cn-hangzhou-i" });
const secretsKey = new alicloud.kms.Key("ack-secrets", { description: "ACK Secret encryption", deletionProtection: "Enabled", pendingWindowInDays: 30, automaticRotation: "Enabled", rotationInterval: "365d" }, { protect: true });

const cluster = new alicloud.cs.ManagedKubernetes("ack", {
    clusterSpec: "ack.pro.small",
    version: "1.35.1-aliyun.1",
    vswitchIds: [vswA.id, vswB.id],
    serviceCidr: "172.21.0.0/20",
    podCidr: "172.20.0.0/16",
    slbInternetEnabled: false,
    // No deletionProtection: at level remediate, ack-cluster-deletion-protection sets it to true.
    isEnterpriseSecurityGroup: true,
    enableRrsa: true,
    encryptionProviderKey: secretsKey.id,
    disableEncryption: false,
    auditLogConfig: { enabled: true },
    controlPlaneLogComponents: ["apiserver", "kcm", "scheduler", "ccm"],
    controlPlaneLogTtl: "30",
    // ACK advises windows of at least 4 hours and 48 hours a month.
    maintenanceWindow: { enable: true, maintenanceTime: "2026-01-03T00:00:00.000+08:00", duration: "4h", weeklyPeriod: "Monday,Wednesday,Saturday" },
    operationPolicy: { clusterAutoUpgrade: { enabled: true, channel: "patch" } },
    addons: [
        { name: "terway-eniip", config: JSON.stringify({ NetworkPolicy: "true" }) },
        { name: "loongcollector" },
        { name: "gatekeeper" },
        { name: "policy-template-controller" },
        { name: "security-inspector" },
        // Image signature verification at admission.
        { name: "kritis-validation-hook" },
        { name: "ack-ram-authenticator" },
    ],
});

new alicloud.cs.NodePool("workers", {
    clusterId: cluster.id,
    nodePoolName: "workers",
    vswitchIds: [vswA.id, vswB.id],
    instanceTypes: ["ecs.g7.xlarge"],
    desiredSize: "3",
    imageType: "AliyunLinux3",
    runtimeName: "containerd",
    keyName: "ops-keypair",
    loginAsNonRoot: true,
    securityHardeningOs: true,
    systemDiskEncrypted: true,
    dataDisks: [{ category: "cloud_essd", size: 120, encrypted: "true" }],
    instanceMetadataOptions: { httpTokens: "required" },
    installCloudMonitor: true,
    // autoVulFix off: at level remediate, ack-nodepool-auto-vul-fix turns it on at the required
    // priorities (asap, later). Repair is on; kubelet and runtime updates come from the cluster's
    // auto-upgrade and maintenance window above.
    management: {
        autoRepair: true,
        autoVulFix: false,
        maxUnavailable: 1,
    },
    // Automatic CVE fixing leaves the kernel out by default: this team patches kernels.
    tags: { "kernel-patch-owner": "platform-team (runbook: wiki/kernel-patching)" },
});

// In-cluster policy governance: the baseline, enforced at admission.
const baseline: Record<string, Record<string, string>> = {
    ACKPSPPrivilegedContainer: {},
    ACKPSPHostNamespace: {},
    ACKPSPHostNetworkingPorts: { hostNetwork: "false", min: "0", max: "0" },
    ACKPSPHostFilesystem: { allowedHostPaths: JSON.stringify([]) },
    ACKAllowedRepos: { repos: JSON.stringify(["registry-vpc.cn-hangzhou.aliyuncs.com/", "acme-registry-vpc.cn-hangzhou.cr.aliyuncs.com/"]) },
};
for (const [policyName, parameters] of Object.entries(baseline)) {
    new alicloud.cs.KubernetesPolicyInstance(`deny-${policyName}`, { clusterId: cluster.id, policyName, action: "deny", parameters });
}
