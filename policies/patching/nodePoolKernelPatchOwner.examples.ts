import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { MANAGED_POOL, poolWith, poolWithManagement } from "./nodePool.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-kernel-patch-owner",
    resourceType: T.NodePool,
    compliant: [
        { title: "the pool names its kernel patch owner", props: { ...MANAGED_POOL, tags: { "kernel-patch-owner": "sre (runbook: wiki/kernel)" } }, outcome: { kind: "pass" } },
        { title: "the stack names it once for every pool", props: MANAGED_POOL, stackTags: { "kernel-patch-owner": "platform-team" }, outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "auto CVE fixing on, nobody named for the kernel",
            props: { ...MANAGED_POOL, tags: { team: "payments" } },
            outcome: { kind: "violation", level: "advisory", messageIncludes: ["tags[\"kernel-patch-owner\"]: found not set on this node pool nor on the stack", "excludes the kernel package by default"] },
        },
    ],
    omitted: [
        { title: "no tags at all", props: MANAGED_POOL, outcome: { kind: "violation", level: "advisory", messageIncludes: ["found not set"] } },
    ],
    unknown: [
        { title: "tags computed at preview", props: { ...MANAGED_POOL, tags: UNKNOWN }, outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "automatic CVE fixing off: ack-nodepool-auto-vul-fix judges the pool", props: poolWith({ autoVulFix: false }), outcome: { kind: "not-applicable", reasonIncludes: "automatic CVE fixing is off" } },
        { title: "custom image: the whole OS is patched by hand", props: { ...MANAGED_POOL, imageType: "Custom" }, outcome: { kind: "not-applicable", reasonIncludes: "custom OS image" } },
        { title: "edge node pool", props: poolWithManagement(undefined, { type: "edge" }), outcome: { kind: "not-applicable", reasonIncludes: "edge node pool" } },
        { title: "the tag key is configurable", props: { ...MANAGED_POOL, tags: { "patch-team": "sre" } }, config: { ownerTagKey: "patch-team" }, outcome: { kind: "pass" } },
    ],
};
