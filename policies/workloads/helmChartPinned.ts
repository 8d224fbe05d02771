import type * as k8s from "@pulumi/kubernetes";
import type { Unwrap } from "@pulumi/pulumi";
import { asString, show } from "../../model/props";
import { kubePolicy } from "./common";
import { HELM_TOKENS, K } from "./kinds";
import { objectOf } from "./podSpec";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

/** helm.v3.Chart takes ChartOpts (repo, chart, version, fetchOpts) or LocalChartOpts (path). */
type ChartV3Props = Partial<Unwrap<k8s.helm.v3.ChartOpts>> & Partial<Unwrap<k8s.helm.v3.LocalChartOpts>>;
type HelmProps = ChartV3Props | Partial<Unwrap<k8s.helm.v3.ReleaseArgs>> | Partial<Unwrap<k8s.helm.v4.ChartArgs>>;

/** The props as helm.v3.Chart's, when that is the resource's type. */
function chartV3(props: HelmProps, type: string): ChartV3Props | undefined {
    return type === K.HelmChartV3 ? (props as ChartV3Props) : undefined;
}

const EXACT_VERSION = /^v?\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]*)?$/;

/** A chart read from the program's own files (or a packaged URL) carries its version with it. */
function localChart(props: HelmProps, type: string): string | undefined {
    const v3 = chartV3(props, type);
    if (v3 !== undefined) {
        const path = asString(v3.path);
        return path === undefined ? undefined : `path ${show(path)}`;
    }
    const chart = asString(props.chart);
    if (chart !== undefined && (/^(\.{0,2}\/|file:\/\/)/.test(chart) || /^https?:\/\/.+\.tgz$/i.test(chart))) {
        return `chart ${show(chart)}`;
    }
    return undefined;
}

// Without a pinned version Helm installs whatever the repository serves at deploy time.
export const helmChartPinned = kubePolicy<{}, HelmProps>({
    name: "ack-helm-chart-pinned",
    displayName: "Helm charts are pinned to a version",
    description: "Helm charts and releases fetched from a repository must pin an exact chart version.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "The seed puts the workload supply chain on the customer on every cluster type; an unpinned chart changes what is deployed without a code change.",
    remediation: { does: false, why: "fails (a) single secure answer: the chart version only the team knows." },
    url: "https://www.alibabacloud.com/help/doc-detail/347684.htm",
    remediationSteps: "Set `version: \"<x.y.z>\"` on the helm.v3.Chart (or `fetchOpts.version`), helm.v3.Release or helm.v4.Chart.",
    responsibility: "workloads",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: HELM_TOKENS,
    check: (props, ctx) => {
        const local = localChart(props, ctx.type);
        if (local !== undefined) {
            ctx.args.notApplicable(`local chart (${local}): its version is fixed by the files it is read from`);
        }
        const own = asString(props.version);
        const v3 = chartV3(props, ctx.type);
        const version = own ?? (v3 !== undefined ? asString(objectOf(v3.fetchOpts)?.version) : undefined);
        if (version !== undefined && EXACT_VERSION.test(version)) {
            return;
        }
        const chart = asString(props.chart);
        ctx.report({
            path: own === undefined && version !== undefined ? "fetchOpts.version" : "version",
            found: version === undefined ? "not set (Helm installs the latest chart version)" : `${show(version)}, a version range`,
            expected: "an exact chart version such as \"1.2.3\"",
            why: chart === undefined ? undefined : `Chart ${show(chart)} would change whenever its repository publishes a new version.`,
            fix: "set `version` to the exact chart version you reviewed.",
        });
    },
});
