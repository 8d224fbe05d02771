import { asBool, show } from "../../model/props";
import { kubePolicy, POLICY_GOVERNANCE_URL } from "./common";
import { WORKLOAD_TOKENS } from "./kinds";
import { podSpecsOf } from "./podSpec";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// Most pods never call the API server; a mounted token is a credential for whoever compromises them.
export const workloadSaTokenAutomount = kubePolicy({
    name: "ack-workload-sa-token-automount",
    displayName: "Pods do not mount API tokens they do not need",
    description: "Pod specs should set automountServiceAccountToken to false unless the pod calls the Kubernetes API.",
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "Pods that call the API legitimately need the token and the ServiceAccount may already disable it, so the default only warns.",
    remediation: { does: false, why: "fails (c) no broken connectivity or workloads: pods that call the API need the token." },
    url: POLICY_GOVERNANCE_URL,
    remediationSteps: "Set `automountServiceAccountToken: false` on the pod spec (or on its ServiceAccount) for pods that do not call the Kubernetes API.",
    responsibility: "workloads",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: WORKLOAD_TOKENS,
    check: (props, ctx) => {
        for (const pod of podSpecsOf(ctx.type, props)) {
            const v = pod.spec.automountServiceAccountToken;
            if (asBool(v) === false) continue;
            ctx.report({
                path: `${pod.path}.automountServiceAccountToken`,
                found: v === undefined || v === null ? "not set (default: the ServiceAccount's setting, normally true)" : show(v),
                expected: "false for pods that do not call the Kubernetes API",
                why: "Every container of the pod gets a token for its ServiceAccount.",
                fix: `set \`automountServiceAccountToken: false\` on ${pod.path}.`,
            });
        }
    },
});
