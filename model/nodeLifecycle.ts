// The node lifecycle model: what Alibaba Cloud automates for a node pool's nodes, and what stays
// the customer's. Every patching, kubelet and runtime policy asks here; none re-derives it.
//
// ACK re-cut node pool management (announcement of 2025-08-14, in force 2026-01-31):
//  - OS CVE fixing is automated only when `management.autoVulFix` is true, at the priorities of
//    `autoVulFixPolicy.vulLevel` (ACK default: asap only); the kernel package is excluded by default;
//  - node repair is automated only when `management.autoRepair` is true;
//  - both default to false since 2025-08-31; `management.enable` (the old master switch),
//    `autoUpgrade`, `autoUpgradePolicy` and `autoVulFixPolicy.restartNode` were removed from the API
//    on 2026-01-31, so they no longer make a pool managed (the provider still accepts and sends them);
//  - kubelet and container runtime updates of managed pools come only from cluster auto-upgrade
//    (`operationPolicy.clusterAutoUpgrade.enabled`) with an enabled maintenance window.
// Auto mode pools are run by Alibaba Cloud whatever the program says; edge node pools (`type:
// "edge"`) are machines the customer joins and ACK never patches; a custom OS image turns automated
// OS patching off.
import type { DatedFact } from "./policy";
import { asArray, asBool, asObject, asString, present } from "./props";
import { ClusterType } from "./responsibility";
import { PropsOf, propsAs, T } from "./resources";

/** NodePool inputs, checked against the SDK; any subset may be set. */
export type NodePoolProps = Partial<PropsOf[typeof T.NodePool]>;

export const NODE_POOL_CHANGES_URL =
    "https://www.alibabacloud.com/help/en/ack/product-overview/announcement-on-security-vulnerabilithy-fixes-and-automatic-upgrades-for-managed-node-pools";
export const CLUSTER_AUTO_UPGRADE_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/automatically-upgrade-an-ack-cluster";
export const MANAGED_POOL_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/overview-of-managed-node-pools";
export const CVE_PATCHING_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/cve-patching";

/** The dated facts the lifecycle model rests on (policies that use it cite the ones they need). */
export const LIFECYCLE_FACTS = {
    removedFields: {
        fact: "ACK removed node pool management.enable, management.auto_upgrade, management.auto_upgrade_policy and auto_vul_fix_policy.restart_node from CreateClusterNodePool / ModifyClusterNodePool on 2026-01-31; automation is now the two switches auto_repair and auto_vul_fix.",
        source: NODE_POOL_CHANGES_URL,
        checked: "2026-12-01",
    },
    defaultsOff: {
        fact: "management.auto_repair and management.auto_vul_fix default to false for new node pools since 2025-08-31 (before, they followed management.enable).",
        source: NODE_POOL_CHANGES_URL,
        checked: "2026-12-01",
    },
    kernelExcluded: {
        fact: "Automatic vulnerability fixing excludes the kernel package by default since 2025-08-05 (auto_vul_fix_policy.exclude_packages, which @pulumi/alicloud 3.108.0 does not expose); fixing also needs Security Center's vulnerability fixing (Ultimate or pay-as-you-go).",
        source: NODE_POOL_CHANGES_URL,
        checked: "2026-12-01",
    },
    clusterUpgrade: {
        fact: "Since 2026-01-31 kubelet and container runtime updates of managed node pools come only from cluster auto-upgrade (operation_policy.cluster_auto_upgrade) within the cluster's maintenance window.",
        source: NODE_POOL_CHANGES_URL,
        checked: "2026-12-01",
    },
    vulLevelDefault: {
        fact: "auto_vul_fix_policy.vul_level takes asap (high), later (medium) and nntf (low); with auto_vul_fix on and vul_level unset ACK fixes asap only.",
        source: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/developer-reference/api-cs-2015-12-15-createclusternodepool",
        checked: "2026-12-01",
    },
} satisfies Record<string, DatedFact>;

/** The node pool fields ACK removed on 2026-01-31, as Pulumi property paths, with what replaced each. */
export const RETIRED_POOL_FIELDS: { path: string; replacedBy: string }[] = [
    { path: "management.enable", replacedBy: "the two independent switches `management.autoRepair` and `management.autoVulFix`" },
    { path: "management.autoUpgrade", replacedBy: "cluster auto-upgrade (`operationPolicy.clusterAutoUpgrade` with a `maintenanceWindow` on the cluster)" },
    { path: "management.autoUpgradePolicy", replacedBy: "cluster auto-upgrade (`operationPolicy.clusterAutoUpgrade` with a `maintenanceWindow` on the cluster)" },
    { path: "management.autoVulFixPolicy.restartNode", replacedBy: "nothing: ACK decides node restarts for CVE fixes itself" },
];

/** Security Center vulnerability priorities accepted by `autoVulFixPolicy.vulLevel`. */
export const VUL_LEVELS = ["asap", "later", "nntf"] as const;
/** What ACK fixes when `autoVulFix` is on and `vulLevel` is not set. */
export const DEFAULT_VUL_LEVELS = ["asap"];

export interface PoolLifecycle {
    /** Auto mode: Alibaba Cloud runs management, image and hardening itself and ignores the program's values. */
    autoMode: boolean;
    /** An ACK Edge edge node pool (`type: "edge"`): machines the customer joins; ACK never patches them. */
    edge: boolean;
    /** Custom OS image: automated OS patching does not apply; the customer patches manually. */
    customImage: boolean;
    /** How the image was recognised as custom, for messages (`imageType "Custom"`, `imageId "m-..."`). */
    imageWhy: string;
    /** Whether the program has a management block at all. */
    hasManagement: boolean;
    /** `management.autoVulFix` is true. */
    cveFix: boolean;
    /** The priorities fixed when `cveFix`: the explicit `vulLevel` list, or ACK's default (asap). */
    vulLevels: string[];
    /** `autoVulFixPolicy.vulLevel` as the program wrote it, if it is a string. */
    vulLevelSet?: string;
    /** `management.autoRepair` is true. */
    repair: boolean;
    /** A managed node pool in today's sense: Alibaba Cloud automates CVE fixing or repair for it. */
    managed: boolean;
    /** The retired fields (RETIRED_POOL_FIELDS paths) the program sets. */
    retiredFieldsSet: string[];
    /** Human-readable summary, for messages. */
    why: string;
}

/** True for `cs.NodePool` with `type: "edge"` (the API value for an ACK Edge edge node pool). */
export function isEdgePool(props: NodePoolProps | null | undefined): boolean {
    return asString(props?.type)?.toLowerCase() === "edge";
}

/** An ECS custom image id (`m-...`); public system images are named like `aliyun_3_x64_20G_alibase_....vhd`. */
export function isCustomImageId(imageId: string): boolean {
    return /^m-[a-z0-9]+$/i.test(imageId);
}

function vulLevelList(v: string | undefined): string[] {
    if (v === undefined) return [];
    return [...new Set(v.split(",").map((s) => s.trim().toLowerCase()).filter((s) => s !== ""))];
}

/**
 * The lifecycle of a cs.NodePool as ACK runs it today. Reads through the preview proxy: an unknown
 * value on the way throws, as the SDK intends, so an unknown never turns into a verdict.
 */
export function nodePoolLifecycle(props: NodePoolProps | null | undefined): PoolLifecycle {
    const autoMode = asBool(props?.autoMode?.enabled) === true;
    const edge = isEdgePool(props);
    const block = props?.management;
    // asObject: a block that is null, an array or a primitive counts as absent.
    const management = asObject(block) === undefined ? undefined : block;
    const imageType = asString(props?.imageType);
    const imageId = asString(props?.imageId);
    let imageWhy = "";
    if (imageId !== undefined && isCustomImageId(imageId)) imageWhy = `imageId ${JSON.stringify(imageId)}`;
    else if (imageType?.toLowerCase() === "custom") imageWhy = `imageType ${JSON.stringify(imageType)}`;
    const customImage = !autoMode && imageWhy !== "";
    const cveFix = asBool(management?.autoVulFix) === true;
    const repair = asBool(management?.autoRepair) === true;
    const vulLevelSet = typeof management?.autoVulFixPolicy?.vulLevel === "string" ? management.autoVulFixPolicy.vulLevel : undefined;
    const explicit = vulLevelList(asString(vulLevelSet));
    // Raw slots, not proxied reads: a retired field that is unknown at preview is still "set", and
    // must not turn every other verdict on the pool into "can't be known".
    const retiredFieldsSet = management === undefined ? [] : RETIRED_POOL_FIELDS.map((f) => f.path).filter((path) => {
        const [, a, b] = path.split(".");
        if (b === undefined) return present(management, a);
        return present(Object.getOwnPropertyDescriptor(management, a)?.value, b);
    });
    const managed = autoMode || cveFix || repair;
    const why = autoMode ? "auto mode node pool (autoMode.enabled = true)"
        : edge ? "edge node pool (type \"edge\")"
        : management === undefined ? "node pool without a management block"
        : managed ? `managed node pool (${[cveFix ? "autoVulFix" : "", repair ? "autoRepair" : ""].filter((s) => s).join(" and ")} on)`
        : "node pool whose management block turns on neither autoVulFix nor autoRepair";
    return {
        autoMode,
        edge,
        customImage,
        imageWhy,
        hasManagement: management !== undefined,
        cveFix,
        vulLevels: cveFix ? (explicit.length > 0 ? explicit : [...DEFAULT_VUL_LEVELS]) : [],
        vulLevelSet,
        repair,
        managed,
        retiredFieldsSet,
        why,
    };
}

/** Which column of the seed's table the pool's node OS patching falls in. */
export function osPatchingColumn(pool: PoolLifecycle): ClusterType {
    if (pool.edge) return "ack-edge";
    return pool.managed && !pool.customImage ? "ack-managed-node-pools" : "ack-managed";
}

/** Whether a cluster upgrades its managed pools' kubelet and runtime itself, and why (for messages). */
export interface ClusterUpgrade {
    automated: boolean;
    why: string;
}

export const AUTO_MODE_UPGRADE_URL = "https://help.aliyun.com/en/ack/ack-managed-and-ack-dedicated/user-guide/auto-mode-auto-upgrade";

/** Auto Mode clusters upgrade themselves unless told not to. */
export const AUTO_MODE_FACT: DatedFact = {
    fact: "ACK Auto Mode clusters have automatic Kubernetes version upgrades enabled by default at creation (no need to enable them); the upgrade covers the control plane, the data plane (kubelet and containerd) and core add-ons, within the maintenance window. The provider sends operation_policy only when the program sets it.",
    source: AUTO_MODE_UPGRADE_URL,
    checked: "2026-12-03",
};

/** True for a cs.ManagedKubernetes with `autoMode.enabled: true` (read through the preview proxy). */
export function isAutoModeCluster(cluster: { type: string; props: unknown }): boolean {
    return asBool(propsAs(cluster, T.ManagedKubernetes)?.autoMode?.enabled) === true;
}

/**
 * Cluster auto-upgrade with an enabled maintenance window: the only way, since 2026-01-31, that
 * ACK updates a managed pool's kubelet and container runtime. Only cs.ManagedKubernetes and
 * cs.ServerlessKubernetes have these settings. An Auto Mode cluster auto-upgrades (data plane
 * included) by default: it counts unless the program turns auto-upgrade or the window off.
 */
export function clusterUpgradesNodes(cluster: { type: string; name: string; props: unknown }): ClusterUpgrade {
    const p = propsAs(cluster, T.ManagedKubernetes, T.ServerlessKubernetes);
    if (p === undefined) {
        return { automated: false, why: `cluster ${cluster.name} is a resource without cluster auto-upgrade (${cluster.type.split(":").pop()})` };
    }
    const upgradeSet = asBool(p.operationPolicy?.clusterAutoUpgrade?.enabled);
    const windowSet = asBool(p.maintenanceWindow?.enable);
    if (isAutoModeCluster(cluster)) {
        if (upgradeSet !== false && windowSet !== false) return { automated: true, why: `cluster ${cluster.name} is an Auto Mode cluster, which auto-upgrades kubelet and containerd by default` };
        const off = [upgradeSet === false ? "operationPolicy.clusterAutoUpgrade.enabled" : "", windowSet === false ? "maintenanceWindow.enable" : ""].filter((s) => s);
        return { automated: false, why: `Auto Mode cluster ${cluster.name} sets ${off.join(" and ")} to false` };
    }
    const upgrade = upgradeSet === true;
    const window = windowSet === true;
    if (upgrade && window) return { automated: true, why: `cluster ${cluster.name} has auto-upgrade with an enabled maintenance window` };
    const missing = [upgrade ? "" : "operationPolicy.clusterAutoUpgrade.enabled", window ? "" : "maintenanceWindow.enable"].filter((s) => s);
    return { automated: false, why: `cluster ${cluster.name} does not set ${missing.join(" and ")} to true` };
}

/** The priorities of `required` that the pool's CVE fixing does not cover. */
export function missingVulLevels(pool: PoolLifecycle, required: unknown): string[] {
    const have = new Set(pool.vulLevels);
    return asArray(required).filter((l): l is string => typeof l === "string" && !have.has(l));
}
