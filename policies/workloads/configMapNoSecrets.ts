import { asObject, asString, listed, show } from "../../model/props";
import { kubePolicy } from "./common";
import { K } from "./kinds";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import type * as k8s from "@pulumi/kubernetes";
import type { Unwrap } from "@pulumi/pulumi";

const SECRETS_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/security-and-compliance/use-kms-to-encrypt-kubernetes-secrets-2";

/** Keys that name a credential. */
const SECRET_KEY = /(pass(word|wd)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential|client[_-]?secret|auth)/i;
/** Values that are credentials whatever their key: PEM private keys, Alibaba Cloud AccessKey ids, JWTs, URLs with a password. */
const SECRET_VALUE = [
    { re: /-----BEGIN ([A-Z]+ )?PRIVATE KEY-----/, what: "a PEM private key" },
    { re: /\bLTAI[0-9A-Za-z]{12,30}\b/, what: "an Alibaba Cloud AccessKey id" },
    { re: /\beyJ[0-9A-Za-z_-]{10,}\.[0-9A-Za-z_-]{10,}\.[0-9A-Za-z_-]{10,}\b/, what: "a JSON Web Token" },
    { re: /[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s@/]+@/i, what: "a URL with a password" },
];

type ConfigMapProps = Unwrap<k8s.core.v1.ConfigMapArgs> | Unwrap<k8s.core.v1.ConfigMapPatchArgs>;

// ConfigMaps are not encrypted at rest (Secret encryption covers Secrets only), are readable by
// anyone who can read the namespace's configuration, and end up in logs and dumps. A literal
// credential there is a leaked credential. Values are never shown in the message.
export const configMapNoSecrets = kubePolicy<{}, ConfigMapProps>({
    name: "ack-workload-configmap-no-secrets",
    displayName: "ConfigMaps hold no credentials",
    description: "A ConfigMap must not hold credentials: keys named like passwords, tokens or keys with a literal value, or values that are private keys, AccessKey ids, JWTs or URLs with a password.",
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
            const byValue = SECRET_VALUE.find((p) => p.re.test(value));
            if (byValue) hits.push(`data[${show(key)}] holds ${byValue.what}`);
            else if (SECRET_KEY.test(key) && !/^\$\{.*\}$/.test(value)) hits.push(`data[${show(key)}] is named like a credential and holds a literal value`);
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
