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
    compliant: [{ title: "auto-upgrade on the patch channel in a Saturday window", props: MANAGED, outcome: { kind: "pass" } }],
    violating: [
        { title: "auto-upgrade off", props: { ...MANAGED, operationPolicy: { clusterAutoUpgrade: { enabled: false } } }, outcome: { kind: "violation", messageIncludes: ["operationPolicy.clusterAutoUpgrade.enabled: found false, expected true"] } },
        {
            title: "auto-upgrade on, window disabled",
            props: { ...MANAGED, maintenanceWindow: { ...MANAGED.maintenanceWindow, enable: false } },
            outcome: { kind: "violation", messageIncludes: ["maintenanceWindow.enable: found false", "only runs inside an enabled maintenance window"] },
        },
    ],
    omitted: [
        { title: "no operationPolicy", props: { ...MANAGED, operationPolicy: undefined }, outcome: { kind: "violation", messageIncludes: ["clusterAutoUpgrade.enabled: found not set"] } },
        { title: "auto-upgrade on, no maintenanceWindow", props: { ...MANAGED, maintenanceWindow: undefined }, outcome: { kind: "violation", messageIncludes: ["maintenanceWindow.enable: found no maintenanceWindow"] } },
    ],
    unknown: [
        { title: "window enable computed at preview", props: { ...MANAGED, maintenanceWindow: { ...MANAGED.maintenanceWindow, enable: UNKNOWN } }, outcome: { kind: "unknown" } },
    ],
    more: [
        ...otherTypes,
        { title: "operationPolicy of the wrong shape", props: { ...MANAGED, operationPolicy: [{ clusterAutoUpgrade: { enabled: true } }] }, outcome: { kind: "violation", messageIncludes: ["found not set"] } },
        { title: "window without enable", props: { ...MANAGED, maintenanceWindow: { duration: "3h" } }, outcome: { kind: "violation", messageIncludes: ["maintenanceWindow.enable: found not set"] } },
    ],
};

