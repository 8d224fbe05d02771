import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { MANAGED_POOL, poolWith, poolWithManagement } from "./nodePool.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-auto-repair",
    resourceType: T.NodePool,
    compliant: [{ title: "auto repair on", props: MANAGED_POOL, outcome: { kind: "pass" } }],
    violating: [
        { title: "auto repair off", props: poolWith({ autoRepair: false }), outcome: { kind: "violation", messageIncludes: ["management.autoRepair: found management.autoRepair = false"] } },
    ],
    omitted: [
        { title: "autoRepair not set", props: poolWith({ autoRepair: undefined }), outcome: { kind: "violation", messageIncludes: ["found management.autoRepair not set"] } },
    ],
    unknown: [{ title: "autoRepair computed at preview", props: poolWith({ autoRepair: UNKNOWN }), outcome: { kind: "unknown" } }],
    more: [{ title: "auto mode pool", props: poolWithManagement(undefined, { autoMode: { enabled: true } }), outcome: { kind: "not-applicable", reasonIncludes: "auto mode" } }],
};
