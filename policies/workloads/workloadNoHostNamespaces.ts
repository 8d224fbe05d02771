import { asBool } from "../../model/props";
import { kubePolicy, POLICY_GOVERNANCE_URL } from "./common";
import { WORKLOAD_TOKENS } from "./kinds";
import { podSpecsOf } from "./podSpec";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

const HOST_FIELDS = ["hostNetwork", "hostPID", "hostIPC"] as const;

// Sharing the node's network, process or IPC namespace removes the isolation the runtime gives pods.
export const workloadNoHostNamespaces = kubePolicy({
    name: "ack-workload-no-host-namespaces",
    displayName: "Pods do not share host namespaces",
    description: "Pod specs must not set hostNetwork, hostPID or hostIPC.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "The seed makes container runtime security the customer's on every cluster type; host namespaces bypass it, and the few node agents that need them can be exempted by name.",
    remediation: { does: false, why: "fails (c) no broken connectivity or workloads: pods that use host namespaces stop working without them." },
    url: POLICY_GOVERNANCE_URL,
    remediationSteps: "Remove `hostNetwork`, `hostPID` and `hostIPC` from the pod spec (or set them to false); expose ports through a Service instead.",
    responsibility: "container-runtime-security",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: WORKLOAD_TOKENS,
    check: (props, ctx) => {
        for (const pod of podSpecsOf(ctx.type, props)) {
            const set = HOST_FIELDS.filter((f) => asBool(pod.spec[f]) === true);
            if (set.length === 0) continue;
            ctx.report({
                path: pod.path,
                found: set.map((f) => `${f} = true`).join(", "),
                expected: "hostNetwork, hostPID and hostIPC not set or false",
                why: "The pod would see the node's network interfaces, processes or shared memory.",
                fix: `remove ${set.map((f) => `\`${f}\``).join(", ")} from ${pod.path}.`,
            });
        }
    },
});
