import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { MANAGED } from "../cluster/cluster.fixtures";

function stack(cluster: Record<string, unknown>, key: Record<string, unknown> = { userName: "app-bot" }): ExampleResource[] {
    return [
        { type: T.ManagedKubernetes, name: "ack", props: cluster },
        { type: T.RamAccessKey, name: "app-key", props: key },
    ];
}

export const examples: PolicyExamples = {
    policy: "ack-ram-access-key-prefer-rrsa",
    resourceType: T.RamAccessKey,
    compliant: [
        { title: "an RRSA cluster and no AccessKey", resources: [{ type: T.ManagedKubernetes, name: "ack", props: MANAGED }], target: "ack", outcome: { kind: "pass" } },
        { title: "an inactive key beside an RRSA cluster", resources: stack(MANAGED, { userName: "app-bot", status: "Inactive" }), target: "app-key", outcome: { kind: "pass" } },
        { title: "a key where no cluster offers RRSA", resources: stack({ ...MANAGED, enableRrsa: false }), target: "app-key", outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "an active key beside an RRSA cluster", resources: stack(MANAGED), target: "app-key", outcome: { kind: "violation", messageIncludes: ["ram.AccessKey (resource): found an active long-lived AccessKey for RAM user \"app-bot\" while cluster ack offers RRSA"] } },
    ],
    omitted: [{ title: "status omitted: Active by default", resources: stack(MANAGED, { userName: "app-bot" }), target: "app-key", outcome: { kind: "violation", messageIncludes: ["active long-lived AccessKey"] } }],
    unknown: [{ title: "enableRrsa computed at preview", resources: stack({ ...MANAGED, enableRrsa: UNKNOWN }), target: "app-key", outcome: { kind: "unknown" } }],
    more: [
        // Found by the fuzz run: a user name may be a secret, and a policy cannot tell (the SDK unwraps secrets).
        { title: "a user name that is not shaped like a name is never printed", resources: stack(MANAGED, { userName: "Zq0ZDyHY!#Xv" }), target: "app-key", outcome: { kind: "violation", messageIncludes: ["for RAM user a value of 12 characters (not shown)"], messageExcludes: ["Zq0ZDyHY"] } },
        { title: "enableRrsa omitted (default false)", resources: stack({ ...MANAGED, enableRrsa: undefined }), target: "app-key", outcome: { kind: "pass" } },
        { title: "a CI key exempted with its reason", resources: stack(MANAGED), target: "app-key", config: { exemptions: [{ resource: "app-key", reason: "used by on-premises CI, outside the clusters" }] }, outcome: { kind: "not-applicable", reasonIncludes: "on-premises CI" } },
    ],
};
