// Which kms.Key resources of a stack ACK depends on: the key that encrypts a cluster's Secrets
// (`encryptionProviderKey`, unless `disableEncryption`) and the keys of node disks
// (`systemDiskKmsKey`, `dataDisks[].kmsKeyId` of a node pool). Found through property
// dependencies only: a key given as a literal id is outside the stack and not judged.
import type { PolicyResource } from "@pulumi/policy";
import { dependenciesOf } from "../../model/graph";
import { asBool } from "../../model/props";
import { PropsOf, propsAs, T } from "../../model/resources";

export const KMS_SECRETS_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/security-and-compliance/use-kms-to-encrypt-kubernetes-secrets-2";

export interface KeyUse {
    key: PolicyResource;
    props: PropsOf[typeof T.KmsKey];
    /** Why ACK needs it, for messages: "Cluster ack encrypts its Secrets with this key." */
    why: string;
}

/** Every kms.Key of the stack ACK depends on, once each, with its first use. */
export function keysAckUses(resources: PolicyResource[]): KeyUse[] {
    const out = new Map<string, KeyUse>();
    const add = (key: PolicyResource, why: string) => {
        const props = propsAs(key, T.KmsKey);
        if (props !== undefined && !out.has(key.urn)) out.set(key.urn, { key, props, why });
    };
    for (const r of resources) {
        const cluster = propsAs(r, T.ManagedKubernetes, T.ServerlessKubernetes);
        if (cluster !== undefined && asBool(cluster.disableEncryption) !== true) {
            for (const key of dependenciesOf(r, "encryptionProviderKey")) {
                add(key, `Cluster ${r.name} encrypts its Secrets with this key; if it is deleted or disabled the API server cannot read them.`);
            }
        }
        if (r.type === T.NodePool) {
            for (const prop of ["systemDiskKmsKey", "dataDisks"]) {
                for (const key of dependenciesOf(r, prop)) {
                    add(key, `Node pool ${r.name} encrypts its node disks with this key; if it is deleted or disabled its nodes cannot read their disks.`);
                }
            }
        }
    }
    return [...out.values()];
}
