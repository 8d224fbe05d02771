import { asString, show } from "../../model/props";
import { kubePolicy, POLICY_GOVERNANCE_URL } from "./common";
import { WORKLOAD_TOKENS } from "./kinds";
import { objectOf, workloadContainers } from "./podSpec";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

const ALLOWED = ["RuntimeDefault", "Localhost"];

// Seccomp filters the syscalls a container can make; without a profile it runs Unconfined.
export const workloadSeccomp = kubePolicy({
    name: "ack-workload-seccomp",
    displayName: "Containers run with a seccomp profile",
    description: "Every container should run with seccompProfile type RuntimeDefault or Localhost, set on the container or the pod.",
    severity: "low",
    enforcementLevel: "advisory",
    levelRationale: "Defence in depth that can break workloads using unusual syscalls, so the default only warns; raise it to mandatory once workloads are tested with RuntimeDefault.",
    remediation: { does: false, why: "fails (c) no broken connectivity or workloads: workloads with unusual syscalls can break." },
    url: POLICY_GOVERNANCE_URL,
    remediationSteps: "Set `securityContext.seccompProfile: { type: \"RuntimeDefault\" }` on the pod spec (or a Localhost profile with `localhostProfile`).",
    responsibility: "container-runtime-security",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: WORKLOAD_TOKENS,
    check: (props, ctx) => {
        for (const c of workloadContainers(ctx.type, props)) {
            const own = objectOf(objectOf(c.container.securityContext)?.seccompProfile);
            const profile = own ?? objectOf(objectOf(c.pod.spec.securityContext)?.seccompProfile);
            const type = asString(profile?.type);
            const where = own !== undefined ? "securityContext.seccompProfile" : `pod ${c.pod.path}.securityContext.seccompProfile`;
            let found: string | undefined;
            if (type === undefined) {
                found = "seccompProfile not set on the container or the pod (runs Unconfined unless the node defaults otherwise)";
            } else if (!ALLOWED.includes(type)) {
                found = `${where}.type = ${show(type)}`;
            } else if (type === "Localhost" && asString(profile?.localhostProfile) === undefined) {
                found = `${where}.type = "Localhost" without localhostProfile`;
            }
            if (found === undefined) continue;
            ctx.report({
                path: c.label,
                found,
                expected: "seccompProfile.type RuntimeDefault, or Localhost with a localhostProfile",
                why: "Without a seccomp profile every syscall is open to the container, including those used in kernel exploits.",
                fix: `set \`securityContext: { seccompProfile: { type: "RuntimeDefault" } }\` on ${c.pod.path}.`,
            });
        }
    },
});
