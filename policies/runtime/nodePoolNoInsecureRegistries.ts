import { resourcePolicy } from "../../model/policy";
import { T } from "../../model/resources";
import { judgedNodePool, stringList } from "./common";
import { NODE_CLUSTER_TYPES } from "../../model/clusterSets";
import { listed, show } from "../../model/props";

// An insecure registry makes containerd skip TLS verification for it: anyone on the path can
// serve the nodes a different image under the same name.
export const nodePoolNoInsecureRegistries = resourcePolicy<typeof T.NodePool>({
    name: "ack-nodepool-no-insecure-registries",
    displayName: "Node pools trust no insecure registries",
    description: "Node pools must not list `containerdConfig.insecureRegistries`, which makes containerd pull from those registries without TLS certificate verification.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Container runtime configuration is the customer's on every cluster type, and skipping TLS verification lets a network attacker substitute the images the nodes run.",
    remediation: { does: false, why: "fails (c) no broken connectivity or workloads: removing a registry breaks image pulls from it." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/create-a-node-pool",
    remediationSteps: "Remove `containerdConfig.insecureRegistries` from the cs.NodePool; give the registry a certificate from a trusted CA (or use ACR) instead.",
    responsibility: "container-runtime-security",
    clusterTypes: NODE_CLUSTER_TYPES,
    resourceTypes: [T.NodePool],
    check: (props, ctx) => {
        judgedNodePool(ctx, props, "the containerd configuration", false);
        const registries = stringList(props.containerdConfig?.insecureRegistries);
        if (registries.length === 0) {
            return;
        }
        ctx.report({
            path: "containerdConfig.insecureRegistries",
            found: `[${listed(registries.map((r) => show(r)))}]`,
            expected: "no insecure registries",
            why: "containerd skips TLS certificate verification for these registries, so images pulled from them can be swapped in transit.",
            fix: "remove `containerdConfig.insecureRegistries` and serve the registry with a trusted certificate.",
        });
    },
});
