// What the workloads policies share: the policy constructor for Kubernetes tokens, image
// reference parsing, and the documentation links.
import { AckResourcePolicy, PolicyMeta, ResourceContext, typedResourcePolicy } from "../../model/policy";
import { Bag } from "../../model/props";
import { KubeToken } from "./kinds";

export const POLICY_GOVERNANCE_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/security-and-compliance/configure-and-enforce-ack-pod-security-policies";
export const POLICY_LIBRARY_URL = "https://alibabacloud.com/help/doc-detail/359819.html";
export const INSPECTION_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/security-and-compliance/use-the-inspection-feature-to-detect-security-risks-in-the-workloads-of-an-ack-cluster";
export const ACR_REPO_URL = "https://www.alibabacloud.com/help/en/acr/user-guide/main-features-of-a-repository";
export const ACR_SCAN_URL = "https://www.alibabacloud.com/help/en/acr/user-guide/scan-container-images";
export const ACR_ACCESS_URL = "https://www.alibabacloud.com/help/en/acr/user-guide/network-access-control-overview";
export const ACR_IMMUTABLE_URL = "https://www.alibabacloud.com/help/doc-detail/186029.htm";

/**
 * A policy over Kubernetes workload tokens. Their props differ by kind (a Pod's spec is a pod spec,
 * a Deployment's holds a template), so they are read through podSpec.ts, whose shapes follow
 * @pulumi/kubernetes' input types. `P` types the props for policies over one kind of resource
 * (e.g. the Helm tokens), taken from the SDK's Args types.
 */
export function kubePolicy<C extends object = {}, P = Bag>(
    meta: PolicyMeta & { resourceTypes: readonly KubeToken[]; check: (props: P, ctx: ResourceContext<C>) => void },
): AckResourcePolicy {
    return typedResourcePolicy<P, C>(meta);
}

export interface ImageRef {
    /** Registry host (with port), "docker.io" when the reference names none. */
    registry: string;
    /** Repository path without registry, tag or digest, e.g. "library/nginx". */
    repository: string;
    tag?: string;
    digest?: string;
}

/** Parses an image reference the way the container runtime resolves it. */
export function parseImage(image: string): ImageRef {
    let rest = image.trim();
    let digest: string | undefined;
    const at = rest.indexOf("@");
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag: string | undefined;
    const colon = rest.lastIndexOf(":");
    if (colon > rest.lastIndexOf("/")) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    const slash = rest.indexOf("/");
    const first = slash < 0 ? "" : rest.slice(0, slash);
    if (first !== "" && (first.includes(".") || first.includes(":") || first === "localhost")) {
        return { registry: first.toLowerCase(), repository: rest.slice(slash + 1), tag, digest };
    }
    return { registry: "docker.io", repository: slash < 0 ? `library/${rest}` : rest, tag, digest };
}
