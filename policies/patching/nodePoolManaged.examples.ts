import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { MANAGED_POOL, poolWithManagement } from "./nodePool.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-managed",
    resourceType: T.NodePool,
    compliant: [
        { title: "a fully managed pool", props: MANAGED_POOL, outcome: { kind: "pass" } },
        { title: "a management block without `enable` (the provider defaults it to true)", props: poolWithManagement({ autoRepair: true }), outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "management.enable is false",
            props: poolWithManagement({ enable: false, autoVulFix: true }),
            outcome: { kind: "violation", messageIncludes: ["management.enable: found false", "Fix: set `management.enable: true`"] },
        },
    ],
    omitted: [
        {
            title: "no management block at all",
            props: poolWithManagement(undefined),
            outcome: { kind: "violation", messageIncludes: ["management: found no management block", "expected management.enable = true"] },
        },
    ],
    unknown: [
        { title: "the management block is computed at preview", props: poolWithManagement(UNKNOWN), outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "auto mode pool (Alibaba Cloud manages it)", props: poolWithManagement(undefined, { autoMode: { enabled: true } }), outcome: { kind: "not-applicable", reasonIncludes: "auto mode" } },
        { title: "management is null", props: poolWithManagement(null), outcome: { kind: "violation", messageIncludes: ["no management block"] } },
        { title: "management.enable has the wrong type", props: poolWithManagement({ enable: "yes" }), outcome: { kind: "violation", messageIncludes: ["management.enable: found \"yes\""] } },
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
            outcome: { kind: "violation", messageIncludes: ["found no management block"] },
        },
    ],
};
