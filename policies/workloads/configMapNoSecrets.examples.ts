import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { K } from "./kinds";

const SECRET = "hunter2-Sup3rS3cret";
const cm = (data: Record<string, unknown> | undefined) => ({ metadata: { name: "app-config", namespace: "shop" }, data });

export const examples: PolicyExamples = {
    policy: "ack-workload-configmap-no-secrets",
    resourceType: K.ConfigMap,
    compliant: [
        { title: "plain settings", props: cm({ LOG_LEVEL: "info", DB_HOST: "db.internal", FEATURE_FLAGS: "a,b" }), outcome: { kind: "pass" } },
        { title: "a key naming a credential whose value is a placeholder", props: cm({ DB_PASSWORD: "${DB_PASSWORD}" }), outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "a literal password", props: cm({ DB_HOST: "db", DB_PASSWORD: SECRET }), outcome: { kind: "violation", messageIncludes: ["ConfigMap data: found data[\"DB_PASSWORD\"] is named like a credential and holds a literal value"], messageExcludes: [SECRET] } },
        { title: "a private key under an innocent name", props: cm({ "tls.pem": "-----BEGIN RSA PRIVATE KEY-----\nMIIB...\n-----END RSA PRIVATE KEY-----" }), outcome: { kind: "violation", messageIncludes: ["data[\"tls.pem\"] holds a PEM private key"], messageExcludes: ["MIIB"] } },
        { title: "a connection URL with a password", props: cm({ DATABASE_URL: `postgres://app:${SECRET}@db:5432/shop` }), outcome: { kind: "violation", messageIncludes: ["holds a URL with a password"], messageExcludes: [SECRET] } },
        { title: "an AccessKey id", props: cm({ OSS_ID: "LTAI5tAbCdEfGhIjKlMnOpQr" }), outcome: { kind: "violation", messageIncludes: ["an Alibaba Cloud AccessKey id"], messageExcludes: ["LTAI5t"] } },
    ],
    omitted: [{ title: "no data", props: cm(undefined), outcome: { kind: "pass" } }],
    unknown: [{ title: "a value computed at preview", props: cm({ API_TOKEN: UNKNOWN }), outcome: { kind: "unknown" } }],
    more: [
        { title: "a ConfigMapPatch", type: K.ConfigMapPatch, props: cm({ apiToken: SECRET }), outcome: { kind: "violation", messageIncludes: ["data[\"apiToken\"]"], messageExcludes: [SECRET] } },
        { title: "an exempted ConfigMap", name: "public-keys", props: cm({ signing_key_id: "k1" }), config: { exemptions: [{ resource: "public-keys", reason: "holds public key ids only, reviewed SEC-9" }] }, outcome: { kind: "not-applicable", reasonIncludes: "public key ids" } },
    ],
};
