import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { MANAGED_POOL, poolWith, poolWithManagement } from "./nodePool.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-auto-repair",
    resourceType: T.NodePool,
    compliant: [
        { title: "auto repair on", props: MANAGED_POOL, outcome: { kind: "pass" } },
        { title: "auto repair on without the retired enable switch", props: poolWithManagement({ autoRepair: true }), outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "auto repair off", props: poolWith({ autoRepair: false }), outcome: { kind: "violation", messageIncludes: ["management.autoRepair: found management.autoRepair = false"] } },
        {
            title: "enable: true alone no longer turns repair on",
            props: poolWithManagement({ enable: true }),
            outcome: { kind: "violation", messageIncludes: ["found management.autoRepair not set (default false since 2025-08-31)", "management.enable no longer turns repair on"], messageExcludes: ["enable: true"] },
        },
    ],
    omitted: [
        { title: "autoRepair not set", props: poolWith({ autoRepair: undefined }), outcome: { kind: "violation", messageIncludes: ["found management.autoRepair not set"] } },
        { title: "no management block", props: poolWithManagement(undefined), outcome: { kind: "violation", messageIncludes: ["found no management block"] } },
    ],
    unknown: [{ title: "autoRepair computed at preview", props: poolWith({ autoRepair: UNKNOWN }), outcome: { kind: "unknown" } }],
    more: [
        { title: "auto mode pool", props: poolWithManagement(undefined, { autoMode: { enabled: true } }), outcome: { kind: "not-applicable", reasonIncludes: "auto mode" } },
        { title: "edge node pool", props: poolWithManagement(undefined, { type: "edge" }), outcome: { kind: "not-applicable", reasonIncludes: "ack-edge-node-patch-owner judges it" } },
        { title: "a cloud pool (type ess) of an Edge cluster is judged like any pool", props: poolWith({ autoRepair: false }, { type: "ess" }), outcome: { kind: "violation", messageIncludes: ["autoRepair = false"] } },
    ],
};
