import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { LEGACY_MANAGEMENT, MANAGED_POOL, poolWithManagement } from "./nodePool.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-managed",
    resourceType: T.NodePool,
    compliant: [
        { title: "both automations on", props: MANAGED_POOL, outcome: { kind: "pass" } },
        { title: "auto repair alone makes a managed pool", props: poolWithManagement({ autoRepair: true }), outcome: { kind: "pass" } },
        { title: "a stale enable: false does not matter when the switches are on", props: poolWithManagement({ enable: false, autoVulFix: true }), outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "only the retired master switch management.enable set: automates nothing since 2026-01-31",
            props: poolWithManagement({ enable: true }),
            outcome: { kind: "violation", messageIncludes: ["management: found node pool whose management block turns on neither autoVulFix nor autoRepair", "It sets management.enable, which ACK removed on 2026-01-31", "Fix: set `management: { autoRepair: true, autoVulFix: true"], messageExcludes: ["enable: true"] },
        },
        {
            title: "the legacy enable + autoUpgrade block of programs written before 2026",
            props: poolWithManagement(LEGACY_MANAGEMENT),
            outcome: { kind: "violation", messageIncludes: ["It sets management.enable, management.autoUpgrade, management.autoUpgradePolicy"] },
        },
        {
            title: "both switches explicitly off",
            props: poolWithManagement({ autoRepair: false, autoVulFix: false }),
            outcome: { kind: "violation", messageIncludes: ["turns on neither autoVulFix nor autoRepair"] },
        },
    ],
    omitted: [
        {
            title: "no management block at all",
            props: poolWithManagement(undefined),
            outcome: { kind: "violation", messageIncludes: ["management: found node pool without a management block", "expected management.autoVulFix = true and/or management.autoRepair = true"] },
        },
        { title: "an empty management block", props: poolWithManagement({}), outcome: { kind: "violation", messageIncludes: ["turns on neither autoVulFix nor autoRepair"] } },
    ],
    unknown: [
        { title: "the management block is computed at preview", props: poolWithManagement(UNKNOWN), outcome: { kind: "unknown" } },
        { title: "autoVulFix computed at preview", props: poolWithManagement({ autoVulFix: UNKNOWN }), outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "auto mode pool (Alibaba Cloud manages it)", props: poolWithManagement(undefined, { autoMode: { enabled: true } }), outcome: { kind: "not-applicable", reasonIncludes: "auto mode" } },
        { title: "an ACK Edge edge node pool cannot be a managed pool", props: poolWithManagement(undefined, { type: "edge" }), outcome: { kind: "not-applicable", reasonIncludes: "edge node pool (type \"edge\")" } },
        { title: "management is null", props: poolWithManagement(null), outcome: { kind: "violation", messageIncludes: ["without a management block"] } },
        { title: "autoRepair has the wrong type", props: poolWithManagement({ autoRepair: "yes" }), outcome: { kind: "violation", messageIncludes: ["turns on neither"] } },
        {
            title: "exempted by name with a reason",
            name: "legacy-pool",
            props: poolWithManagement(undefined),
            config: { exemptions: [{ resource: "legacy-pool", reason: "migrating to a managed pool in ticket OPS-1234" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "exempted by configuration: migrating to a managed pool in ticket OPS-1234" },
        },
        {
            title: "exempted for every stack tagged env=sandbox",
            props: poolWithManagement(undefined),
            stackTags: { env: "sandbox", "pulumi:project": "lab" },
            config: { exemptions: [{ stackTag: "env=sandbox", reason: "sandbox stacks are rebuilt nightly from images" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "exempted by configuration for stacks tagged env=sandbox: sandbox stacks are rebuilt nightly" },
        },
        {
            title: "a stack-tag exemption does not cover other stacks",
            props: poolWithManagement(undefined),
            stackTags: { env: "prod" },
            config: { exemptions: [{ stackTag: "env=sandbox", reason: "sandbox stacks are rebuilt nightly from images" }] },
            outcome: { kind: "violation", messageIncludes: ["without a management block"] },
        },
    ],
};
