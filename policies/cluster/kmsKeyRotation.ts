import { stackPolicy } from "../../model/policy";
import { asString, show } from "../../model/props";
import { T } from "../../model/resources";
import { KMS_CLUSTER_TYPES } from "../../model/clusterSets";
import { KMS_SECRETS_URL, keysAckUses } from "./kmsKeys";

interface Config {
    maxRotationDays: number;
}

const UNIT_SECONDS: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 };

/** Seconds of a KMS rotation interval ("365d", "604800s"), or undefined when it is not in that form. */
export function rotationSeconds(v: string): number | undefined {
    const m = /^(\d+)([dhms])$/.exec(v.trim());
    return m ? Number(m[1]) * UNIT_SECONDS[m[2]] : undefined;
}

// Rotating the key ACK encrypts Secrets (and node disks) with limits what one leaked key version
// exposes; KMS keeps old versions for decryption, so rotation never breaks reads. An interval
// longer than a year rotates too rarely (KICS's bound, and the longest KMS takes for software keys).
export const kmsKeyRotation = stackPolicy<Config>({
    name: "ack-kms-key-rotation",
    displayName: "KMS keys ACK depends on rotate automatically",
    description: "A kms.Key used as a cluster's encryptionProviderKey or a node pool's disk key must set `automaticRotation: \"Enabled\"` with a `rotationInterval` of at most maxRotationDays (default 365).",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "Key hygiene of the customer's own keys, free to turn on and harmless to reads (old versions still decrypt); ACK supports rotating the Secret-encryption key.",
    remediation: { does: false, why: "stack policy (only keys a cluster depends on are judged): the SDK remediates resource policies only." },
    url: KMS_SECRETS_URL,
    remediationSteps: "On the kms.Key set `automaticRotation: \"Enabled\"` and `rotationInterval: \"365d\"` (or shorter: software keys take 7 to 365 days).",
    responsibility: "workloads",
    clusterTypes: KMS_CLUSTER_TYPES,
    facts: [
        { fact: "kms.Key rotationInterval takes an integer with unit d, h, m or s (7d = 604800s); it is required when automaticRotation is Enabled; default keys rotate only every 365 days, software-protected keys every 7 to 365 days, hardware-protected keys do not rotate automatically.", source: "@pulumi/alicloud 3.108.0 as installed (kms/key.d.ts rotationInterval)", checked: "2026-12-03" },
        { fact: "KICS high_kms_key_rotation_period fails an alicloud_kms_key whose rotation_interval exceeds one year (31536000 s) or whose automatic_rotation is missing or Disabled.", source: "https://github.com/Checkmarx/kics/blob/master/assets/queries/terraform/alicloud/high_kms_key_rotation_period/query.rego", checked: "2026-12-03" },
    ],
    config: {
        maxRotationDays: {
            type: "integer",
            minimum: 7,
            description: "The longest rotation interval allowed, in days (KMS takes 7 to 365 days for software keys).",
            default: 365,
        },
    },
    resourceTypes: [T.KmsKey, T.ManagedKubernetes, T.ServerlessKubernetes, T.NodePool],
    check: (ctx) => {
        const maxSeconds = ctx.config.maxRotationDays * 86400;
        for (const { key, props, why } of keysAckUses(ctx.resources)) {
            // Keys that cannot rotate are judged elsewhere: imported material (ack-kms-key-usable)
            // and HSM keys of hardware instances, which KMS does not rotate.
            if (asString(props.origin)?.toUpperCase() === "EXTERNAL") continue;
            if (asString(props.protectionLevel)?.toUpperCase() === "HSM") continue;
            const v = props.automaticRotation;
            if (asString(v) !== "Enabled") {
                ctx.report(key, {
                    path: "automaticRotation",
                    found: v === undefined || v === null ? "not set (provider default: \"Disabled\")" : show(v),
                    expected: "\"Enabled\"",
                    why,
                    fix: `set \`automaticRotation: "Enabled"\` and \`rotationInterval: "${ctx.config.maxRotationDays}d"\` (or shorter) on this kms.Key.`,
                });
                continue;
            }
            const raw = props.rotationInterval;
            const interval = asString(raw);
            const seconds = interval === undefined ? undefined : rotationSeconds(interval);
            if (seconds === undefined || seconds > maxSeconds) {
                ctx.report(key, {
                    path: "rotationInterval",
                    found: raw === undefined || raw === null ? "not set (the provider requires it with automaticRotation \"Enabled\")"
                        : seconds === undefined ? `${show(raw)}, not an interval such as "365d" or "604800s"`
                        : `${show(raw)} (${Math.round((seconds / 86400) * 100) / 100} days)`,
                    expected: `at most ${ctx.config.maxRotationDays} days (maxRotationDays)`,
                    why: `${why} A key version that stays in use longer exposes more data if it leaks.`,
                    fix: `set \`rotationInterval: "${ctx.config.maxRotationDays}d"\` (or shorter) on this kms.Key.`,
                });
            }
        }
    },
});
