import { resourcePolicy } from "../../model/policy";
import { asBool, show } from "../../model/props";
import { T } from "../../model/resources";
import { ACR_IMMUTABLE_URL } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// With immutable tags a reviewed image cannot be replaced under the same tag (latest excepted).
export const registryTagImmutability = resourcePolicy({
    name: "ack-registry-tag-immutability",
    displayName: "Enterprise registry tags are immutable",
    description: "Container Registry Enterprise Edition repositories must enable tag immutability.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "The seed puts the workload supply chain on the customer on every cluster type; mutable tags let a push silently replace the image a workload was reviewed with.",
    remediation: { does: false, why: "fails (c) no broken connectivity or workloads: immutable tags break pipelines that push the same tag again." },
    url: ACR_IMMUTABLE_URL,
    remediationSteps: "Set `tagImmutability: true` on the cs.RegistryEnterpriseRepo.",
    responsibility: "workloads",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.RegistryEnterpriseRepo],
    check: (props, ctx) => {
        const v = props.tagImmutability;
        if (asBool(v) === true) return;
        ctx.report({
            path: "tagImmutability",
            found: v === undefined || v === null ? "not set (tags can be overwritten)" : show(v),
            expected: "true",
            why: "A mutable tag can be overwritten by a later push, so the same tag may run different code.",
            fix: "set `tagImmutability: true` and reference images by version tag or digest (latest stays mutable).",
        });
    },
});
