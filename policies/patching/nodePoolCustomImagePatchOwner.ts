import { resourcePolicy } from "../../model/policy";
import { isCustomImageId } from "../../model/nodeLifecycle";
import { asObject, asString, show } from "../../model/props";
import { PropsOf, T } from "../../model/resources";
import { judgedPool } from "./common";

interface Config {
    ownerTagKey: string;
}

// Seed: "If you use custom OS images ... OS vulnerability patching must be done manually —
// automated patching through managed node pools does not apply." So the pool must say who does it.
// cs.Kubernetes (a dedicated cluster) boots its master nodes, which the customer runs, from
// `imageId`: a custom image there is patched by the customer in the same way.
export const nodePoolCustomImagePatchOwner = resourcePolicy<typeof T.NodePool | typeof T.Kubernetes, Config>({
    name: "ack-nodepool-custom-image-patch-owner",
    displayName: "Custom-image node pools name their OS patch owner",
    description: "A node pool (or a cs.Kubernetes dedicated cluster's nodes) on a custom OS image cannot be patched automatically; it must declare who patches it (an owner tag).",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Custom images silently turn automated OS patching off; the seed makes manual patching the customer's duty, so an owner must be named.",
    remediation: { does: false, why: "fails (a) single secure answer: it needs a patch owner only the team can name." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/create-a-node-pool",
    remediationSteps: "Use a system image (imageType e.g. AliyunLinux3, or a public system imageId), or add a tag `os-patch-owner: <team or runbook URL>` to the cs.NodePool.",
    responsibility: "node-os-patching",
    clusterTypes: ["ack-managed", "ack-managed-node-pools", "ack-edge"],
    ownerContext: { customImage: true },
    config: {
        ownerTagKey: {
            type: "string",
            minLength: 1,
            description: "The tag (on the cs.NodePool) whose non-empty value names the team or runbook that patches the custom image.",
            default: "os-patch-owner",
        },
    },
    resourceTypes: [T.NodePool, T.Kubernetes],
    check: (props, ctx) => {
        if (ctx.type === T.Kubernetes) {
            const cluster = props as PropsOf[typeof T.Kubernetes];
            const image = asString(cluster.imageId);
            if (image === undefined || !isCustomImageId(image)) {
                ctx.args.notApplicable("cs.Kubernetes uses a system OS image for its nodes (no custom imageId)");
            }
            if (asString(asObject(cluster.tags)?.[ctx.config.ownerTagKey]) === undefined) {
                ctx.report({
                    path: `tags["${ctx.config.ownerTagKey}"]`,
                    found: `not set, and imageId ${show(image)} is a custom image`,
                    expected: "the team or runbook that patches this image",
                    why: "The dedicated cluster's nodes boot a custom OS image, which ACK never patches: the customer patches it manually.",
                    fix: `add \`tags: { "${ctx.config.ownerTagKey}": "<team or runbook URL>" }\` to this cluster, or use a system image.`,
                });
            }
            return;
        }
        const pool = judgedPool(props as PropsOf[typeof T.NodePool], ctx);
        if (!pool.customImage) {
            ctx.args.notApplicable("node pool uses a system OS image (a public image pinned by imageId, e.g. aliyun_3_x64_20G_alibase_*.vhd, is a system image)");
        }
        const key = ctx.config.ownerTagKey;
        const owner = asString(asObject(props.tags)?.[key]);
        if (owner === undefined) {
            ctx.report({
                path: `tags["${key}"]`,
                found: "not set",
                expected: "the team or runbook that patches this image",
                why: `This pool boots a custom OS image (${pool.imageWhy}), so ACK's automated OS patching does not apply and the customer must patch it manually.`,
                fix: `add \`tags: { "${key}": "<team or runbook URL>" }\` to this node pool, or switch to a system image.`,
            });
        }
    },
});
