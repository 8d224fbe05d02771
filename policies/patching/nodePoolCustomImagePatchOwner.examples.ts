import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { DEDICATED_CLUSTER } from "../runtime/node.fixtures";
import { MANAGED_POOL } from "./nodePool.fixtures";

const CUSTOM = { ...MANAGED_POOL, imageType: "Custom", imageId: "m-bp1custom0image" };

export const examples: PolicyExamples = {
    policy: "ack-nodepool-custom-image-patch-owner",
    resourceType: T.NodePool,
    compliant: [
        { title: "custom image with a patch owner tag", props: { ...CUSTOM, tags: { "os-patch-owner": "platform-team (runbook: wiki/os-patching)" } }, outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "custom image, owner tag empty",
            props: { ...CUSTOM, tags: { "os-patch-owner": "  " } },
            outcome: { kind: "violation", messageIncludes: ["tags[\"os-patch-owner\"]: found not set", "custom OS image (imageId \"m-bp1custom0image\")", "patch it manually"] },
        },
        {
            title: "imageType Custom without tags",
            props: { ...MANAGED_POOL, imageType: "Custom" },
            outcome: { kind: "violation", messageIncludes: ["custom OS image (imageType \"Custom\")"] },
        },
    ],
    omitted: [
        { title: "no image settings: the system image is used", props: { ...MANAGED_POOL, imageType: undefined }, outcome: { kind: "not-applicable", reasonIncludes: "system OS image" } },
        { title: "a public system image pinned by imageId is not custom", props: { ...MANAGED_POOL, imageId: "aliyun_3_x64_20G_alibase_20250117.vhd" }, outcome: { kind: "not-applicable", reasonIncludes: "system OS image" } },
        { title: "custom image, tags omitted", props: CUSTOM, outcome: { kind: "violation", messageIncludes: ["found not set"] } },
    ],
    unknown: [
        { title: "imageId computed at preview (e.g. from an image build)", props: { ...MANAGED_POOL, imageId: UNKNOWN }, outcome: { kind: "unknown" } },
        { title: "tags computed at preview", props: { ...CUSTOM, tags: UNKNOWN }, outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "the owner tag key is configurable", props: { ...CUSTOM, tags: { "patch-team": "sre" } }, config: { ownerTagKey: "patch-team" }, outcome: { kind: "pass" } },
        { title: "tags of the wrong shape", props: { ...CUSTOM, tags: ["os-patch-owner"] }, outcome: { kind: "violation", messageIncludes: ["found not set"] } },
        { title: "auto mode ignores the image", props: { ...CUSTOM, autoMode: { enabled: true } }, outcome: { kind: "not-applicable", reasonIncludes: "auto mode" } },
        { title: "an edge node pool is judged by ack-edge-node-patch-owner alone", props: { ...CUSTOM, type: "edge" }, outcome: { kind: "not-applicable", reasonIncludes: "edge node pool" } },
        { title: "dedicated cluster on a custom image with its patch owner", type: T.Kubernetes, props: { ...DEDICATED_CLUSTER, imageId: "m-bp1custom0image", tags: { "os-patch-owner": "platform-team" } }, outcome: { kind: "pass" } },
        { title: "dedicated cluster on a custom image without a patch owner", type: T.Kubernetes, props: { ...DEDICATED_CLUSTER, imageId: "m-bp1custom0image" }, outcome: { kind: "violation", messageIncludes: ["cs.Kubernetes tags[\"os-patch-owner\"]: found not set, and imageId \"m-bp1custom0image\" is a custom image"] } },
        { title: "dedicated cluster on the system image", type: T.Kubernetes, props: DEDICATED_CLUSTER, outcome: { kind: "not-applicable", reasonIncludes: "system OS image" } },
        { title: "an ECS custom image id alone marks a custom image", props: { ...MANAGED_POOL, imageType: undefined, imageId: "m-bp1custom0image" }, outcome: { kind: "violation", messageIncludes: ["custom OS image (imageId \"m-bp1custom0image\")"] } },
    ],
};
