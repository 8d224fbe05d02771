import { asBool } from "../../model/props";
import { INSPECTION_URL, kubePolicy } from "./common";
import { WORKLOAD_TOKENS } from "./kinds";
import { objectOf, workloadContainers } from "./podSpec";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// A writable root filesystem lets an intruder drop tools and persist changes in the container.
export const workloadReadOnlyRootFs = kubePolicy({
    name: "ack-workload-read-only-root-fs",
    displayName: "Containers use a read-only root filesystem",
    description: "Containers should set securityContext.readOnlyRootFilesystem to true.",
    severity: "low",
    enforcementLevel: "advisory",
    levelRationale: "Hardening, not a boundary: many images write to their root filesystem and need emptyDir mounts first, so the default only warns.",
    remediation: { does: false, why: "fails (c) no broken connectivity or workloads: many images write to their root filesystem." },
    url: INSPECTION_URL,
    remediationSteps: "Set `securityContext.readOnlyRootFilesystem: true` on each container and mount an `emptyDir` where the application writes (e.g. /tmp).",
    responsibility: "container-runtime-security",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: WORKLOAD_TOKENS,
    check: (props, ctx) => {
        for (const c of workloadContainers(ctx.type, props)) {
            const sc = objectOf(c.container.securityContext);
            const ro = asBool(sc?.readOnlyRootFilesystem);
            if (ro === true) continue;
            ctx.report({
                path: c.label,
                found: ro === false ? "securityContext.readOnlyRootFilesystem = false" : "securityContext.readOnlyRootFilesystem not set (default: writable)",
                expected: "securityContext.readOnlyRootFilesystem = true",
                why: "A writable root filesystem lets an attacker modify the container's binaries and configuration.",
                fix: "set `securityContext.readOnlyRootFilesystem: true` on this container and mount an emptyDir where it must write.",
            });
        }
    },
});
