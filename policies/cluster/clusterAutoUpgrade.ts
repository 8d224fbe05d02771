import { resourcePolicy } from "../../model/policy";
import { asBool, asObject, show } from "../../model/props";
import { T } from "../../model/resources";
import { managedOrServerless } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import { AUTO_MODE_FACT, isAutoModeCluster } from "../../model/nodeLifecycle";
import { MAINTENANCE_WINDOW_FACTS, WINDOW_FIX, windowShortfall, windowTime } from "../../model/maintenanceWindow";

// Cluster auto-upgrade keeps the control plane (and, through it, managed node pools) on a
// supported, patched version; ACK runs it only inside an enabled maintenance window. Auto Mode
// clusters auto-upgrade by default, so only an explicit opt-out is reported there. Edge and
// dedicated cluster resources have neither setting: not applicable (ack-cluster-min-version still
// judges their version).
export const clusterAutoUpgrade = resourcePolicy({
    name: "ack-cluster-auto-upgrade",
    displayName: "Clusters upgrade automatically in a maintenance window",
    description: "ACK managed and serverless clusters must enable cluster auto-upgrade together with an enabled maintenance window of the length ACK advises (at least 4 hours, at least 48 hours a month); Auto Mode clusters, which auto-upgrade by default, must not turn either off.",
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "Some teams upgrade deliberately by raising `version` under change control, which is also sound; ack-cluster-min-version is the mandatory backstop against unsupported versions.",
    remediation: { does: false, why: "fails (a) single secure answer: upgrading deliberately by raising `version` is also sound, and the maintenance window is a time only the team knows." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/automatically-upgrade-an-ack-cluster",
    remediationSteps: `Set \`operationPolicy: { clusterAutoUpgrade: { enabled: true, channel: "patch" } }\` and a maintenance window of at least 4 hours and at least 48 hours a month, e.g. \`${WINDOW_FIX}\` (pick off-peak hours), and leave \`version\` unset. On an Auto Mode cluster, remove any \`enabled: false\` / \`enable: false\`.`,
    responsibility: "cluster-network-configuration",
    clusterTypes: ALL_CLUSTER_TYPES,
    facts: [AUTO_MODE_FACT, ...MAINTENANCE_WINDOW_FACTS],
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes],
    check: (props, ctx) => {
        const p = managedOrServerless(props, ctx, "cluster auto-upgrade (operationPolicy, maintenanceWindow)", "upgrade it by raising `version`");
        const autoMode = isAutoModeCluster({ type: ctx.type, props: p });
        const enabled = p.operationPolicy?.clusterAutoUpgrade?.enabled;
        const upgrade = asBool(enabled);
        // Auto Mode: on by default; only an explicit false turns it off.
        if (autoMode ? upgrade === false : upgrade !== true) {
            ctx.report({
                path: "operationPolicy.clusterAutoUpgrade.enabled",
                found: enabled === undefined || enabled === null ? "not set" : show(enabled),
                expected: "true",
                why: autoMode
                    ? "This Auto Mode cluster opts out of the automatic upgrades Auto Mode turns on by default; it stays on its version until someone upgrades it."
                    : "The cluster stays on its version until someone upgrades it.",
                fix: autoMode
                    ? "remove `clusterAutoUpgrade.enabled: false` (Auto Mode upgrades by default) or set it to true."
                    : `set \`operationPolicy: { clusterAutoUpgrade: { enabled: true, channel: "patch" } }\` with an enabled \`maintenanceWindow\` (e.g. \`${WINDOW_FIX}\`).`,
            });
            return;
        }
        const window = asObject(p.maintenanceWindow) === undefined ? undefined : p.maintenanceWindow;
        const enable = window?.enable;
        if (autoMode && window === undefined) return; // ACK runs Auto Mode upgrades without a window in the program.
        if (asBool(enable) !== true) {
            ctx.report({
                path: "maintenanceWindow.enable",
                found: window === undefined ? "no maintenanceWindow" : show(enable),
                expected: "true",
                why: "Cluster auto-upgrade only runs inside an enabled maintenance window.",
                fix: `set \`${WINDOW_FIX}\` (at least 4-hour windows and 48 hours a month, as ACK advises; pick off-peak hours).`,
            });
            return;
        }
        const time = windowTime(window!);
        const short = time === undefined ? undefined : windowShortfall(time);
        if (short !== undefined) {
            ctx.report({
                path: "maintenanceWindow.duration, maintenanceWindow.weeklyPeriod",
                found: short,
                expected: "windows of at least 4 hours and at least 48 hours of maintenance a month",
                why: "ACK advises this much maintenance time so that long-running tasks such as upgrades do not fail.",
                fix: `lengthen the window or add days, e.g. \`duration: "4h", weeklyPeriod: "Monday,Wednesday,Saturday"\` (or \`duration: "12h"\` once a week).`,
            });
        }
    },
});
