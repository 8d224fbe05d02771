import { asObject, asString } from "../../model/props";
import { kubePolicy } from "./common";
import { K } from "./kinds";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import { LB_ANNOTATIONS_URL, ServiceProps } from "./services";

// A NodePort Service listens on every node's address: whoever reaches a node's 30000-32767 range
// (see ack-node-sg-no-public-ingress) reaches the service, bypassing the load balancer.
export const serviceNoNodePort = kubePolicy<{}, ServiceProps>({
    name: "ack-workload-service-no-nodeport",
    displayName: "Services do not use NodePort",
    description: "A Service of type NodePort opens a port on every node; prefer ClusterIP or a LoadBalancer Service.",
    severity: "low",
    enforcementLevel: "advisory",
    levelRationale: "NodePorts are reachable only where the node security groups let them through, which ack-node-sg-no-public-ingress already enforces; some ingress setups rely on them, so this only warns.",
    remediation: { does: false, why: "changing the Service type cuts the connectivity its clients may rely on (rule c)." },
    url: LB_ANNOTATIONS_URL,
    remediationSteps: "Use `type: ClusterIP` behind an Ingress, or `type: LoadBalancer` with an internal load balancer.",
    responsibility: "cluster-network-configuration",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [K.Service, K.ServicePatch],
    check: (props, ctx) => {
        const type = asString(asObject(props.spec)?.type);
        if (type?.toLowerCase() !== "nodeport") return;
        ctx.report({
            path: "spec.type",
            found: "\"NodePort\"",
            expected: "\"ClusterIP\" or \"LoadBalancer\"",
            why: "The service listens on a port of every node's address, outside the load balancer's access control.",
            fix: "use `type: ClusterIP` behind an Ingress, or an internal LoadBalancer Service.",
        });
    },
});
