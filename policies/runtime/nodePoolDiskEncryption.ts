import { resourcePolicy } from "../../model/policy";
import { asArray, asBool, asObject, listed, present, show } from "../../model/props";
import { PropsOf, T } from "../../model/resources";
import { judgedNodePool } from "./common";
import { NODE_CLUSTER_TYPES } from "../../model/clusterSets";

/** One data disk entry, as the SDK types it (values still unchecked). */
type DataDisk =
    | NonNullable<PropsOf[typeof T.NodePool]["dataDisks"]>[number]
    | NonNullable<PropsOf[typeof T.EdgeKubernetes]["workerDataDisks"]>[number];

interface Config {
    requireKms: boolean;
}

/** How an `encrypted` value appears: the field is a string ("true"/"false") in the schema. */
function describeEncrypted(v: unknown): string {
    return v === undefined || v === null ? "not set (provider default: false)" : show(v);
}

// Node disks hold container images, emptyDir volumes, logs and kubelet state (including mounted
// Secrets on disk-backed volumes); ECS encryption protects them in snapshots and at rest.
// cs.EdgeKubernetes has no system disk encryption input, so only its worker data disks are judged.
export const nodePoolDiskEncryption = resourcePolicy<typeof T.NodePool | typeof T.EdgeKubernetes, Config>({
    name: "ack-nodepool-disk-encryption",
    displayName: "Node disks are encrypted",
    description: "Node pools must encrypt the system disk and every data disk (cs.EdgeKubernetes: every worker data disk), optionally with a customer KMS key.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "Protecting data on nodes is the customer's on every cluster type, and disks can only be encrypted when they are created, so the setting must be right before the pool exists.",
    remediation: { does: false, why: "fails (a) single secure answer: the KMS key is the team's choice, and encryption applies only to disks created afterwards." },
    url: "https://www.alibabacloud.com/help/en/ecs/user-guide/encryption-overview",
    remediationSteps: "Set `systemDiskEncrypted: true` and `encrypted: \"true\"` on every `dataDisks` entry of the cs.NodePool (`workerDataDisks` on cs.EdgeKubernetes); with requireKms also `systemDiskKmsKey` and each disk's `kmsKeyId`.",
    responsibility: "cluster-network-configuration",
    clusterTypes: NODE_CLUSTER_TYPES,
    config: {
        requireKms: {
            type: "boolean",
            description: "Also require a customer KMS key (systemDiskKmsKey, dataDisks[].kmsKeyId) instead of the default service key.",
            default: false,
        },
    },
    resourceTypes: [T.NodePool, T.EdgeKubernetes],
    check: (props, ctx) => {
        judgedNodePool(ctx, props, "disk encryption");
        const requireKms = ctx.config.requireKms === true;
        const paths: string[] = [];
        const found: string[] = [];
        const fixes: string[] = [];
        if (ctx.type === T.NodePool) {
            const np = props as PropsOf[typeof T.NodePool];
            const enc = np.systemDiskEncrypted;
            if (asBool(enc) !== true) {
                paths.push("systemDiskEncrypted");
                found.push(`systemDiskEncrypted ${enc === undefined || enc === null ? "not set (provider default: false)" : `= ${show(enc)}`}`);
                fixes.push("`systemDiskEncrypted: true`");
            } else if (requireKms && !present(np, "systemDiskKmsKey")) { // presence only: a kms.Key of the stack is unknown at preview
                paths.push("systemDiskKmsKey");
                found.push("systemDiskKmsKey not set (the default service key is used)");
                fixes.push("`systemDiskKmsKey: <KMS key id>`");
            }
        }
        const field = ctx.type === T.NodePool ? "dataDisks" : "workerDataDisks";
        const disks = asArray(ctx.type === T.NodePool
            ? (props as PropsOf[typeof T.NodePool]).dataDisks
            : (props as PropsOf[typeof T.EdgeKubernetes]).workerDataDisks);
        for (let i = 0; i < disks.length; i++) {
            const disk = asObject(disks[i]) === undefined ? undefined : (disks[i] as DataDisk);
            const enc = disk?.encrypted;
            if (asBool(enc) !== true) {
                paths.push(`${field}[${i}].encrypted`);
                found.push(`${field}[${i}].encrypted ${describeEncrypted(enc)}`);
                fixes.push(`\`encrypted: "true"\` on ${field}[${i}]`);
            } else if (requireKms && !present(disk, "kmsKeyId")) {
                paths.push(`${field}[${i}].kmsKeyId`);
                found.push(`${field}[${i}].kmsKeyId not set (the default service key is used)`);
                fixes.push(`\`kmsKeyId\` on ${field}[${i}]`);
            }
        }
        if (paths.length === 0) {
            return;
        }
        ctx.report({
            path: listed(paths),
            found: listed(found, "; "),
            expected: requireKms ? "every node disk encrypted with a customer KMS key" : "every node disk encrypted",
            why: "Encryption can only be chosen when a disk is created; unencrypted node disks expose images, volumes and logs in snapshots.",
            fix: `set ${listed(fixes)}.`,
        });
    },
});
