// Stacks for the KMS key policies: a key used by a cluster's Secret encryption or a node pool's disks.
import { ExampleResource, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { MANAGED } from "./cluster.fixtures";

/** A key that passes every KMS policy. */
export const KEY = {
    description: "ACK Secret encryption",
    keySpec: "Aliyun_AES_256",
    keyUsage: "ENCRYPT/DECRYPT",
    deletionProtection: "Enabled",
    pendingWindowInDays: 30,
    automaticRotation: "Enabled",
    rotationInterval: "365d",
    status: "Enabled",
};

/** `secrets-key` used by cluster `ack` (or another cluster type) as its encryptionProviderKey. */
export function keyStack(key: Record<string, unknown>, protect: boolean | "none" = true, cluster: Record<string, unknown> = MANAGED, type: string = T.ManagedKubernetes): ExampleResource[] {
    return [
        { type: T.KmsKey, name: "secrets-key", props: key, protect: protect === "none" ? undefined : protect },
        { type, name: "ack", props: { ...cluster, encryptionProviderKey: UNKNOWN }, propertyDependencies: { encryptionProviderKey: ["secrets-key"] } },
    ];
}

/** `secrets-key` used as the system-disk key of node pool `workers`. */
export function diskKeyStack(key: Record<string, unknown>, prop: "systemDiskKmsKey" | "dataDisks" = "systemDiskKmsKey"): ExampleResource[] {
    const disks = prop === "dataDisks" ? { dataDisks: [{ category: "cloud_essd", size: 100, encrypted: "true", kmsKeyId: UNKNOWN }] } : { systemDiskEncrypted: true, systemDiskKmsKey: UNKNOWN };
    return [
        { type: T.KmsKey, name: "secrets-key", props: key, protect: true },
        { type: T.ManagedKubernetes, name: "ack", props: MANAGED },
        { type: T.NodePool, name: "workers", props: { nodePoolName: "workers", clusterId: UNKNOWN, vswitchIds: ["vsw-a"], ...disks }, propertyDependencies: { clusterId: ["ack"], [prop]: ["secrets-key"] } },
    ];
}
