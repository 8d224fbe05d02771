import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { AUTO_MODE_POOL, EDGE_POOL, pool } from "./node.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-non-root-login",
    resourceType: T.NodePool,
    compliant: [
        { title: "login as ecs-user", props: pool(), outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "root login explicitly", props: pool({ loginAsNonRoot: false }), outcome: { kind: "violation", messageIncludes: ["cs.NodePool loginAsNonRoot: found false, expected true (login as ecs-user)", "Fix: set `loginAsNonRoot: true`"] } },
    ],
    omitted: [
        { title: "not set: root login", props: pool({ loginAsNonRoot: undefined }), outcome: { kind: "violation", messageIncludes: ["found not set (provider default: false, login as root)"] } },
    ],
    unknown: [
        { title: "computed at preview", props: pool({ loginAsNonRoot: UNKNOWN }), outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "the string \"true\"", props: pool({ loginAsNonRoot: "true" }), outcome: { kind: "pass" } },
        { title: "wrong type", props: pool({ loginAsNonRoot: "ecs-user" }), outcome: { kind: "violation", messageIncludes: ["found \"ecs-user\""] } },
        { title: "null", props: pool({ loginAsNonRoot: null }), outcome: { kind: "violation", messageIncludes: ["found not set"] } },
        { title: "auto mode pool", props: AUTO_MODE_POOL, outcome: { kind: "not-applicable", reasonIncludes: "auto mode node pool: Alibaba Cloud sets the node login user itself" } },
        { title: "edge node pool", props: EDGE_POOL, outcome: { kind: "not-applicable", reasonIncludes: "edge node pool" } },
    ],
};
