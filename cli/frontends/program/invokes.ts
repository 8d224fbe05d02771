// Results for the data sources (invokes) a program calls under `ackguard preview`. Offline there is no
// provider to ask, so the data sources ACK programs commonly read get plausible, self-consistent
// defaults (a region with three zones, a VPC with a vSwitch per zone, a current Kubernetes
// version...), a `--mocks FILE` answers anything else, and whatever is left echoes its inputs and is
// listed in the report, so a program that took a branch on a made-up value does not go unnoticed.
import * as fs from "fs";
import * as path from "path";

export type InvokeSource = "mocks" | "default" | "echo";

export type InvokeAnswer = (inputs: Record<string, unknown>) => Record<string, unknown>;

const REGION = "cn-hangzhou";
const ZONES = ["cn-hangzhou-i", "cn-hangzhou-j", "cn-hangzhou-k"];
const INSTANCE_TYPES = ["ecs.g7.xlarge", "ecs.g7.2xlarge", "ecs.c7.xlarge"];
const K8S_VERSION = "1.33.3-aliyun.1";

const ids = <T extends { id: string }>(xs: T[]) => xs.map((x) => x.id);

function zones(inputs: Record<string, unknown>) {
    const list = ZONES.map((id) => ({
        id,
        localName: id,
        availableInstanceTypes: INSTANCE_TYPES,
        availableResourceCreations: ["VSwitch", "Instance", "Disk", "Slb"],
        availableDiskCategories: ["cloud_essd", "cloud_efficiency"],
        multiZoneIds: [],
        slbSlaveZoneIds: [],
    }));
    return { ...inputs, id: REGION, ids: ids(list), zones: list };
}

function instanceTypes(inputs: Record<string, unknown>) {
    const list = INSTANCE_TYPES.map((t, i) => ({
        id: t,
        family: t.split(".").slice(0, 2).join("."),
        cpuCoreCount: 4 * (i === 1 ? 2 : 1),
        memorySize: 16 * (i === 1 ? 2 : 1),
        availabilityZones: ZONES,
        eniAmount: 4,
        price: "",
        gpu: { amount: "0", category: "" },
        burstableInstance: { initialCredit: "", baselineCredit: "" },
        localStorage: { capacity: "", amount: "", category: "" },
    }));
    return { ...inputs, id: "instance-types", ids: ids(list), instanceTypes: list };
}

function images(inputs: Record<string, unknown>) {
    const list = [{
        id: "aliyun_3_x64_20G_alibase_20250629.vhd",
        imageId: "aliyun_3_x64_20G_alibase_20250629.vhd",
        name: "Alibaba Cloud Linux 3",
        osName: "Alibaba Cloud Linux 3.2104 LTS 64 bit",
        osNameEn: "Alibaba Cloud Linux 3.2104 LTS 64 bit",
        osType: "linux",
        platform: "Aliyun",
        architecture: "x86_64",
        imageOwnerAlias: "system",
        status: "Available",
        state: "Available",
        size: 20,
        creationTime: "2025-06-29T00:00:00Z",
        description: "",
        diskDeviceMappings: [],
        tags: {},
    }];
    return { ...inputs, id: "images", ids: ids(list), images: list };
}

function kubernetesVersion(inputs: Record<string, unknown>) {
    return {
        ...inputs,
        id: String(inputs.clusterType ?? "ManagedKubernetes"),
        clusterType: String(inputs.clusterType ?? "ManagedKubernetes"),
        metadatas: [{ version: K8S_VERSION, runtimes: [{ name: "containerd", version: "1.6.38" }] }],
    };
}

function networks(inputs: Record<string, unknown>) {
    const list = [{
        id: "vpc-offline0001", vpcId: "vpc-offline0001", vpcName: "default", cidrBlock: "10.0.0.0/8", regionId: REGION,
        isDefault: true, status: "Available", vswitchIds: ZONES.map((_, i) => `vsw-offline000${i + 1}`), routerId: "vrt-offline0001",
        vrouterId: "vrt-offline0001", routeTableId: "vtb-offline0001", resourceGroupId: "rg-offline0001", secondaryCidrBlocks: [], userCidrs: [],
        description: "", creationTime: "2025-01-01T00:00:00Z", tags: {},
    }];
    return { ...inputs, id: "vpcs", ids: ids(list), names: list.map((v) => v.vpcName), totalCount: list.length, vpcs: list };
}

function switches(inputs: Record<string, unknown>) {
    const list = ZONES.map((zoneId, i) => ({
        id: `vsw-offline000${i + 1}`, vswitchId: `vsw-offline000${i + 1}`, name: `default-${zoneId}`, vswitchName: `default-${zoneId}`,
        vpcId: String(inputs.vpcId ?? "vpc-offline0001"), zoneId, cidrBlock: `10.${i + 1}.0.0/16`, isDefault: true, status: "Available",
        availableIpAddressCount: 65000, resourceGroupId: "rg-offline0001", routeTableId: "vtb-offline0001", description: "",
        creationTime: "2025-01-01T00:00:00Z", enableIpv6: false, ipv6CidrBlock: "", tags: {},
    }));
    const zone = typeof inputs.zoneId === "string" ? inputs.zoneId : undefined;
    const picked = zone ? list.filter((s) => s.zoneId === zone) : list;
    return { ...inputs, id: "vswitches", ids: ids(picked), names: picked.map((s) => s.name), totalCount: picked.length, vswitches: picked };
}

/** Data sources that find nothing by default: an empty list is the honest offline answer. */
function emptyList(listKey: string, extra: Record<string, unknown> = {}): InvokeAnswer {
    return (inputs) => ({ ...inputs, id: listKey, ids: [], names: [], [listKey]: [], ...extra });
}

/** Default results, keyed by invoke token. */
export const DEFAULT_INVOKES: Record<string, InvokeAnswer> = {
    "alicloud:index/getZones:getZones": zones,
    "alicloud:index/getRegions:getRegions": (i) => ({ ...i, id: REGION, ids: [REGION], name: REGION, current: true, regions: [{ id: REGION, regionId: REGION, localName: "China (Hangzhou)" }] }),
    "alicloud:index/getAccount:getAccount": (i) => ({ ...i, id: "1234567890123456" }),
    "alicloud:index/getCallerIdentity:getCallerIdentity": (i) => ({ ...i, id: "1234567890123456", accountId: "1234567890123456", arn: "acs:ram::1234567890123456:root", identityType: "Account" }),
    "alicloud:ecs/getInstanceTypes:getInstanceTypes": instanceTypes,
    "alicloud:ecs/getImages:getImages": images,
    "alicloud:cs/getKubernetesVersion:getKubernetesVersion": kubernetesVersion,
    "alicloud:vpc/getNetworks:getNetworks": networks,
    "alicloud:vpc/getSwitches:getSwitches": switches,
    "alicloud:ecs/getKeyPairs:getKeyPairs": emptyList("keyPairs", { pairs: [] }),
    "alicloud:ecs/getEcsKeyPairs:getEcsKeyPairs": emptyList("keyPairs", { pairs: [] }),
    "alicloud:ecs/getSecurityGroups:getSecurityGroups": emptyList("groups", { totalCount: 0 }),
    "alicloud:ram/getPolicies:getPolicies": emptyList("policies"),
    "alicloud:ram/getRoles:getRoles": emptyList("roles"),
    "alicloud:ram/getUsers:getUsers": emptyList("users"),
    "alicloud:kms/getKeys:getKeys": emptyList("keys"),
    "alicloud:resourcemanager/getResourceGroups:getResourceGroups": emptyList("groups"),
    "alicloud:cs/getManagedKubernetesClusters:getManagedKubernetesClusters": emptyList("clusters"),
    "alicloud:cs/getKubernetesClusters:getKubernetesClusters": emptyList("clusters"),
    "alicloud:cs/getServerlessKubernetesClusters:getServerlessKubernetesClusters": emptyList("clusters"),
    "alicloud:cs/getEdgeKubernetesClusters:getEdgeKubernetesClusters": emptyList("clusters"),
    "alicloud:cs/getKubernetesAddons:getKubernetesAddons": (i) => ({ ...i, id: String(i.clusterId ?? "addons"), ids: [], names: [], addons: [] }),
};

export type MocksSpec = (token: string, inputs: Record<string, unknown>) => Record<string, unknown> | undefined;

/**
 * Loads `--mocks FILE`: a JSON object keyed by invoke token whose values are results, or a JS
 * module exporting the same object (values may be functions of the inputs) or a function
 * `(token, inputs) => result | undefined`.
 */
export function loadMocks(file: string): MocksSpec {
    const abs = path.resolve(file);
    let spec: unknown;
    if (/\.(c?js)$/.test(abs)) {
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        spec = require(abs);
        spec = (spec as { default?: unknown })?.default ?? spec;
    } else {
        spec = JSON.parse(fs.readFileSync(abs, "utf8"));
    }
    if (typeof spec === "function") {
        return (token, inputs) => (spec as MocksSpec)(token, inputs);
    }
    if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
        throw new Error("must be an object keyed by invoke token, or a function (token, inputs) => result");
    }
    const table = spec as Record<string, unknown>;
    return (token, inputs) => {
        if (!Object.prototype.hasOwnProperty.call(table, token)) return undefined;
        const v = table[token];
        return (typeof v === "function" ? v(inputs) : v) as Record<string, unknown>;
    };
}

/** Checks a --mocks file before the program runs, so a bad file is a one-line usage error. */
export function checkMocksFile(file: string): string | undefined {
    let st: fs.Stats;
    try {
        st = fs.statSync(file);
    } catch {
        return `--mocks ${file}: no such file`;
    }
    if (st.isDirectory()) return `--mocks ${file} is a directory, not a JSON file or JS module`;
    if (/\.(c?js)$/.test(file)) return undefined;
    try {
        const v = JSON.parse(fs.readFileSync(file, "utf8"));
        if (v === null || typeof v !== "object" || Array.isArray(v)) return `--mocks ${file} must be a JSON object keyed by invoke token`;
    } catch (e) {
        return `--mocks ${file} is not valid JSON: ${(e as Error).message.split("\n")[0].slice(0, 200)}`;
    }
    return undefined;
}
