import { resourcePolicy } from "../../model/policy";
import { T } from "../../model/resources";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import { ACR_ACCESS_URL } from "./common";

// ACK nodes pull from an Enterprise Edition instance over its VPC endpoint; the internet endpoint
// only adds a way in for anyone holding a registry credential. A cr.InternetEndpoint resource is
// what turns it on (the getEndpointAclService invoke can too, but invokes are invisible to policies).
export const registryNoPublicEndpoint = resourcePolicy({
    name: "ack-registry-no-public-endpoint",
    displayName: "Enterprise registries have no internet endpoint",
    description: "A cr.InternetEndpoint turns on the internet endpoint of a Container Registry Enterprise Edition instance; ACK pulls over the VPC endpoint, so the instance should have none.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "The image supply chain is the customer's on every cluster type and ACK needs no internet endpoint to pull; a build system outside the VPC that must push can be exempted by name with its reason.",
    remediation: { does: false, why: "turning the public endpoint off cuts pulls from outside the VPC that the user may rely on (rule c)." },
    url: ACR_ACCESS_URL,
    remediationSteps: "Remove the cr.InternetEndpoint and pull and push over the instance's VPC endpoint (cr.VpcEndpointLinkedVpc); where an outside build system must push, exempt this resource and restrict its `entries` to that system's addresses.",
    responsibility: "workloads",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.CrInternetEndpoint],
    check: (_props, ctx) => {
        ctx.report({
            path: "(resource)",
            found: "a cr.InternetEndpoint: the instance is reachable from the internet",
            expected: "no internet endpoint; access over the VPC endpoint",
            why: "Anyone on an allowed address with a leaked registry credential can pull private images or push poisoned ones that clusters then run.",
            fix: "remove this cr.InternetEndpoint and link the instance to your VPCs with cr.VpcEndpointLinkedVpc, or exempt it with the reason and a narrow `entries` list.",
        });
    },
});
