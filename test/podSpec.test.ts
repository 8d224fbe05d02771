// The workloads area's pod-spec helper, its Kubernetes type tokens and its image-reference parsing.
// (The policies themselves are exercised on each kind by their examples.)
import * as k8s from "@pulumi/kubernetes";
import { K, WORKLOAD_KINDS, WORKLOAD_TOKENS } from "../policies/workloads/kinds";
import { containersOf, podSpecsOf, workloadContainers } from "../policies/workloads/podSpec";
import { parseImage } from "../policies/workloads/common";
import { registryMatcher, ACR_REGISTRIES } from "../policies/workloads/workloadAllowedRegistries";

// Internal to @pulumi/policy: the proxy the analyzer wraps props in, and its unknown sentinel.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const proxy = require("@pulumi/policy/proxy");

/** The SDK class for a token such as "kubernetes:apps/v1:DeploymentList" or "kubernetes:helm.sh/v3:Chart". */
function sdkClass(token: string): { __pulumiType: string } | undefined {
    const m = /^kubernetes:([^/]+)\/([^:]+):(.+)$/.exec(token);
    if (!m) return undefined;
    const group = m[1] === "helm.sh" ? "helm" : m[1];
    return (k8s as any)[group]?.[m[2]]?.[m[3]];
}

test.each(Object.entries(K))("token %s matches the @pulumi/kubernetes class", (_name, token) => {
    expect(sdkClass(token)?.__pulumiType).toBe(token);
});

const POD_SPEC = {
    containers: [{ name: "web", image: "a" }, { image: "b" }],
    initContainers: [{ name: "init", image: "c" }],
    ephemeralContainers: [{ name: "debug", image: "d" }],
};
const TEMPLATE = { template: { spec: POD_SPEC } };
const SPEC_PATH: Record<string, string> = { pod: "spec", template: "spec.template.spec", cronJob: "spec.jobTemplate.spec.template.spec" };

/** A resource of the kind with POD_SPEC where that kind keeps it. */
function single(shape: string): Record<string, unknown> {
    switch (shape) {
        case "pod":
            return { spec: POD_SPEC };
        case "template":
            return { spec: TEMPLATE };
        default:
            return { spec: { schedule: "0 * * * *", jobTemplate: { spec: TEMPLATE } } };
    }
}

describe("podSpecsOf / containersOf on every workload kind", () => {
    test("covers Pod, the controllers, Job, CronJob, each with Patch and List", () => {
        const kinds = new Set(Object.values(WORKLOAD_KINDS).map((k) => k.kind));
        for (const k of ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"]) {
            expect([k, kinds.has(k), kinds.has(`${k}Patch`), kinds.has(`${k}List`)]).toEqual([k, true, true, true]);
        }
        expect(WORKLOAD_TOKENS).toHaveLength(24);
    });

    test.each(Object.entries(WORKLOAD_KINDS).filter(([, k]) => !k.list))("%s", (token, info) => {
        const pods = podSpecsOf(token, single(info.shape));
        expect(pods.map((p) => p.path)).toEqual([SPEC_PATH[info.shape]]);
        const p = SPEC_PATH[info.shape];
        expect(containersOf(pods[0]).map((c) => [c.label, c.group])).toEqual([
            [`${p}.containers[0] "web"`, "containers"],
            [`${p}.containers[1]`, "containers"],
            [`${p}.initContainers[0] "init"`, "initContainers"],
            [`${p}.ephemeralContainers[0] "debug"`, "ephemeralContainers"],
        ]);
        expect(containersOf(pods[0], ["initContainers"]).map((c) => c.name)).toEqual(["init"]);
    });

    test.each(Object.entries(WORKLOAD_KINDS).filter(([, k]) => k.list))("%s", (token, info) => {
        const props = { items: [single(info.shape), null, { spec: "odd" }, single(info.shape)] };
        const p = SPEC_PATH[info.shape];
        expect(podSpecsOf(token, props).map((x) => x.path)).toEqual([`items[0].${p}`, `items[3].${p}`]);
        expect(workloadContainers(token, props).map((c) => c.path)).toContain(`items[3].${p}.ephemeralContainers[0]`);
    });

    test("a Patch without a template has no pod spec", () => {
        expect(podSpecsOf(K.DeploymentPatch, { spec: { replicas: 3 } })).toEqual([]);
        expect(podSpecsOf(K.CronJobPatch, { spec: { suspend: true } })).toEqual([]);
    });

    test.each([
        ["null props", null],
        ["a string", "spec"],
        ["spec as an array", { spec: [POD_SPEC] }],
        ["template null", { spec: { template: null } }],
        ["containers of wrong types", { spec: { template: { spec: { containers: "web", initContainers: {}, ephemeralContainers: [1, "x", null] } } } }],
    ])("odd shape: %s yields no containers", (_t, props) => {
        expect(() => workloadContainers(K.Deployment, props)).not.toThrow();
        expect(workloadContainers(K.Deployment, props)).toEqual([]);
    });

    test("items that is not an array yields nothing; other types yield nothing", () => {
        expect(podSpecsOf(K.PodList, { items: { spec: POD_SPEC } })).toEqual([]);
        expect(podSpecsOf("kubernetes:core/v1:Service", { spec: POD_SPEC })).toEqual([]);
    });

    test("under the analyzer's proxy: arrays walk by index, an unknown on the way throws", () => {
        const props = proxy.unknownCheckingProxy({ spec: { template: { spec: POD_SPEC } } });
        expect(workloadContainers(K.Deployment, props)).toHaveLength(4);
        const unknownInit = proxy.unknownCheckingProxy({ spec: { template: { spec: { ...POD_SPEC, initContainers: proxy.unknownArrayValue } } } });
        expect(() => workloadContainers(K.Deployment, unknownInit)).toThrow(proxy.UnknownValueError);
        // Pod-level reads do not touch the containers.
        expect(podSpecsOf(K.Deployment, unknownInit)).toHaveLength(1);
    });
});

describe("image references", () => {
    test.each([
        ["nginx", { registry: "docker.io", repository: "library/nginx", tag: undefined, digest: undefined }],
        ["acme/web:1.0", { registry: "docker.io", repository: "acme/web", tag: "1.0", digest: undefined }],
        ["localhost:5000/web", { registry: "localhost:5000", repository: "web", tag: undefined, digest: undefined }],
        ["Registry.cn-hangzhou.aliyuncs.com/ns/web:v1@sha256:ab", { registry: "registry.cn-hangzhou.aliyuncs.com", repository: "ns/web", tag: "v1", digest: "sha256:ab" }],
    ])("%s", (image, ref) => {
        expect(parseImage(image)).toEqual(ref);
    });

    test.each([
        // Personal Edition hosts serve every account's public namespaces: not admitted by default.
        ["registry.cn-hangzhou.aliyuncs.com", false],
        ["registry-vpc.cn-hangzhou.aliyuncs.com", false],
        ["registry-intl.ap-southeast-1.aliyuncs.com", false],
        ["acme-registry.cn-hangzhou.cr.aliyuncs.com", true],
        ["acme-registry-vpc.cn-hangzhou.cr.aliyuncs.com", true],
        ["registry.cn-hangzhou.aliyuncs.com.evil.io", false],
        ["evilaliyuncs.com", false],
        ["docker.io", false],
    ])("default allowlist: %s -> %s", (host, ok) => {
        expect(ACR_REGISTRIES.some((e) => registryMatcher(e)?.(host, "ns/web"))).toBe(ok);
    });
});
