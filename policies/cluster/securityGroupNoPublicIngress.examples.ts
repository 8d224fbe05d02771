import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { literalStack, sgStack } from "./securityGroup.fixtures";

const OPEN = { cidrIp: "0.0.0.0/0" };

export const examples: PolicyExamples = {
    policy: "ack-sg-no-public-ingress",
    resourceType: T.SecurityGroupRule,
    compliant: [
        { title: "SSH from an office range on a group no cluster uses", resources: sgStack({}, "other-sg"), target: "rule", outcome: { kind: "pass" } },
        { title: "HTTPS from the internet", resources: sgStack({ ...OPEN, portRange: "443/443" }, "other-sg"), target: "rule", outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "SSH from 0.0.0.0/0 on a group no cluster or pool of the stack uses",
            resources: sgStack(OPEN, "other-sg"),
            target: "rule",
            outcome: { kind: "violation", messageIncludes: ["found ingress tcp \"22/22\" accepted from 0.0.0.0/0 on a security group no cluster or node pool of this stack uses"] },
        },
        {
            title: "a literal security group id that no cluster names",
            resources: literalStack({ ...OPEN, portRange: "3389/3389" }, "sg-0elsewhere"),
            target: "rule",
            outcome: { kind: "violation", messageIncludes: ["3389 (RDP)"] },
        },
    ],
    omitted: [
        { title: "policy omitted (default accept)", resources: sgStack({ ...OPEN, policy: undefined }, "other-sg"), target: "rule", outcome: { kind: "violation", messageIncludes: ["22 (SSH)"] } },
    ],
    unknown: [
        { title: "portRange computed at preview", resources: sgStack({ ...OPEN, portRange: UNKNOWN }, "other-sg"), target: "rule", outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "a rule on the cluster's group is left to ack-node-sg-no-public-ingress", resources: sgStack(OPEN), target: "rule", outcome: { kind: "pass" } },
        { title: "a literal id the cluster names is left to ack-node-sg-no-public-ingress", resources: literalStack(OPEN, "sg-0literal"), target: "rule", outcome: { kind: "pass" } },
    ],
};
