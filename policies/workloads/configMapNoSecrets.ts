import { asObject, asString, listed, show } from "../../model/props";
import { kubePolicy } from "./common";
import { credentialsInFile, FILE_NAME, looksLikeFile, SECRET_KEY, secretShape } from "./configFiles";
import { K } from "./kinds";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import type * as k8s from "@pulumi/kubernetes";
import type { Unwrap } from "@pulumi/pulumi";

const SECRETS_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/security-and-compliance/use-kms-to-encrypt-kubernetes-secrets-2";

type ConfigMapProps = Unwrap<k8s.core.v1.ConfigMapArgs> | Unwrap<k8s.core.v1.ConfigMapPatchArgs>;

// ConfigMaps are not encrypted at rest (Secret encryption covers Secrets only), are readable by
// anyone who can read the namespace's configuration, and end up in logs and dumps. A literal
// credential there is a leaked credential. Values are never shown in the message.
export const configMapNoSecrets = kubePolicy<{}, ConfigMapProps>({
    name: "ack-workload-configmap-no-secrets",
    displayName: "ConfigMaps hold no credentials",
    description: "A ConfigMap must not hold credentials: keys named like passwords, tokens or keys with a literal value, or values that are private keys, AccessKey ids, tokens or URLs with a password; also inside file-style entries (YAML, JSON, .properties, .ini, .env bodies).",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Protecting sensitive data is the customer's on every cluster type; ConfigMaps are neither encrypted with the cluster's KMS key nor access-controlled like Secrets, and a false hit is fixed by renaming a key or exempting the ConfigMap.",
    remediation: { does: false, why: "moving a value to a Secret needs a new resource and the workload's references, not an input change." },
    url: SECRETS_URL,
    remediationSteps: "Move the value to a Kubernetes Secret (encrypted with KMS on ACK Pro) or to KMS Secrets Manager, and reference it from the pod with `secretKeyRef`.",
    responsibility: "workloads",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [K.ConfigMap, K.ConfigMapPatch],
    check: (props, ctx) => {
        const data = asObject(props.data);
        const hits: string[] = [];
        for (const key of Object.keys(data ?? {})) {
            const value = asString(data?.[key]);
            if (value === undefined) continue;
            const byValue = secretShape(value);
            const file = looksLikeFile(key, value);
            if (byValue) hits.push(`data[${show(key)}] holds ${byValue}`);
            // A flat entry is judged by its name; a file (config.yaml, .env...) by the settings inside it.
            else if (SECRET_KEY.test(key) && !FILE_NAME.test(key) && !/^\$\{.*\}$/.test(value)) hits.push(`data[${show(key)}] is named like a credential and holds a literal value`);
            else if (file) {
                for (const h of credentialsInFile(value)) hits.push(`data[${show(key)}] holds ${h.what} (${h.where})`);
            }
        }
        if (hits.length === 0) return;
        ctx.report({
            path: "data",
            found: listed(hits, "; "),
            expected: "no credentials in a ConfigMap",
            why: "ConfigMaps are stored unencrypted in etcd and readable by anyone allowed to read the namespace's configuration.",
            fix: "move these values to a Secret and reference them with `secretKeyRef`.",
        });
    },
});
