import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { AUTO_MODE_POOL, EDGE_POOL, pool } from "./node.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-no-public-ip",
    resourceType: T.NodePool,
    compliant: [
        { title: "private nodes", props: pool(), outcome: { kind: "pass" } },
        { title: "bandwidth 0 and no EIP", props: pool({ internetMaxBandwidthOut: 0, scalingConfig: { enable: true, minSize: 1, maxSize: 10, isBondEip: false } }), outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "a public IP per node",
            props: pool({ internetMaxBandwidthOut: 10, internetChargeType: "PayByTraffic" }),
            outcome: { kind: "violation", messageIncludes: ["cs.NodePool internetMaxBandwidthOut: found internetMaxBandwidthOut = 10 (a public IP per node), expected no public address on nodes", "Fix: remove `internetMaxBandwidthOut`"] },
        },
        {
            title: "an EIP per autoscaled node",
            props: pool({ scalingConfig: { enable: true, minSize: 1, maxSize: 10, isBondEip: true, eipBandwidth: 5 } }),
            outcome: { kind: "violation", messageIncludes: ["scalingConfig.isBondEip: found scalingConfig.isBondEip = true (an EIP per node)"] },
        },
        {
            title: "both in one pool: one finding",
            props: pool({ internetMaxBandwidthOut: 5, scalingConfig: { isBondEip: true } }),
            outcome: { kind: "violation", messageIncludes: ["internetMaxBandwidthOut, scalingConfig.isBondEip: found", " and scalingConfig.isBondEip = true"] },
        },
    ],
    omitted: [
        { title: "neither field set: no public address (provider default)", props: pool({ internetMaxBandwidthOut: undefined, scalingConfig: undefined }), outcome: { kind: "pass" } },
    ],
    unknown: [
        { title: "bandwidth computed at preview", props: pool({ internetMaxBandwidthOut: UNKNOWN }), outcome: { kind: "unknown" } },
        { title: "isBondEip computed at preview", props: pool({ scalingConfig: { isBondEip: UNKNOWN } }), outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "bandwidth as a numeric string", props: pool({ internetMaxBandwidthOut: "100" }), outcome: { kind: "violation", messageIncludes: ["internetMaxBandwidthOut = \"100\""] } },
        { title: "bandwidth of the wrong type", props: pool({ internetMaxBandwidthOut: true }), outcome: { kind: "pass" } },
        { title: "isBondEip as the string \"true\"", props: pool({ scalingConfig: { isBondEip: "true" } }), outcome: { kind: "violation", messageIncludes: ["scalingConfig.isBondEip = \"true\""] } },
        { title: "scalingConfig is null", props: pool({ scalingConfig: null }), outcome: { kind: "pass" } },
        { title: "auto mode pool", props: { ...AUTO_MODE_POOL, internetMaxBandwidthOut: 10 }, outcome: { kind: "not-applicable", reasonIncludes: "auto mode node pool: Alibaba Cloud sets node public IPs itself" } },
        { title: "edge node pool", props: EDGE_POOL, outcome: { kind: "not-applicable", reasonIncludes: "edge node pool" } },
        {
            title: "exempted bastion pool",
            name: "bastion",
            props: pool({ internetMaxBandwidthOut: 1 }),
            config: { exemptions: [{ resource: "bastion", reason: "single-node egress test pool, SEC-12" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "exempted by configuration: single-node egress test pool" },
        },
    ],
};
