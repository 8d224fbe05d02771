import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { AUTO_MODE_POOL, EDGE_POOL, pool } from "./node.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-os-hardening",
    resourceType: T.NodePool,
    compliant: [
        { title: "Alibaba Cloud Linux hardening", props: pool(), outcome: { kind: "pass" } },
        { title: "MLPS 2.0 hardening instead", props: pool({ securityHardeningOs: undefined, socEnabled: true }), outcome: { kind: "pass" } },
        { title: "deprecated cisEnabled counts as securityHardeningOs", props: pool({ securityHardeningOs: undefined, cisEnabled: true }), outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "hardening explicitly off",
            props: pool({ securityHardeningOs: false }),
            outcome: { kind: "violation", level: "advisory", messageIncludes: ["cs.NodePool securityHardeningOs: found securityHardeningOs = false, socEnabled not set (provider default: false)", "Fix: set `securityHardeningOs: true`"] },
        },
        {
            title: "a public Alibaba Cloud Linux image pinned by imageId is a system image, judged like any",
            props: pool({ securityHardeningOs: false, imageId: "aliyun_3_x64_20G_alibase_20250117.vhd" }),
            outcome: { kind: "violation", level: "advisory", messageIncludes: ["found securityHardeningOs = false"] },
        },
        {
            title: "both baselines (the provider rejects this)",
            props: pool({ socEnabled: true }),
            outcome: { kind: "violation", messageIncludes: ["securityHardeningOs, socEnabled: found securityHardeningOs = true and socEnabled = true, expected exactly one hardening baseline"] },
        },
        {
            title: "deprecated cisEnabled together with socEnabled",
            props: pool({ securityHardeningOs: undefined, cisEnabled: true, socEnabled: true }),
            outcome: { kind: "violation", messageIncludes: ["found cisEnabled = true and socEnabled = true", "cisEnabled is deprecated"] },
        },
    ],
    omitted: [
        {
            title: "no hardening fields: provider default false",
            props: pool({ securityHardeningOs: undefined }),
            outcome: { kind: "violation", messageIncludes: ["found securityHardeningOs not set (provider default: false), socEnabled not set (provider default: false)"] },
        },
        {
            title: "imageType omitted: the default Alibaba Cloud Linux image is judged",
            props: pool({ imageType: undefined, securityHardeningOs: undefined }),
            outcome: { kind: "violation", messageIncludes: ["securityHardeningOs not set"] },
        },
    ],
    unknown: [
        { title: "securityHardeningOs computed at preview", props: pool({ securityHardeningOs: UNKNOWN }), outcome: { kind: "unknown" } },
        { title: "imageType computed at preview", props: pool({ imageType: UNKNOWN }), outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "the string \"true\"", props: pool({ securityHardeningOs: "true" }), outcome: { kind: "pass" } },
        { title: "wrong type", props: pool({ securityHardeningOs: 1 }), outcome: { kind: "violation", messageIncludes: ["found securityHardeningOs = 1"] } },
        { title: "explicit cisEnabled false is named", props: pool({ securityHardeningOs: null, cisEnabled: false }), outcome: { kind: "violation", messageIncludes: ["securityHardeningOs not set (provider default: false)", "cisEnabled (deprecated) = false"] } },
        { title: "Ubuntu image", props: pool({ imageType: "Ubuntu", securityHardeningOs: undefined }), outcome: { kind: "not-applicable", reasonIncludes: "imageType \"Ubuntu\": securityHardeningOs and socEnabled apply to Alibaba Cloud Linux system images only" } },
        { title: "custom image", props: pool({ imageType: undefined, imageId: "m-bp1custom", securityHardeningOs: undefined }), outcome: { kind: "not-applicable", reasonIncludes: "a custom image (imageId \"m-bp1custom\")" } },
        { title: "AliyunLinux4 image is judged", props: pool({ imageType: "AliyunLinux4", securityHardeningOs: undefined }), outcome: { kind: "violation", messageIncludes: ["securityHardeningOs not set"] } },
        { title: "auto mode pool", props: AUTO_MODE_POOL, outcome: { kind: "not-applicable", reasonIncludes: "auto mode node pool: Alibaba Cloud sets OS hardening itself" } },
        { title: "edge node pool", props: EDGE_POOL, outcome: { kind: "not-applicable", reasonIncludes: "edge node pool (type \"edge\")" } },
    ],
};
