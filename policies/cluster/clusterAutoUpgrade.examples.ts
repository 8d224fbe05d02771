import { ExampleCase, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { DEDICATED, EDGE, MANAGED, SERVERLESS } from "./cluster.fixtures";

/** The other cluster resources, where the policy behaves differently. */
const otherTypes: ExampleCase[] = [
    { type: T.ServerlessKubernetes, title: "serverless: auto-upgrade with a window", props: SERVERLESS, outcome: { kind: "pass" } },
    { type: T.ServerlessKubernetes, title: "serverless: nothing set", props: { ...SERVERLESS, operationPolicy: undefined, maintenanceWindow: undefined }, outcome: { kind: "violation", messageIncludes: ["cs.ServerlessKubernetes operationPolicy.clusterAutoUpgrade.enabled: found not set"] } },
    { type: T.EdgeKubernetes, title: "edge: no such setting", props: EDGE, outcome: { kind: "not-applicable", reasonIncludes: "cs.EdgeKubernetes has no cluster auto-upgrade" } },
    { type: T.Kubernetes, title: "dedicated: no such setting", props: DEDICATED, outcome: { kind: "not-applicable", reasonIncludes: "cs.Kubernetes has no cluster auto-upgrade" } },
];

export const examples: PolicyExamples = {
    policy: "ack-cluster-auto-upgrade",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "auto-upgrade on the patch channel in three 4-hour windows a week", props: MANAGED, outcome: { kind: "pass" } },
        { title: "one 12-hour window a week (48 hours a month)", props: { ...MANAGED, maintenanceWindow: { ...MANAGED.maintenanceWindow, duration: "12h", weeklyPeriod: "Sunday" } }, outcome: { kind: "pass" } },
        // Auto Mode clusters auto-upgrade by default; the provider sends operation_policy only when the program sets it.
        { title: "Auto Mode cluster without operationPolicy or maintenanceWindow", props: { ...MANAGED, autoMode: { enabled: true }, operationPolicy: undefined, maintenanceWindow: undefined }, outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "auto-upgrade off", props: { ...MANAGED, operationPolicy: { clusterAutoUpgrade: { enabled: false } } }, outcome: { kind: "violation", messageIncludes: ["operationPolicy.clusterAutoUpgrade.enabled: found false, expected true"] } },
        {
            title: "auto-upgrade on, window disabled",
            props: { ...MANAGED, maintenanceWindow: { ...MANAGED.maintenanceWindow, enable: false } },
            outcome: { kind: "violation", messageIncludes: ["maintenanceWindow.enable: found false", "only runs inside an enabled maintenance window"] },
        },
        {
            title: "a single 3-hour weekly window (ACK advises 4-hour windows, 48 hours a month)",
            props: { ...MANAGED, maintenanceWindow: { ...MANAGED.maintenanceWindow, duration: "3h", weeklyPeriod: "Saturday" } },
            outcome: { kind: "violation", messageIncludes: ["maintenanceWindow.duration, maintenanceWindow.weeklyPeriod: found 3-hour windows (ACK advises at least 4) and 12 hours in a 4-week month (ACK advises at least 48)", "duration: \"4h\", weeklyPeriod: \"Monday,Wednesday,Saturday\""] },
        },
        {
            title: "Auto Mode cluster that turns auto-upgrade off",
            props: { ...MANAGED, autoMode: { enabled: true }, operationPolicy: { clusterAutoUpgrade: { enabled: false } } },
            outcome: { kind: "violation", messageIncludes: ["operationPolicy.clusterAutoUpgrade.enabled: found false", "opts out of the automatic upgrades Auto Mode turns on by default"] },
        },
        {
            title: "Auto Mode cluster that disables its maintenance window",
            props: { ...MANAGED, autoMode: { enabled: true }, operationPolicy: undefined, maintenanceWindow: { enable: false } },
            outcome: { kind: "violation", messageIncludes: ["maintenanceWindow.enable: found false"] },
        },
    ],
    omitted: [
        { title: "no operationPolicy", props: { ...MANAGED, operationPolicy: undefined }, outcome: { kind: "violation", messageIncludes: ["clusterAutoUpgrade.enabled: found not set"] } },
        { title: "auto-upgrade on, no maintenanceWindow", props: { ...MANAGED, maintenanceWindow: undefined }, outcome: { kind: "violation", messageIncludes: ["maintenanceWindow.enable: found no maintenanceWindow", "duration: \"4h\""] } },
        { title: "window without duration or weeklyPeriod (provider defaults: 3h on Thursday)", props: { ...MANAGED, maintenanceWindow: { enable: true, maintenanceTime: "2026-01-03T00:00:00.000+08:00" } }, outcome: { kind: "violation", messageIncludes: ["found 3-hour windows", "12 hours in a 4-week month"] } },
    ],
    unknown: [
        { title: "autoMode computed at preview", props: { ...MANAGED, autoMode: { enabled: UNKNOWN } }, outcome: { kind: "unknown" } },
        { title: "window duration computed at preview", props: { ...MANAGED, maintenanceWindow: { ...MANAGED.maintenanceWindow, duration: UNKNOWN } }, outcome: { kind: "unknown" } },
        { title: "window enable computed at preview", props: { ...MANAGED, maintenanceWindow: { ...MANAGED.maintenanceWindow, enable: UNKNOWN } }, outcome: { kind: "unknown" } },
    ],
    more: [
        ...otherTypes,
        { title: "operationPolicy of the wrong shape", props: { ...MANAGED, operationPolicy: [{ clusterAutoUpgrade: { enabled: true } }] }, outcome: { kind: "violation", messageIncludes: ["found not set"] } },
        { title: "window without enable", props: { ...MANAGED, maintenanceWindow: { duration: "4h" } }, outcome: { kind: "violation", messageIncludes: ["maintenanceWindow.enable: found not set"] } },
        { title: "a duration the API does not take is not judged for length", props: { ...MANAGED, maintenanceWindow: { ...MANAGED.maintenanceWindow, duration: "four hours" } }, outcome: { kind: "pass" } },
    ],
};

