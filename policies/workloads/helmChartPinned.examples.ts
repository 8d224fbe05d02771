import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { K } from "./kinds";

const RELEASE = { chart: "ingress-nginx", namespace: "ingress", repositoryOpts: { repo: "https://kubernetes.github.io/ingress-nginx" } };

export const examples: PolicyExamples = {
    policy: "ack-helm-chart-pinned",
    resourceType: K.HelmReleaseV3,
    compliant: [
        { title: "an exact version", props: { ...RELEASE, version: "4.11.3" }, outcome: { kind: "pass" } },
        { title: "an OCI chart with a pre-release version", props: { chart: "oci://acme-registry.cn-hangzhou.cr.aliyuncs.com/charts/web", version: "1.2.0-rc.1" }, outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "a caret range", props: { ...RELEASE, version: "^4.11" }, outcome: { kind: "violation", messageIncludes: ["version: found \"^4.11\", a version range", "Chart \"ingress-nginx\" would change"] } },
        { title: "a wildcard", props: { ...RELEASE, version: "4.x" }, outcome: { kind: "violation", messageIncludes: ["\"4.x\", a version range"] } },
    ],
    omitted: [{ title: "no version: the latest chart", props: RELEASE, outcome: { kind: "violation", messageIncludes: ["version: found not set (Helm installs the latest chart version)"] } }],
    unknown: [{ title: "the version computed at preview", props: { ...RELEASE, version: UNKNOWN }, outcome: { kind: "unknown" } }],
    more: [
        { title: "a chart from the program's own directory", props: { chart: "./charts/web" }, outcome: { kind: "not-applicable", reasonIncludes: "local chart (chart \"./charts/web\")" } },
        { title: "a packaged chart URL", props: { chart: "https://charts.example.com/web-1.2.3.tgz" }, outcome: { kind: "not-applicable", reasonIncludes: "local chart" } },
        { title: "version of the wrong type", props: { ...RELEASE, version: 4 }, outcome: { kind: "violation", messageIncludes: ["found not set"] } },
        { title: "helm v3 Chart: fetchOpts.version counts", type: K.HelmChartV3, props: { chart: "nginx", fetchOpts: { repo: "https://charts.example.com", version: "1.2.3" } }, outcome: { kind: "pass" } },
        { title: "helm v3 Chart without a version", type: K.HelmChartV3, props: { chart: "nginx", fetchOpts: { repo: "https://charts.example.com" } }, outcome: { kind: "violation", messageIncludes: ["version: found not set"] } },
        { title: "helm v3 Chart from a local path", type: K.HelmChartV3, props: { path: "./charts/web" }, outcome: { kind: "not-applicable", reasonIncludes: "local chart (path \"./charts/web\")" } },
        { title: "helm v4 Chart with a tilde range", type: K.HelmChartV4, props: { chart: "oci://r.example.com/c", version: "~1.2" }, outcome: { kind: "violation", messageIncludes: ["\"~1.2\", a version range"] } },
    ],
};
