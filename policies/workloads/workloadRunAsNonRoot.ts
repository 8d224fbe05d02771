import { asBool, asNumber } from "../../model/props";
import { kubePolicy, POLICY_GOVERNANCE_URL } from "./common";
import { WORKLOAD_TOKENS } from "./kinds";
import { objectOf, workloadContainers } from "./podSpec";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// Container settings override the pod's; the kubelet then refuses to start a root container.
export const workloadRunAsNonRoot = kubePolicy({
    name: "ack-workload-run-as-non-root",
    displayName: "Containers run as non-root",
    description: "Every container must have runAsNonRoot true (set on the container or the pod) and no runAsUser 0.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "The seed makes container runtime security the customer's on every cluster type; root in a container is root on the node after any runtime escape, and setting runAsNonRoot costs nothing for images built to run unprivileged.",
    remediation: { does: false, why: "fails (c) no broken connectivity or workloads: images built to run as root fail." },
    url: POLICY_GOVERNANCE_URL,
    remediationSteps: "Set `securityContext: { runAsNonRoot: true, runAsUser: <non-zero UID> }` on the pod spec, and remove `runAsUser: 0` / `runAsNonRoot: false` from containers.",
    responsibility: "container-runtime-security",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: WORKLOAD_TOKENS,
    check: (props, ctx) => {
        for (const c of workloadContainers(ctx.type, props)) {
            const own = objectOf(c.container.securityContext);
            const podSc = objectOf(c.pod.spec.securityContext);
            const ownNonRoot = asBool(own?.runAsNonRoot);
            const nonRoot = ownNonRoot ?? asBool(podSc?.runAsNonRoot);
            const ownUser = asNumber(own?.runAsUser);
            const user = ownUser ?? asNumber(podSc?.runAsUser);
            const problems: string[] = [];
            if (user === 0) {
                problems.push(ownUser === 0 ? "securityContext.runAsUser = 0" : `pod ${c.pod.path}.securityContext.runAsUser = 0`);
            }
            if (nonRoot !== true) {
                problems.push(nonRoot === false
                    ? (ownNonRoot === false ? "securityContext.runAsNonRoot = false" : `pod ${c.pod.path}.securityContext.runAsNonRoot = false`)
                    : "runAsNonRoot not set on the container or the pod");
            }
            if (problems.length === 0) continue;
            ctx.report({
                path: c.label,
                found: problems.join("; "),
                expected: "runAsNonRoot = true (container or pod) and runAsUser not 0",
                why: "A process running as root in the container is root on the node once it escapes the runtime.",
                fix: `set \`securityContext: { runAsNonRoot: true, runAsUser: 10001 }\` on ${c.pod.path} and remove root settings from this container.`,
            });
        }
    },
});
