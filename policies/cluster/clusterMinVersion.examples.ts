import { ExampleCase, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { DEDICATED, EDGE, MANAGED, SERVERLESS } from "./cluster.fixtures";

/** The other cluster resources, where the policy behaves differently. */
const otherTypes: ExampleCase[] = [
    { type: T.ServerlessKubernetes, title: "serverless: 1.33", props: { ...SERVERLESS, version: "1.33.1-aliyun.1" }, outcome: { kind: "violation", messageIncludes: ["cs.ServerlessKubernetes version"] } },
    { type: T.EdgeKubernetes, title: "edge: 1.30", props: { ...EDGE, version: "1.30.1-aliyun.1" }, outcome: { kind: "violation", messageIncludes: ["cs.EdgeKubernetes version: found \"1.30.1-aliyun.1\""] } },
    { type: T.Kubernetes, title: "dedicated: no version", props: DEDICATED, outcome: { kind: "pass" } },
];

export const examples: PolicyExamples = {
    policy: "ack-cluster-min-version",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "an ACK release of 1.35", props: { ...MANAGED, version: "1.35.1-aliyun.1" }, outcome: { kind: "pass" } },
        { title: "1.36", props: { ...MANAGED, version: "1.36" }, outcome: { kind: "pass" } },
        { title: "1.35 on its last day of support, 2027-02-28", asOf: "2027-02-28", props: { ...MANAGED, version: "1.35.1-aliyun.1" }, outcome: { kind: "pass" } },
        { title: "1.34 on 2026-09-30, before ACK's support ended", asOf: "2026-09-30", props: { ...MANAGED, version: "1.34.1-aliyun.1" }, outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "1.34 on 2026-12-03 (support ended 2026-09-30)", props: { ...MANAGED, version: "1.34.1-aliyun.1" }, outcome: { kind: "violation", messageIncludes: ["version: found \"1.34.1-aliyun.1\", expected a minor ACK supports on 2026-12-03: 1.35 or later", "ACK's support of 1.34 ended on 2026-09-30"] } },
        // The floor moves on the day ACK's support ends.
        { title: "1.35 on 2027-03-01 (support ended 2027-02-28)", asOf: "2027-03-01", props: { ...MANAGED, version: "1.35.1-aliyun.1" }, outcome: { kind: "violation", messageIncludes: ["expected a minor ACK supports on 2027-03-01: 1.36 or later", "ACK's support of 1.35 ended on 2027-02-28"] } },
        { title: "not a version", props: { ...MANAGED, version: "latest" }, outcome: { kind: "violation", messageIncludes: ["version: found \"latest\", expected a Kubernetes version"] } },
    ],
    omitted: [{ title: "no version: the latest at creation", props: MANAGED, outcome: { kind: "pass" } }],
    unknown: [{ title: "version from a data source at preview", props: { ...MANAGED, version: UNKNOWN }, outcome: { kind: "unknown" } }],
    more: [
        ...otherTypes,
        { title: "numeric comparison: 1.9 is older than 1.10", props: { ...MANAGED, version: "1.9.3" }, config: { minimumVersion: "1.10" }, outcome: { kind: "violation", messageIncludes: ["expected 1.10 or later"] } },
        { title: "numeric comparison: 1.10 is newer than 1.9", props: { ...MANAGED, version: "1.10.0" }, config: { minimumVersion: "1.9" }, outcome: { kind: "pass" } },
        { title: "a patch-level minimum", props: { ...MANAGED, version: "1.35.0-aliyun.1" }, config: { minimumVersion: "1.35.1" }, outcome: { kind: "violation", messageIncludes: ["expected 1.35.1 or later"] } },
        { title: "a v prefix", props: { ...MANAGED, version: "v1.36.0" }, outcome: { kind: "pass" } },
        { title: "an empty version string", props: { ...MANAGED, version: "" }, outcome: { kind: "violation", messageIncludes: ["found \"\""] } },
        { title: "minimum lowered to tolerate 1.34 until upgrade", props: { ...MANAGED, version: "1.34.1-aliyun.1" }, config: { minimumVersion: "1.34" }, outcome: { kind: "pass" } },
        { title: "a configured floor names its own end of support", props: { ...MANAGED, version: "1.34.1-aliyun.1" }, config: { minimumVersion: "1.35" }, outcome: { kind: "violation", messageIncludes: ["expected 1.35 or later (minimumVersion)", "1.35 itself is supported until 2027-02-28"] } },
        { title: "a minor newer than ACKGuard's table (released after it was written) passes", props: { ...MANAGED, version: "1.38.0-aliyun.1" }, outcome: { kind: "pass" } },
        { title: "a minor ACK never released (1.29)", props: { ...MANAGED, version: "1.29.3" }, outcome: { kind: "violation", messageIncludes: ["ACK does not support 1.29", "1.35 or later"] } },
        { title: "every minor of the table expired on 2027-06-01: the message says the table is out of date", asOf: "2027-06-01", props: { ...MANAGED, version: "1.36.1-aliyun.1" }, outcome: { kind: "violation", messageIncludes: ["ACK's support of 1.36 ended on 2027-05-30", "the table is out of date"] } },
    ],
};

