import { resourcePolicy } from "../../model/policy";
import { asBool, asObject, show } from "../../model/props";
import { T } from "../../model/resources";
import { managedOrServerless } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// Cluster auto-upgrade keeps the control plane (and, through it, managed node pools) on a
// supported, patched version; ACK runs it only inside an enabled maintenance window. Edge and
// dedicated cluster resources have neither setting: not applicable (ack-cluster-min-version still
// judges their version).
export const clusterAutoUpgrade = resourcePolicy({
    name: "ack-cluster-auto-upgrade",
    displayName: "Clusters upgrade automatically in a maintenance window",
    description: "ACK managed and serverless clusters must enable cluster auto-upgrade together with an enabled maintenance window.",
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "Some teams upgrade deliberately by raising `version` under change control, which is also sound; ack-cluster-min-version is the mandatory backstop against unsupported versions.",
    remediation: { does: false, why: "fails (a) single secure answer: upgrading deliberately by raising `version` is also sound, and the maintenance window is a time only the team knows." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/automatically-upgrade-an-ack-cluster",
    remediationSteps: "Set `operationPolicy: { clusterAutoUpgrade: { enabled: true, channel: \"patch\" } }` and `maintenanceWindow: { enable: true, maintenanceTime, duration, weeklyPeriod }`, and leave `version` unset.",
    responsibility: "cluster-network-configuration",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes],
    check: (props, ctx) => {
        const p = managedOrServerless(props, ctx, "cluster auto-upgrade (operationPolicy, maintenanceWindow)", "upgrade it by raising `version`");
        const enabled = p.operationPolicy?.clusterAutoUpgrade?.enabled;
        if (asBool(enabled) !== true) {
            ctx.report({
                path: "operationPolicy.clusterAutoUpgrade.enabled",
                found: enabled === undefined || enabled === null ? "not set" : show(enabled),
                expected: "true",
                why: "The cluster stays on its version until someone upgrades it.",
                fix: "set `operationPolicy: { clusterAutoUpgrade: { enabled: true, channel: \"patch\" } }` with an enabled `maintenanceWindow`.",
            });
            return;
        }
        const window = p.maintenanceWindow;
        const enable = (asObject(window) === undefined ? undefined : window)?.enable;
        if (asBool(enable) !== true) {
            ctx.report({
                path: "maintenanceWindow.enable",
                found: asObject(window) === undefined ? "no maintenanceWindow" : show(enable),
                expected: "true",
                why: "Cluster auto-upgrade only runs inside an enabled maintenance window.",
                fix: "set `maintenanceWindow: { enable: true, maintenanceTime: \"...\", duration: \"3h\", weeklyPeriod: \"Saturday\" }`.",
            });
        }
    },
});
