import { asString, show } from "../../model/props";
import { kubePolicy, POLICY_LIBRARY_URL } from "./common";
import { WORKLOAD_TOKENS } from "./kinds";
import { Container, EphemeralContainer, elementsOf, objectOf, workloadContainers } from "./podSpec";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

interface Config {
    secretNamePattern: string;
}

/** The env var field holding a literal value (a key of the SDK's EnvVar, checked by tsc). */
const LITERAL: keyof NonNullable<(Container | EphemeralContainer)["env"]>[number] = "value";

export const SECRET_NAME_PATTERN = "PASSW(OR)?D|PASSPHRASE|SECRET|TOKEN|CREDENTIAL|PRIVATE_?KEY|API_?KEY|ACCESS_?KEY|(^|[_.-])(PWD|KEY)([_.-]|$)";

function compile(pattern: unknown): RegExp {
    try {
        return new RegExp(asString(pattern) ?? SECRET_NAME_PATTERN, "i");
    } catch {
        return new RegExp(SECRET_NAME_PATTERN, "i"); // an invalid pattern in config falls back to the default
    }
}

// A literal value sits in the pod spec, the Pulumi state and `kubectl get -o yaml` in plain text.
// The value is never read: its presence is the violation, and it may be a secret computed at preview.
export const workloadNoLiteralSecrets = kubePolicy<Config>({
    name: "ack-workload-no-literal-secrets",
    displayName: "Secrets are not literal env values",
    description: "Environment variables whose names look secret (password, secret, token, key, credential) must come from valueFrom.secretKeyRef, not a literal value.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "The seed makes protecting sensitive data the customer's on every cluster type; a literal credential in a pod spec is readable by anyone who can read the workload or the stack state.",
    remediation: { does: false, why: "fails (a) single secure answer: the Secret to reference only the team knows." },
    url: POLICY_LIBRARY_URL,
    remediationSteps: "Store the value in a Kubernetes Secret (encrypted with KMS on ACK Pro) and reference it with `env: [{ name, valueFrom: { secretKeyRef: { name, key } } }]`.",
    responsibility: "workloads",
    clusterTypes: ALL_CLUSTER_TYPES,
    config: {
        secretNamePattern: {
            type: "string",
            minLength: 1,
            description: "Case-insensitive regular expression over env var names that hold secrets.",
            default: SECRET_NAME_PATTERN,
        },
    },
    resourceTypes: WORKLOAD_TOKENS,
    check: (props, ctx) => {
        const secretName = compile(ctx.config.secretNamePattern);
        for (const c of workloadContainers(ctx.type, props)) {
            const env = elementsOf(c.container.env);
            for (let i = 0; i < env.length; i++) {
                const v = objectOf(env[i]);
                const name = asString(v?.name);
                // `in` does not read the value, so a computed (unknown) literal is still caught.
                if (v === undefined || name === undefined || !secretName.test(name) || !(LITERAL in v)) continue;
                ctx.report({
                    path: `${c.label} env[${i}]`,
                    found: `env var ${show(name)} with a literal value (<set>)`,
                    expected: "valueFrom.secretKeyRef",
                    why: "A literal value is stored in plain text in the pod spec and the stack state.",
                    fix: `move the value into a Secret and set \`{ name: ${show(name)}, valueFrom: { secretKeyRef: { name: "<secret>", key: "<key>" } } }\`.`,
                });
            }
        }
    },
});
