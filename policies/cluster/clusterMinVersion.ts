import { resourcePolicy } from "../../model/policy";
import { asString, show } from "../../model/props";
import { T } from "../../model/resources";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import { ACK_MINOR_SUPPORT, asOfDate, compareVersions, minorStatus, oldestSupportedMinor, parseVersion, VERSION_FACTS, VERSIONS_URL } from "../../model/kubernetesVersions";

export { compareVersions, parseVersion } from "../../model/kubernetesVersions";

interface Config {
    minimumVersion: string;
}

/** "auto": the floor follows ACK's dated support table (model/kubernetesVersions.ts). */
const AUTO = "auto";

// ACK stops fixing a Kubernetes minor after its end of support; the cluster then runs without
// security fixes. Upgrading is the customer's call on every cluster type. An omitted `version` means
// "latest at creation", which passes (the resource cannot say which version a cluster has now).
// The verdict is taken on the run's date (ACKGUARD_AS_OF for reproducible runs), so it moves the
// day ACK's support of a minor ends.
export const clusterMinVersion = resourcePolicy<typeof T.ManagedKubernetes | typeof T.ServerlessKubernetes | typeof T.EdgeKubernetes | typeof T.Kubernetes, Config>({
    name: "ack-cluster-min-version",
    displayName: "Clusters run a supported Kubernetes version",
    description: "ACK clusters that pin `version` must pin a minor ACK still supports on the day of the run (from ACK's dated support table; ACKGUARD_AS_OF fixes the day), or at least the configured minimumVersion.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Versions past ACK's end of support get no security fixes. The default follows ACK's dated table (1.35 until 2027-02-28, 1.36 until 2027-05-30; 1.34 ended 2026-09-30), judged on the run's date, so it tightens the day a minor's support ends.",
    remediation: { does: false, why: "fails (a) single secure answer and (c) no broken connectivity or workloads: the target version is the team's choice, and an upgrade can break workloads using removed APIs." },
    url: VERSIONS_URL,
    remediationSteps: "Raise `version` to the latest patch of a supported minor (expired patch versions cannot be used to create clusters), or remove `version` and enable cluster auto-upgrade.",
    responsibility: "cluster-network-configuration",
    clusterTypes: ALL_CLUSTER_TYPES,
    facts: VERSION_FACTS,
    config: {
        minimumVersion: {
            type: "string",
            pattern: "^(auto|\\d+\\.\\d+(\\.\\d+)?)$",
            description: "\"auto\": every minor ACK still supports on the run's date (ACK's dated table; ACKGUARD_AS_OF fixes the date). Or the oldest Kubernetes version allowed, as major.minor[.patch], which replaces the table.",
            default: AUTO,
        },
    },
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes],
    check: (props, ctx) => {
        const raw = props.version;
        const version = asString(raw);
        if (raw === undefined || raw === null) return; // latest at creation
        const configured = ctx.config.minimumVersion === AUTO ? undefined : ctx.config.minimumVersion;
        const date = asOfDate();
        const floor = configured ?? oldestSupportedMinor(date);
        const have = version === undefined ? undefined : parseVersion(version);
        if (have === undefined) {
            ctx.report({
                path: "version",
                found: show(raw),
                expected: `a Kubernetes version such as "${floor ?? ACK_MINOR_SUPPORT[0].minor}.1-aliyun.1"`,
                fix: `set \`version\` to ${floor ?? "a supported minor"} or later, or remove it.`,
            });
            return;
        }
        if (configured !== undefined) {
            const minimum = parseVersion(configured) ?? [0, 0, 0];
            if (compareVersions(have, minimum) < 0) {
                const end = ACK_MINOR_SUPPORT.find((m) => m.minor === configured)?.endOfSupport;
                ctx.report({
                    path: "version",
                    found: show(version),
                    expected: `${configured} or later (minimumVersion)`,
                    why: `Kubernetes versions past ACK's end of support receive no security fixes.${end ? ` (${configured} itself is supported until ${end}: raise the floor then.)` : ""}`,
                    fix: `upgrade by setting \`version\` to ${configured} or later (one minor at a time; downgrades are not possible).`,
                });
            }
            return;
        }
        const status = minorStatus(have, date);
        if (status.supported) return;
        const minor = `${have[0]}.${have[1]}`;
        ctx.report({
            path: "version",
            found: show(version),
            expected: status.oldestSupported ? `a minor ACK supports on ${date}: ${status.oldestSupported} or later` : `a minor ACK supports on ${date}`,
            why: (status.endOfSupport
                ? `ACK's support of ${minor} ended on ${status.endOfSupport}; versions past it receive no security fixes.`
                : `ACK does not support ${minor} (it is not a supported minor in ACK's table); versions past support receive no security fixes.`)
                + (status.oldestSupported ? "" : " Every minor in ACKGuard's table is past its end of support on that date: the table is out of date, check ACK's current list."),
            fix: status.oldestSupported
                ? `upgrade by setting \`version\` to ${status.oldestSupported} or later (one minor at a time; downgrades are not possible), or remove it and enable cluster auto-upgrade.`
                : "upgrade to a minor ACK currently supports (see ACK's list of supported versions).",
        });
    },
});
