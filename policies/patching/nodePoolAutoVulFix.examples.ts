import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { MANAGED_POOL, poolWith, poolWithManagement } from "./nodePool.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-auto-vul-fix",
    resourceType: T.NodePool,
    compliant: [
        { title: "autoVulFix on for asap and later", props: MANAGED_POOL, outcome: { kind: "pass" } },
        { title: "all three priorities, spaced", props: poolWith({ autoVulFixPolicy: { vulLevel: "asap, later, nntf" } }), outcome: { kind: "pass" } },
        {
            title: "a public system image pinned by imageId is not a custom image",
            props: { ...MANAGED_POOL, imageId: "aliyun_3_x64_20G_alibase_20250117.vhd" },
            outcome: { kind: "pass" },
        },
    ],
    violating: [
        {
            title: "autoVulFix explicitly false",
            props: poolWith({ autoVulFix: false }),
            outcome: { kind: "violation", messageIncludes: ["management.autoVulFix: found management.autoVulFix = false", "autoVulFix: true"], messageExcludes: ["management.enable"] },
        },
        {
            title: "only high-priority CVEs fixed",
            props: poolWith({ autoVulFixPolicy: { vulLevel: "asap" } }),
            outcome: { kind: "violation", messageIncludes: ["vulLevel: found \"asap\", expected a list that includes later", "vulLevel: \"asap,later\"", "skips the kernel package"] },
        },
        {
            title: "enable: true alone no longer turns CVE fixing on",
            props: poolWithManagement({ enable: true, autoRepair: true }),
            outcome: { kind: "violation", messageIncludes: ["found management.autoVulFix not set (default false since 2025-08-31)", "management.enable no longer turns CVE fixing on"] },
        },
        {
            title: "a public system image with autoVulFix off is judged (not mistaken for a custom image)",
            props: poolWith({ autoVulFix: false }, { imageId: "aliyun_3_x64_20G_alibase_20250117.vhd" }),
            outcome: { kind: "violation", messageIncludes: ["autoVulFix = false"] },
        },
    ],
    omitted: [
        {
            title: "autoVulFix not set",
            props: poolWithManagement({ autoRepair: true }),
            outcome: { kind: "violation", messageIncludes: ["found management.autoVulFix not set"] },
        },
        {
            title: "vulLevel not set: ACK then fixes asap only",
            props: poolWith({ autoVulFixPolicy: undefined }),
            outcome: { kind: "violation", messageIncludes: ["vulLevel: found not set (ACK then fixes asap only), expected a list that includes later", "vulLevel: \"asap,later\""] },
        },
        {
            title: "no management block",
            props: poolWithManagement(undefined),
            outcome: { kind: "violation", messageIncludes: ["found no management block"] },
        },
    ],
    unknown: [
        { title: "autoVulFix computed at preview", props: poolWith({ autoVulFix: UNKNOWN }), outcome: { kind: "unknown" } },
        { title: "vulLevel computed at preview", props: poolWith({ autoVulFixPolicy: { vulLevel: UNKNOWN } }), outcome: { kind: "unknown" } },
    ],
    more: [
        // Found by the fuzz run: the fix repeated the pool's own priorities, whatever they were.
        {
            title: "a vulLevel that is no list of priorities is not repeated in the fix",
            props: poolWith({ autoVulFixPolicy: { vulLevel: "Zq6hk8TS!#Xv" } }),
            outcome: { kind: "violation", messageIncludes: ["found a value of 12 characters (not shown)", 'vulLevel: "asap,later"'], messageExcludes: ["Zq6hk8TS"] },
        },
        {
            title: "an unknown priority beside a known one is not kept in the fix",
            props: poolWith({ autoVulFixPolicy: { vulLevel: "asap,bogus" } }),
            outcome: { kind: "violation", messageIncludes: ["expected a list that includes later", 'vulLevel: "asap,later"'] },
        },
        { title: "custom image pools are judged by the patch-owner policy", props: poolWith({}, { imageType: "Custom", imageId: "m-abc" }), outcome: { kind: "not-applicable", reasonIncludes: "custom OS image" } },
        { title: "an ECS custom image id alone marks a custom image", props: poolWith({ autoVulFix: false }, { imageId: "m-bp1custom0image" }), outcome: { kind: "not-applicable", reasonIncludes: "custom OS image" } },
        { title: "auto mode pool", props: poolWithManagement(undefined, { autoMode: { enabled: true } }), outcome: { kind: "not-applicable", reasonIncludes: "auto mode" } },
        { title: "edge node pool", props: poolWithManagement(undefined, { type: "edge" }), outcome: { kind: "not-applicable", reasonIncludes: "edge node pool" } },
        {
            title: "requiredVulLevels config demands low-priority fixes too",
            props: MANAGED_POOL,
            config: { requiredVulLevels: ["asap", "later", "nntf"] },
            outcome: { kind: "violation", messageIncludes: ["expected a list that includes nntf", "vulLevel: \"asap,later,nntf\""] },
        },
        { title: "vulLevel of the wrong type", props: poolWith({ autoVulFixPolicy: { vulLevel: 3 } }), outcome: { kind: "violation", messageIncludes: ["vulLevel: found not set"] } },
    ],
};
