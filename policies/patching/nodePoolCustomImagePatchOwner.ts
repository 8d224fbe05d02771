import { resourcePolicy } from "../../model/policy";
import { asObject, asString, show } from "../../model/props";
import { T } from "../../model/resources";
import { judgedPool } from "./common";

interface Config {
    ownerTagKey: string;
}

// Seed: "If you use custom OS images ... OS vulnerability patching must be done manually —
// automated patching through managed node pools does not apply." So the pool must say who does it.
export const nodePoolCustomImagePatchOwner = resourcePolicy<typeof T.NodePool, Config>({
    name: "ack-nodepool-custom-image-patch-owner",
    displayName: "Custom-image node pools name their OS patch owner",
    description: "A node pool on a custom OS image cannot be patched automatically; it must declare who patches it (an owner tag).",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Custom images silently turn automated OS patching off; the seed makes manual patching the customer's duty, so an owner must be named.",
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/create-a-node-pool",
    remediationSteps: "Use a system image (drop imageId, set imageType to e.g. AliyunLinux3), or add a tag `os-patch-owner: <team or runbook URL>` to the cs.NodePool.",
    responsibility: "node-os-patching",
    clusterTypes: ["ack-managed", "ack-managed-node-pools", "ack-edge"],
    config: {
        ownerTagKey: {
            type: "string",
            minLength: 1,
            description: "The tag (on the cs.NodePool) whose non-empty value names the team or runbook that patches the custom image.",
            default: "os-patch-owner",
        },
    },
    resourceTypes: [T.NodePool],
    check: (props, ctx) => {
        const pool = judgedPool(props, ctx);
        if (!pool.customImage) {
            ctx.args.notApplicable("node pool uses a system OS image");
        }
        const key = ctx.config.ownerTagKey;
        const owner = asString(asObject(props.tags)?.[key]);
        if (owner === undefined) {
            const image = asString(props.imageId) !== undefined ? `imageId ${show(props.imageId)}` : `imageType "Custom"`;
            ctx.report({
                path: `tags["${key}"]`,
                found: "not set",
                expected: "the team or runbook that patches this image",
                why: `This pool boots a custom OS image (${image}), so ACK's automated OS patching does not apply and the customer must patch it manually.`,
                fix: `add \`tags: { "${key}": "<team or runbook URL>" }\` to this node pool, or switch to a system image.`,
            });
        }
    },
});
