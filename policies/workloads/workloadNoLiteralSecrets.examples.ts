import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { K } from "./kinds";
import { HARDENED_DEPLOYMENT, LITERAL_PASSWORD, RISKY_DEPLOYMENT, withContainer } from "./workload.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-workload-no-literal-secrets",
    resourceType: K.Deployment,
    compliant: [
        { title: "a hardened Deployment from a private registry pinned by digest", props: HARDENED_DEPLOYMENT, outcome: { kind: "pass" } },
        { title: "non-secret names with literal values", props: withContainer({ env: [{ name: "KEYCLOAK_URL", value: "https://sso" }, { name: "MONKEY_MODE", value: "on" }] }), outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "a privileged Deployment from a public :latest image with a literal password env var",
            props: RISKY_DEPLOYMENT,
            outcome: { kind: "violation", messageIncludes: ["spec.template.spec.containers[0] \"web\" env[0]: found env var \"DB_PASSWORD\" with a literal value (<set>)", "valueFrom.secretKeyRef"], messageExcludes: [LITERAL_PASSWORD] },
        },
        {
            title: "an API token in camelCase",
            props: withContainer({ env: [{ name: "LOG_LEVEL", value: "info" }, { name: "githubToken", value: "ghp_0123456789abcdef" }] }),
            outcome: { kind: "violation", messageIncludes: ["env[1]: found env var \"githubToken\""], messageExcludes: ["ghp_0123456789abcdef"] },
        },
        {
            title: "a literal computed from a generated password (unknown at preview) is still literal",
            props: withContainer({ env: [{ name: "REDIS_PASSWORD", value: UNKNOWN }] }),
            outcome: { kind: "violation", messageIncludes: ["\"REDIS_PASSWORD\" with a literal value (<set>)"] },
        },
    ],
    omitted: [{ title: "no env", props: withContainer({ env: undefined }), outcome: { kind: "pass" } }],
    unknown: [{ title: "the env list computed at preview", props: withContainer({ env: UNKNOWN }), outcome: { kind: "unknown" } }],
    more: [
        { title: "a custom name pattern", props: withContainer({ env: [{ name: "DB_PASSWORD", value: "x" }] }), config: { secretNamePattern: "^SIGNING_" }, outcome: { kind: "pass" } },
        { title: "an invalid pattern falls back to the default", props: withContainer({ env: [{ name: "API_KEY", value: "abc123secret" }] }), config: { secretNamePattern: "(" }, outcome: { kind: "violation", messageIncludes: ["\"API_KEY\""], messageExcludes: ["abc123secret"] } },
        { title: "env entries of odd shapes", props: withContainer({ env: [null, "TOKEN=x", { value: "no-name" }] }), outcome: { kind: "pass" } },
    ],
};
