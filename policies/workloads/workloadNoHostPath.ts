import { asArray, asString, show } from "../../model/props";
import { kubePolicy, POLICY_GOVERNANCE_URL } from "./common";
import { WORKLOAD_TOKENS } from "./kinds";
import { elementsOf, objectOf, podSpecsOf } from "./podSpec";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

interface Config {
    allowedHostPaths: string[];
}

/** True when `path` is `prefix` or below it ("/var/log" allows "/var/log/app", not "/var/logs"). */
function under(path: string, prefix: string): boolean {
    const p = prefix.replace(/\/+$/, "");
    return p !== "" && (path === p || path.startsWith(`${p}/`));
}

// hostPath volumes reach the node's filesystem: the runtime socket, kubelet credentials, other pods' data.
export const workloadNoHostPath = kubePolicy<Config>({
    name: "ack-workload-no-host-path",
    displayName: "Pods do not mount host paths",
    description: "Pod specs must not use hostPath volumes outside the configured allowed prefixes.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "The seed makes container runtime security the customer's on every cluster type; a hostPath mount reaches past the container onto the node, so it blocks unless the path is allowed or the workload exempted.",
    remediation: { does: false, why: "fails (c) no broken connectivity or workloads: pods that mount host paths stop working without them." },
    url: POLICY_GOVERNANCE_URL,
    remediationSteps: "Replace `hostPath` volumes with `emptyDir`, a ConfigMap/Secret, or a PersistentVolumeClaim; or allow a vetted prefix in `allowedHostPaths`.",
    responsibility: "container-runtime-security",
    clusterTypes: ALL_CLUSTER_TYPES,
    config: {
        allowedHostPaths: {
            type: "array",
            items: { type: "string", pattern: "^/" },
            description: "Host path prefixes pods may mount (e.g. \"/var/log\" for a log agent). Empty: none.",
            default: [],
        },
    },
    resourceTypes: WORKLOAD_TOKENS,
    check: (props, ctx) => {
        const allowed = asArray(ctx.config.allowedHostPaths).map(asString).filter((p): p is string => p !== undefined);
        for (const pod of podSpecsOf(ctx.type, props)) {
            const volumes = elementsOf(pod.spec.volumes);
            for (let i = 0; i < volumes.length; i++) {
                const volume = objectOf(volumes[i]);
                const hostPath = objectOf(volume?.hostPath);
                if (volume === undefined || hostPath === undefined) continue;
                const path = asString(hostPath.path);
                if (path !== undefined && allowed.some((p) => under(path, p))) continue;
                const name = asString(volume.name);
                ctx.report({
                    path: `${pod.path}.volumes[${i}]${name === undefined ? "" : ` ${show(name)}`}`,
                    found: `hostPath.path = ${show(path)}`,
                    expected: allowed.length === 0 ? "no hostPath volume" : `no hostPath volume outside ${allowed.join(", ")}`,
                    why: "A hostPath mount exposes the node's filesystem to the container.",
                    fix: "use an emptyDir, ConfigMap, Secret or PersistentVolumeClaim volume instead of hostPath.",
                });
            }
        }
    },
});
