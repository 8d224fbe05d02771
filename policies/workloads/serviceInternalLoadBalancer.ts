import { asObject, asString, show } from "../../model/props";
import { kubePolicy } from "./common";
import { K } from "./kinds";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import { ADDRESS_TYPE, LB_ANNOTATIONS_URL, ServiceProps } from "./services";

// A LoadBalancer Service gets an internet-facing CLB/NLB unless the address-type annotation says
// intranet: one line of YAML can publish an internal service to the world.
export const serviceInternalLoadBalancer = kubePolicy<{}, ServiceProps>({
    name: "ack-workload-service-internal-lb",
    displayName: "LoadBalancer Services are internal unless meant to be public",
    description: `A Service of type LoadBalancer gets an internet-facing load balancer unless it is annotated \`${ADDRESS_TYPE}: intranet\`.`,
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "Public applications legitimately need internet-facing load balancers and the stack cannot tell which services are public by design; it warns so that each public one is a decision (exempt it with its reason).",
    remediation: { does: false, why: "making a load balancer internal cuts the connectivity its clients may rely on (rule c)." },
    url: LB_ANNOTATIONS_URL,
    remediationSteps: `Annotate the Service \`${ADDRESS_TYPE}: "intranet"\`, or exempt the public-facing ones by name with their reason.`,
    responsibility: "cluster-network-configuration",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [K.Service, K.ServicePatch],
    check: (props, ctx) => {
        const type = asString(asObject(props.spec)?.type);
        if (type?.toLowerCase() !== "loadbalancer") return;
        const annotations = asObject(asObject(props.metadata)?.annotations);
        const addressType = asString(annotations?.[ADDRESS_TYPE]);
        if (addressType?.toLowerCase() === "intranet") return;
        ctx.report({
            path: `metadata.annotations["${ADDRESS_TYPE}"]`,
            found: addressType === undefined ? "not set (the cloud controller's default: \"internet\")" : show(addressType),
            expected: "\"intranet\"",
            why: "The Service's load balancer gets a public address reachable from the whole internet.",
            fix: `annotate the Service \`${ADDRESS_TYPE}: "intranet"\`, or exempt it if it is public by design.`,
        });
    },
});
