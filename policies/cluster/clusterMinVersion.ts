import { resourcePolicy } from "../../model/policy";
import { asString, show } from "../../model/props";
import { T } from "../../model/resources";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

interface Config {
    minimumVersion: string;
}

/** [major, minor, patch] of "1.34", "v1.34.1" or "1.34.1-aliyun.1"; undefined when it is none of these. */
export function parseVersion(v: string): number[] | undefined {
    const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+].*)?$/.exec(v.trim());
    return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

/** Numeric comparison, so that 1.9 < 1.10. Missing parts count as 0. */
export function compareVersions(a: number[], b: number[]): number {
    for (let i = 0; i < 3; i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0) return d;
    }
    return 0;
}

/** End of ACK support of the minors a floor may name (ACK "Support for Kubernetes versions", checked 2026-12-01). */
const FLOOR_UNTIL: Record<string, string> = { "1.35": "2027-02-28" };

// ACK stops fixing a Kubernetes minor after its end of support; the cluster then runs without
// security fixes. Upgrading is the customer's call on every cluster type. An omitted `version` means
// "latest at creation", which passes (the resource cannot say which version a cluster has now).
export const clusterMinVersion = resourcePolicy<typeof T.ManagedKubernetes | typeof T.ServerlessKubernetes | typeof T.EdgeKubernetes | typeof T.Kubernetes, Config>({
    name: "ack-cluster-min-version",
    displayName: "Clusters run a supported Kubernetes version",
    description: "ACK clusters that pin `version` must pin at least the configured minimum Kubernetes version (default 1.35).",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Versions past ACK's end of support get no security fixes. The default 1.35 is the oldest minor ACK supports as of 2026-11 (1.34 support ended 2026-09-30; 1.35 runs to 2027-02-28); raise minimumVersion as ACK retires minors.",
    remediation: { does: false, why: "fails (a) single secure answer and (c) no broken connectivity or workloads: the target version is the team's choice, and an upgrade can break workloads using removed APIs." },
    url: "https://www.alibabacloud.com/help/en/ack/product-overview/support-for-kubernetes-versions",
    remediationSteps: "Raise `version` to the latest patch of a supported minor (expired patch versions cannot be used to create clusters), or remove `version` and enable cluster auto-upgrade.",
    responsibility: "cluster-network-configuration",
    clusterTypes: ALL_CLUSTER_TYPES,
    facts: [
        { fact: "ACK ended support for Kubernetes 1.34 on 2026-09-30; 1.35 (released 2026-02) is the oldest supported minor and is supported until 2027-02-28; ACK creates clusters only on the three most recent minors and never on expired patch versions.", source: "https://www.alibabacloud.com/help/en/ack/product-overview/support-for-kubernetes-versions", checked: "2026-12-01" },
    ],
    config: {
        minimumVersion: {
            type: "string",
            pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
            description: "The oldest Kubernetes version allowed, as major.minor[.patch].",
            default: "1.35",
        },
    },
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes],
    check: (props, ctx) => {
        const raw = props.version;
        const version = asString(raw);
        if (raw === undefined || raw === null) return; // latest at creation
        const minimum = parseVersion(ctx.config.minimumVersion) ?? [0, 0, 0];
        const have = version === undefined ? undefined : parseVersion(version);
        if (have === undefined) {
            ctx.report({
                path: "version",
                found: show(raw),
                expected: `a Kubernetes version such as "${ctx.config.minimumVersion}.x-aliyun.1"`,
                fix: `set \`version\` to ${ctx.config.minimumVersion} or later, or remove it.`,
            });
            return;
        }
        if (compareVersions(have, minimum) < 0) {
            ctx.report({
                path: "version",
                found: show(version),
                expected: `${ctx.config.minimumVersion} or later`,
                why: `Kubernetes versions past ACK's end of support receive no security fixes.${FLOOR_UNTIL[ctx.config.minimumVersion] ? ` (${ctx.config.minimumVersion} itself is supported until ${FLOOR_UNTIL[ctx.config.minimumVersion]}, checked 2026-12-01: raise the floor then.)` : ""}`,
                fix: `upgrade by setting \`version\` to ${ctx.config.minimumVersion} or later (one minor at a time; downgrades are not possible).`,
            });
        }
    },
});
