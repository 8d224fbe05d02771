import { asNumber, listed } from "../../model/props";
import { kubePolicy, POLICY_GOVERNANCE_URL } from "./common";
import { WORKLOAD_TOKENS } from "./kinds";
import { elementsOf, objectOf, workloadContainers } from "./podSpec";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// A hostPort binds the container to a port of the node's own address: it bypasses Services and
// network policies, exposes the pod wherever the node is reachable and pins pods to nodes.
export const workloadNoHostPort = kubePolicy({
    name: "ack-workload-no-host-port",
    displayName: "Containers do not bind host ports",
    description: "Containers must not set `ports[].hostPort`; expose them through a Service instead.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "Container runtime isolation is the customer's on every cluster type; a host port opens the node's address to the pod and skips NetworkPolicy, and the node agent that needs one can be exempted by name.",
    remediation: { does: false, why: "removing a hostPort can cut the traffic a workload relies on (rule c)." },
    url: POLICY_GOVERNANCE_URL,
    remediationSteps: "Remove `hostPort` from the container's `ports` and publish the port through a Service (ClusterIP, or an internal LoadBalancer).",
    responsibility: "container-runtime-security",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: WORKLOAD_TOKENS,
    check: (props, ctx) => {
        for (const c of workloadContainers(ctx.type, props)) {
            const ports = elementsOf(c.container.ports);
            const host: string[] = [];
            for (let i = 0; i < ports.length; i++) {
                const hp = asNumber(objectOf(ports[i])?.hostPort);
                if (hp !== undefined && hp > 0) host.push(`ports[${i}].hostPort = ${hp}`);
            }
            if (host.length === 0) continue;
            ctx.report({
                path: c.label,
                found: listed(host),
                expected: "no hostPort",
                why: "The container listens on the node's own address, outside Services and NetworkPolicy.",
                fix: "remove `hostPort` and expose the port through a Service.",
            });
        }
    },
});
