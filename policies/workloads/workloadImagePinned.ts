import { asBool, asString, quotable, show } from "../../model/props";
import { kubePolicy, parseImage, POLICY_LIBRARY_URL } from "./common";
import { WORKLOAD_TOKENS } from "./kinds";
import { workloadContainers } from "./podSpec";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

interface Config {
    requireDigest: boolean;
}

const DIGEST_RE = /^sha256:[a-f0-9]{64}$/i;

// A mutable tag deploys whatever was pushed last; even ACR tag immutability leaves `latest` overwritable.
export const workloadImagePinned = kubePolicy<Config>({
    name: "ack-workload-image-pinned",
    displayName: "Images are pinned",
    description: "Container images must be pinned to a version tag other than latest, or to a sha256 digest when requireDigest is set.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "The seed puts the workload supply chain on the customer on every cluster type; an untagged or latest image changes under a running deployment without review.",
    remediation: { does: false, why: "fails (a) single secure answer: the digest must come from the team's registry." },
    url: POLICY_LIBRARY_URL,
    remediationSteps: "Reference images as `<repo>:<version>` or, better, `<repo>@sha256:<digest>` (set `requireDigest: true` to demand digests).",
    responsibility: "workloads",
    clusterTypes: ALL_CLUSTER_TYPES,
    config: {
        requireDigest: {
            type: "boolean",
            description: "Require every image to be pinned by a sha256 digest, not only by a tag.",
            default: false,
        },
    },
    resourceTypes: WORKLOAD_TOKENS,
    check: (props, ctx) => {
        const requireDigest = asBool(ctx.config.requireDigest) === true;
        for (const c of workloadContainers(ctx.type, props)) {
            const image = asString(c.container.image);
            if (image === undefined) continue;
            const ref = parseImage(image);
            if (ref.digest !== undefined && DIGEST_RE.test(ref.digest)) continue;
            let found: string | undefined;
            if (requireDigest) {
                found = `image ${show(image)} without a sha256 digest`;
            } else if (ref.tag === undefined) {
                found = `image ${show(image)} without a tag (resolves to latest)`;
            } else if (ref.tag.toLowerCase() === "latest") {
                found = `image ${show(image)} tagged latest`;
            }
            if (found === undefined) continue;
            ctx.report({
                path: c.label,
                found,
                expected: requireDigest ? "an image pinned by @sha256 digest" : "an image pinned by a version tag or a @sha256 digest",
                why: "A floating reference lets a new push change what runs without a deployment.",
                fix: `reference the image by digest, e.g. \`${quotable(image) ? `${ref.registry}/${ref.repository}` : "<registry>/<repository>"}@sha256:<digest>\`.`,
            });
        }
    },
});
