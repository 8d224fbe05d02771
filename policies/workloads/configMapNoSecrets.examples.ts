import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { K } from "./kinds";

const SECRET = "hunter2-Sup3rS3cret";
/** File-style entries: the same settings as whole configuration files. */
const YAML_FILE = `server:\n  port: 8080\ndatabase:\n  host: db.internal\n  user: shop\n  password: ${SECRET}\n`;
const JSON_FILE = JSON.stringify({ oss: { bucket: "shop-assets", accessKeySecret: SECRET }, logLevel: "info" });
const PROPERTIES_FILE = `# shop\nspring.datasource.url=jdbc:mysql://db:3306/shop\nspring.datasource.password=${SECRET}\n`;
const INI_FILE = `[client]\nuser = shop\npassword = "${SECRET}"\n`;
const ENV_FILE = `LOG_LEVEL=info\nexport API_TOKEN=${SECRET}\n`;
/** Settings whose names mention credentials but hold none. */
const CLEAN_FILE = `analysis:\n  tokenizer: standard\n  author: shop-team\nauthorizationMode: RBAC\nauth:\n  enabled: true\n  tokenUrl: https://sso.internal/token\n  passwordFile: /etc/app/secret/password\n  secretName: shop-db\n  passwordMinLength: 12\n  apiKey: \${API_KEY}\n`;

const cm = (data: Record<string, unknown> | undefined) => ({ metadata: { name: "app-config", namespace: "shop" }, data });

export const examples: PolicyExamples = {
    policy: "ack-workload-configmap-no-secrets",
    resourceType: K.ConfigMap,
    compliant: [
        { title: "plain settings", props: cm({ LOG_LEVEL: "info", DB_HOST: "db.internal", FEATURE_FLAGS: "a,b" }), outcome: { kind: "pass" } },
        { title: "a key naming a credential whose value is a placeholder", props: cm({ DB_PASSWORD: "${DB_PASSWORD}" }), outcome: { kind: "pass" } },
        { title: "a config.yaml whose credential-named settings are references, switches and placeholders", props: cm({ "config.yaml": CLEAN_FILE }), outcome: { kind: "pass" } },
        { title: "an nginx.conf and a JSON file without credentials", props: cm({ "nginx.conf": "server {\n  listen 80;\n  location / { proxy_pass http://shop:8080; }\n}\n", "app.json": JSON.stringify({ logLevel: "info", tokenTtl: 3600 }) }), outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "a literal password", props: cm({ DB_HOST: "db", DB_PASSWORD: SECRET }), outcome: { kind: "violation", messageIncludes: ["ConfigMap data: found data[\"DB_PASSWORD\"] is named like a credential and holds a literal value"], messageExcludes: [SECRET] } },
        { title: "a private key under an innocent name", props: cm({ "tls.pem": "-----BEGIN RSA PRIVATE KEY-----\nMIIB...\n-----END RSA PRIVATE KEY-----" }), outcome: { kind: "violation", messageIncludes: ["data[\"tls.pem\"] holds a PEM private key"], messageExcludes: ["MIIB"] } },
        { title: "a connection URL with a password", props: cm({ DATABASE_URL: `postgres://app:${SECRET}@db:5432/shop` }), outcome: { kind: "violation", messageIncludes: ["holds a URL with a password"], messageExcludes: [SECRET] } },
        // File-style entries: credentials inside YAML, JSON, .properties, .ini and .env bodies.
        { title: "a password inside config.yaml", props: cm({ "config.yaml": YAML_FILE }), outcome: { kind: "violation", messageIncludes: ["data[\"config.yaml\"] holds a literal value under a key named like a credential (key database.password)"], messageExcludes: [SECRET] } },
        { title: "an AccessKey secret inside app.json", props: cm({ "app.json": JSON_FILE }), outcome: { kind: "violation", messageIncludes: ["data[\"app.json\"] holds a literal value under a key named like a credential (key oss.accessKeySecret)"], messageExcludes: [SECRET] } },
        { title: "a password inside application.properties", props: cm({ "application.properties": PROPERTIES_FILE }), outcome: { kind: "violation", messageIncludes: ["data[\"application.properties\"] holds a literal value under a key named like a credential (line 3)"], messageExcludes: [SECRET] } },
        { title: "a password inside my.ini", props: cm({ "my.ini": INI_FILE }), outcome: { kind: "violation", messageIncludes: ["data[\"my.ini\"] holds a literal value under a key named like a credential (line 3)"], messageExcludes: [SECRET] } },
        { title: "an exported token inside .env", props: cm({ ".env": ENV_FILE }), outcome: { kind: "violation", messageIncludes: ["data[\".env\"] holds a literal value under a key named like a credential (line 2)"], messageExcludes: [SECRET] } },
        { title: "a GitHub token by its shape inside a YAML list", props: cm({ "ci.yaml": "steps:\n  - run: make\n    with: ghp_0123456789abcdefghijABCDEFGHIJ0123456789\n" }), outcome: { kind: "violation", messageIncludes: ["data[\"ci.yaml\"] holds a GitHub token"], messageExcludes: ["ghp_0123"] } },
        { title: "an AccessKey id", props: cm({ OSS_ID: "LTAI5tAbCdEfGhIjKlMnOpQr" }), outcome: { kind: "violation", messageIncludes: ["an Alibaba Cloud AccessKey id"], messageExcludes: ["LTAI5t"] } },
    ],
    omitted: [
        { title: "no data", props: cm(undefined), outcome: { kind: "pass" } },
        { title: "an empty config.yaml", props: cm({ "config.yaml": "" }), outcome: { kind: "pass" } },
    ],
    unknown: [
        { title: "a value computed at preview", props: cm({ API_TOKEN: UNKNOWN }), outcome: { kind: "unknown" } },
        { title: "a config file computed at preview", props: cm({ "config.yaml": UNKNOWN }), outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "a ConfigMapPatch", type: K.ConfigMapPatch, props: cm({ apiToken: SECRET }), outcome: { kind: "violation", messageIncludes: ["data[\"apiToken\"]"], messageExcludes: [SECRET] } },
        { title: "a password in a multi-document YAML file", props: cm({ "pipelines.yml": `a: 1\n---\nsink:\n  token: ${SECRET}\n` }), outcome: { kind: "violation", messageIncludes: ["(key sink.token)"], messageExcludes: [SECRET] } },
        { title: "a YAML block scalar holding a private key", props: cm({ "tls.yaml": "cert: |\n  -----BEGIN EC PRIVATE KEY-----\n  MHcCAQEE\n  -----END EC PRIVATE KEY-----\n" }), outcome: { kind: "violation", messageIncludes: ["data[\"tls.yaml\"] holds a PEM private key"], messageExcludes: ["MHcCAQEE"] } },
        { title: "a settings key that is not a safe token is not echoed", props: cm({ "odd.json": JSON.stringify({ "my secret!": SECRET }) }), outcome: { kind: "violation", messageIncludes: ["(a key of 10 characters)"], messageExcludes: [SECRET, "my secret!"] } },
        { title: "a list of tokens is named by the list", props: cm({ "tokens.yaml": `tokens:\n  - ${SECRET}\n` }), outcome: { kind: "violation", messageIncludes: ["(key tokens.0)"], messageExcludes: [SECRET] } },
        { title: "invalid YAML is scanned line by line", props: cm({ "broken.yaml": `a: [1, 2\npassword: ${SECRET}\n` }), outcome: { kind: "violation", messageIncludes: ["(line 2)"], messageExcludes: [SECRET] } },
        { title: "an exempted ConfigMap", name: "public-keys", props: cm({ signing_key_id: "k1" }), config: { exemptions: [{ resource: "public-keys", reason: "holds public key ids only, reviewed SEC-9" }] }, outcome: { kind: "not-applicable", reasonIncludes: "public key ids" } },
    ],
};
