// Compliant clusters of each type: the base the cluster examples mutate. `undefined` removes a
// property (the harness drops undefined values, as the engine never sends them).

export const KMS_KEY_ID = "key-hzz62f1cb66fa42qo9ow7";

/** Terway in shared-ENI mode with NetworkPolicy on, as ACK's add-on config spells it. */
export const TERWAY = { name: "terway-eniip", config: JSON.stringify({ NetworkPolicy: "true" }) };

// ACK advises windows of at least 4 hours and 48 hours a month: 3 x 4 hours a week.
const WINDOW = { enable: true, maintenanceTime: "2026-01-03T00:00:00.000+08:00", duration: "4h", weeklyPeriod: "Monday,Wednesday,Saturday" };
const AUTO_UPGRADE = { clusterAutoUpgrade: { enabled: true, channel: "patch" } };

/** cs.ManagedKubernetes, ACK Pro, private, encrypted, logged, Terway. */
export const MANAGED = {
    name: "prod",
    clusterSpec: "ack.pro.small",
    vswitchIds: ["vsw-a", "vsw-b"],
    podVswitchIds: ["vsw-pa", "vsw-pb"],
    slbInternetEnabled: false,
    deletionProtection: true,
    encryptionProviderKey: KMS_KEY_ID,
    disableEncryption: false,
    isEnterpriseSecurityGroup: true,
    enableRrsa: true,
    auditLogConfig: { enabled: true },
    controlPlaneLogComponents: ["apiserver", "kcm", "scheduler", "ccm"],
    controlPlaneLogTtl: "30",
    maintenanceWindow: WINDOW,
    operationPolicy: AUTO_UPGRADE,
    addons: [TERWAY, { name: "loongcollector" }, { name: "csi-plugin" }],
};

/** cs.ServerlessKubernetes, Pro, private. */
export const SERVERLESS = {
    name: "ask",
    clusterSpec: "ack.pro.small",
    vswitchIds: ["vsw-a", "vsw-b"],
    endpointPublicAccessEnabled: false,
    deletionProtection: true,
    encryptionProviderKey: KMS_KEY_ID,
    disableEncryption: false,
    enableRrsa: true,
    maintenanceWindow: WINDOW,
    operationPolicy: AUTO_UPGRADE,
    addons: [{ name: "alibaba-log-controller" }],
};

/** cs.EdgeKubernetes (deprecated resource), private. */
export const EDGE = {
    name: "edge",
    clusterSpec: "ack.pro.small",
    workerInstanceTypes: ["ecs.g7.xlarge"],
    workerNumber: 2,
    workerVswitchIds: ["vsw-a", "vsw-b"],
    slbInternetEnabled: false,
    deletionProtection: true,
    isEnterpriseSecurityGroup: true,
    addons: [{ name: "flannel" }, { name: "logtail-ds" }],
};

/** cs.Kubernetes (dedicated; deprecated resource), private. */
export const DEDICATED = {
    name: "dedicated",
    masterInstanceTypes: ["ecs.g7.xlarge", "ecs.g7.xlarge", "ecs.g7.xlarge"],
    masterVswitchIds: ["vsw-a", "vsw-b", "vsw-c"],
    slbInternetEnabled: false,
    deletionProtection: true,
    isEnterpriseSecurityGroup: true,
    addons: [TERWAY, { name: "logtail-ds" }],
};
