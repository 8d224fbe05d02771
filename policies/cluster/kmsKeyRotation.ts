import { stackPolicy } from "../../model/policy";
import { asString, show } from "../../model/props";
import { T } from "../../model/resources";
import { KMS_CLUSTER_TYPES } from "../../model/clusterSets";
import { KMS_SECRETS_URL, keysAckUses } from "./kmsKeys";

// Rotating the key ACK encrypts Secrets (and node disks) with limits what one leaked key version
// exposes; KMS keeps old versions for decryption, so rotation never breaks reads.
export const kmsKeyRotation = stackPolicy({
    name: "ack-kms-key-rotation",
    displayName: "KMS keys ACK depends on rotate automatically",
    description: "A kms.Key used as a cluster's encryptionProviderKey or a node pool's disk key must set `automaticRotation: \"Enabled\"` (with a `rotationInterval`).",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "Key hygiene of the customer's own keys, free to turn on and harmless to reads (old versions still decrypt); ACK supports rotating the Secret-encryption key.",
    remediation: { does: false, why: "stack policy (only keys a cluster depends on are judged): the SDK remediates resource policies only." },
    url: KMS_SECRETS_URL,
    remediationSteps: "On the kms.Key set `automaticRotation: \"Enabled\"` and `rotationInterval: \"365d\"` (or shorter where the key type allows).",
    responsibility: "workloads",
    clusterTypes: KMS_CLUSTER_TYPES,
    resourceTypes: [T.KmsKey, T.ManagedKubernetes, T.ServerlessKubernetes, T.NodePool],
    check: (ctx) => {
        for (const { key, props, why } of keysAckUses(ctx.resources)) {
            // Keys that cannot rotate are judged elsewhere: imported material (ack-kms-key-usable)
            // and HSM keys of hardware instances, which KMS does not rotate.
            if (asString(props.origin)?.toUpperCase() === "EXTERNAL") continue;
            if (asString(props.protectionLevel)?.toUpperCase() === "HSM") continue;
            const v = props.automaticRotation;
            if (asString(v) === "Enabled") continue;
            ctx.report(key, {
                path: "automaticRotation",
                found: v === undefined || v === null ? "not set (provider default: \"Disabled\")" : show(v),
                expected: "\"Enabled\"",
                why,
                fix: "set `automaticRotation: \"Enabled\"` and a `rotationInterval` on this kms.Key.",
            });
        }
    },
});
