import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { AUTO_MODE_POOL, EDGE_POOL, pool } from "./node.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-imds-required",
    resourceType: T.NodePool,
    compliant: [
        { title: "hardened mode only", props: pool(), outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "explicitly optional",
            props: pool({ instanceMetadataOptions: { httpTokens: "optional" } }),
            outcome: { kind: "violation", messageIncludes: ["cs.NodePool instanceMetadataOptions.httpTokens: found \"optional\", expected \"required\"", "Fix: set `instanceMetadataOptions: { httpTokens: \"required\" }`"] },
        },
    ],
    omitted: [
        { title: "no instanceMetadataOptions block", props: pool({ instanceMetadataOptions: undefined }), outcome: { kind: "violation", messageIncludes: ["found not set (provider default: \"optional\")"] } },
        { title: "an empty block", props: pool({ instanceMetadataOptions: {} }), outcome: { kind: "violation", messageIncludes: ["found not set (provider default: \"optional\")"] } },
    ],
    unknown: [
        { title: "httpTokens computed at preview", props: pool({ instanceMetadataOptions: { httpTokens: UNKNOWN } }), outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "upper case value", props: pool({ instanceMetadataOptions: { httpTokens: "Required" } }), outcome: { kind: "pass" } },
        { title: "block is null", props: pool({ instanceMetadataOptions: null }), outcome: { kind: "violation", messageIncludes: ["found not set"] } },
        { title: "block is an array", props: pool({ instanceMetadataOptions: [{ httpTokens: "required" }] }), outcome: { kind: "violation", messageIncludes: ["found not set"] } },
        { title: "httpTokens of the wrong type", props: pool({ instanceMetadataOptions: { httpTokens: true } }), outcome: { kind: "violation", messageIncludes: ["found true"] } },
        { title: "auto mode pool", props: AUTO_MODE_POOL, outcome: { kind: "not-applicable", reasonIncludes: "auto mode node pool: Alibaba Cloud sets instance metadata options itself" } },
        { title: "edge node pool", props: EDGE_POOL, outcome: { kind: "not-applicable", reasonIncludes: "not ECS instances this pool creates" } },
        {
            title: "exempted until components support hardened mode",
            name: "gpu",
            props: pool({ instanceMetadataOptions: undefined }),
            config: { exemptions: [{ resource: "gpu", reason: "GPU driver agent still needs normal-mode metadata, VEND-3" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "exempted by configuration: GPU driver agent" },
        },
    ],
};
