import { classifyCluster } from "../../model/clusterType";
import { ofType, referencing } from "../../model/graph";
import { stackPolicy } from "../../model/policy";
import { asString } from "../../model/props";
import { CLUSTER_TOKENS, propsAs, T } from "../../model/resources";
import { MANAGED_CLUSTER_TYPES } from "../../model/clusterSets";
import { addonsOf, describeAddons, findAddon } from "../cluster/common";

const SIGNATURE_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/security-and-compliance/use-kritis-validation-hook-to-automatically-verify-the-signatures-of-container-images";
const VERIFY_ADDONS = ["kritis-validation-hook"];
const VERIFY_POLICIES = ["RatifyVerification"];

// Signing images and verifying the signature at admission is how a cluster refuses images that did
// not come out of the customer's own pipeline, wherever they were applied from.
export const clusterImageVerification = stackPolicy({
    name: "ack-cluster-image-verification",
    displayName: "Clusters verify image signatures",
    description: "ACK managed clusters should verify container image signatures at admission: the `kritis-validation-hook` add-on, or a cs.KubernetesPolicyInstance with policyName \"RatifyVerification\".",
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "Verification needs a signing pipeline (ACR EE signing or notation keys) before it can be switched on without blocking every deployment; it is a supply-chain step teams plan, so it warns.",
    remediation: { does: false, why: "stack policy; installing a verification add-on or policy needs parameters (trusted keys) only the user knows." },
    url: SIGNATURE_URL,
    remediationSteps: "Sign images in your pipeline (ACR Enterprise Edition delivery chain or notation), then install the `kritis-validation-hook` add-on or add a cs.KubernetesPolicyInstance `{ policyName: \"RatifyVerification\", action: \"deny\" }` on the cluster.",
    responsibility: "workloads",
    clusterTypes: MANAGED_CLUSTER_TYPES,
    resourceTypes: [...CLUSTER_TOKENS, T.KubernetesAddon, T.KubernetesPolicyInstance],
    check: (ctx) => {
        for (const cluster of ofType(ctx.resources, CLUSTER_TOKENS)) {
            if (classifyCluster(cluster.type, cluster.props)?.clusterType !== "ack-managed") continue;
            const addons = addonsOf(cluster, ctx.resources);
            if (findAddon(addons, VERIFY_ADDONS)) continue;
            const policies = referencing(ctx.resources, cluster, "clusterId", [T.KubernetesPolicyInstance])
                .map((p) => asString(propsAs(p, T.KubernetesPolicyInstance)?.policyName));
            if (policies.some((n) => n !== undefined && VERIFY_POLICIES.includes(n))) continue;
            ctx.report(cluster, {
                path: "addons / cs.KubernetesPolicyInstance",
                found: `${describeAddons(addons)} and no RatifyVerification policy instance`,
                expected: "the kritis-validation-hook add-on or a RatifyVerification policy instance",
                why: "Without signature verification the cluster runs any image whose pull succeeds, signed or not.",
                fix: "install `kritis-validation-hook` or add a cs.KubernetesPolicyInstance with policyName \"RatifyVerification\" on this cluster.",
            });
        }
    },
});
