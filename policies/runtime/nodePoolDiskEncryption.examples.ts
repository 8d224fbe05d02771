import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { AUTO_MODE_POOL, EDGE_CLUSTER, EDGE_POOL, pool } from "./node.fixtures";

const KEY = "key-hzz62f1cb66fa42qo9ow7";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-disk-encryption",
    resourceType: T.NodePool,
    compliant: [
        { title: "system and data disks encrypted with a KMS key", props: pool(), outcome: { kind: "pass" } },
        { title: "edge cluster worker data disks encrypted", type: T.EdgeKubernetes, props: EDGE_CLUSTER, outcome: { kind: "pass" } },
        { title: "encrypted as a boolean true", props: pool({ dataDisks: [{ size: 100, encrypted: true }] }), outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "system disk not encrypted, second data disk not encrypted",
            props: pool({ systemDiskEncrypted: false, dataDisks: [{ size: 100, encrypted: "true" }, { size: 200, encrypted: "false" }] }),
            outcome: {
                kind: "violation",
                messageIncludes: ["cs.NodePool systemDiskEncrypted, dataDisks[1].encrypted: found systemDiskEncrypted = false; dataDisks[1].encrypted \"false\", expected every node disk encrypted", "Fix: set `systemDiskEncrypted: true`, `encrypted: \"true\"` on dataDisks[1]."],
            },
        },
        {
            title: "edge cluster worker data disk unencrypted",
            type: T.EdgeKubernetes,
            props: { ...EDGE_CLUSTER, workerDataDisks: [{ category: "cloud_essd", size: "100", encrypted: "false" }] },
            outcome: { kind: "violation", messageIncludes: ["cs.EdgeKubernetes workerDataDisks[0].encrypted: found workerDataDisks[0].encrypted \"false\""] },
        },
    ],
    omitted: [
        {
            title: "no encryption fields at all",
            props: pool({ systemDiskEncrypted: undefined, systemDiskKmsKey: undefined, dataDisks: [{ size: 100 }] }),
            outcome: { kind: "violation", messageIncludes: ["systemDiskEncrypted not set (provider default: false); dataDisks[0].encrypted not set (provider default: false)"] },
        },
        { title: "no data disks: only the system disk is judged", props: pool({ dataDisks: undefined }), outcome: { kind: "pass" } },
        { title: "edge cluster without worker data disks", type: T.EdgeKubernetes, props: { ...EDGE_CLUSTER, workerDataDisks: undefined }, outcome: { kind: "pass" } },
    ],
    unknown: [
        { title: "systemDiskEncrypted computed at preview", props: pool({ systemDiskEncrypted: UNKNOWN }), outcome: { kind: "unknown" } },
        { title: "a data disk's encrypted flag computed at preview", props: pool({ dataDisks: [{ size: 100, encrypted: UNKNOWN }] }), outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "empty dataDisks list", props: pool({ dataDisks: [] }), outcome: { kind: "pass" } },
        { title: "dataDisks is null", props: pool({ dataDisks: null }), outcome: { kind: "pass" } },
        { title: "a null data disk entry", props: pool({ dataDisks: [null] }), outcome: { kind: "violation", messageIncludes: ["dataDisks[0].encrypted not set"] } },
        { title: "encrypted of the wrong type", props: pool({ dataDisks: [{ size: 100, encrypted: 1 }] }), outcome: { kind: "violation", messageIncludes: ["dataDisks[0].encrypted 1"] } },
        { title: "systemDiskEncrypted as the string \"true\"", props: pool({ systemDiskEncrypted: "true" }), outcome: { kind: "pass" } },
        {
            title: "requireKms: data disk encrypted with the default key",
            props: pool({ dataDisks: [{ size: 100, encrypted: "true" }] }),
            config: { requireKms: true },
            outcome: { kind: "violation", messageIncludes: ["dataDisks[0].kmsKeyId: found dataDisks[0].kmsKeyId not set (the default service key is used), expected every node disk encrypted with a customer KMS key"] },
        },
        {
            title: "requireKms: system disk without a KMS key",
            props: pool({ systemDiskKmsKey: undefined }),
            config: { requireKms: true },
            outcome: { kind: "violation", messageIncludes: ["systemDiskKmsKey: found systemDiskKmsKey not set"] },
        },
        { title: "requireKms satisfied", props: pool({ dataDisks: [{ size: 100, encrypted: "true", kmsKeyId: KEY }] }), config: { requireKms: true }, outcome: { kind: "pass" } },
        { title: "requireKms: the keys are kms.Keys of the same stack (ids unknown at preview)", props: pool({ systemDiskKmsKey: UNKNOWN, dataDisks: [{ size: 100, encrypted: "true", kmsKeyId: UNKNOWN }] }), config: { requireKms: true }, outcome: { kind: "pass" } },
        { title: "auto mode pool", props: AUTO_MODE_POOL, outcome: { kind: "not-applicable", reasonIncludes: "auto mode node pool: Alibaba Cloud sets disk encryption itself" } },
        { title: "edge node pool", props: EDGE_POOL, outcome: { kind: "not-applicable", reasonIncludes: "edge node pool" } },
    ],
};
