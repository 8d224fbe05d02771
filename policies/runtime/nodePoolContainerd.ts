import { resourcePolicy } from "../../model/policy";
import { asString, show } from "../../model/props";
import { propsAs, T } from "../../model/resources";
import { judgedNodePool, NODE_RESOURCE_TYPES } from "./common";
import { NODE_CLUSTER_TYPES } from "../../model/clusterSets";

interface Config {
    allowedRuntimes: string[];
    requireExplicit: boolean;
}

// Docker is discontinued on ACK (Kubernetes 1.24+ offer containerd, and Sandboxed-Container on the
// versions it is documented for: 1.16 to 1.34),
// so containerd is the runtime that gets fixes. An omitted runtime means ACK's default: the cluster
// runtime for a node pool (containerd on every supported version), containerd for a new cluster.
// That passes unless `requireExplicit` asks for the runtime to be written down.
export const nodePoolContainerd = resourcePolicy<(typeof NODE_RESOURCE_TYPES)[number], Config>({
    name: "ack-nodepool-containerd",
    displayName: "Nodes run the containerd runtime",
    description: "Node pools (runtimeName) and the worker or master nodes of cs.EdgeKubernetes / cs.Kubernetes (runtime.name) must use the containerd container runtime.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "The seed makes container runtime security the customer's on every cluster type; Docker is discontinued on ACK and no longer receives runtime fixes there.",
    remediation: { does: false, why: "fails (b) no forced replacement and (c) no broken connectivity or workloads: the runtime of existing nodes changes only by replacing them, and sandboxed or Docker-dependent workloads may rely on it." },
    url: "https://www.alibabacloud.com/help/doc-detail/160313.htm",
    remediationSteps: "Set `runtimeName: \"containerd\"` (with a current `runtimeVersion`) on the cs.NodePool, or `runtime: { name: \"containerd\" }` on cs.EdgeKubernetes / cs.Kubernetes.",
    responsibility: "container-runtime-security",
    clusterTypes: NODE_CLUSTER_TYPES,
    config: {
        allowedRuntimes: {
            type: "array",
            items: { type: "string", minLength: 1 },
            minItems: 1,
            description: "Accepted runtime names (case-insensitive), e.g. add \"Sandboxed-Container.runv\" for sandboxed pools (ACK documents sandboxed-container node pools for clusters 1.16 to 1.34 only).",
            default: ["containerd"],
        },
        requireExplicit: {
            type: "boolean",
            description: "Report an omitted runtime (which means ACK's default, containerd) as a violation, so the runtime is visible in code.",
            default: false,
        },
    },
    facts: [{
        fact: "Sandboxed-container node pools (runtime Sandboxed-Container.runv) are documented for ACK managed and dedicated clusters of Kubernetes 1.16 to 1.34 only (the API's runtime struct still says 1.24 and earlier); 1.34 support ended 2026-09-30. containerd supports every Kubernetes version.",
        source: "https://help.aliyun.com/en/ack/ack-managed-and-ack-dedicated/user-guide/node-pool-management-in-sandboxed-containers",
        checked: "2026-12-03",
    }],
    resourceTypes: [...NODE_RESOURCE_TYPES],
    check: (props, ctx) => {
        judgedNodePool(ctx, props, "the container runtime", false);
        const path = ctx.type === T.NodePool ? "runtimeName" : "runtime.name";
        const r = { type: ctx.type, props };
        const pool = propsAs(r, T.NodePool);
        const raw = pool !== undefined ? pool.runtimeName : propsAs(r, T.EdgeKubernetes, T.Kubernetes)?.runtime?.name;
        const name = asString(raw);
        const allowed = ctx.config.allowedRuntimes.map((r) => String(r).toLowerCase());
        const expected = ctx.config.allowedRuntimes.map((r) => JSON.stringify(r)).join(" or ");
        const fix = ctx.type === T.NodePool
            ? `set \`runtimeName: "containerd"\` on this node pool.`
            : `set \`runtime: { name: "containerd" }\` on this cluster.`;
        if (name === undefined) {
            if (!ctx.config.requireExplicit && (raw === undefined || raw === null)) {
                return; // ACK's default runtime is containerd.
            }
            ctx.report({
                path,
                found: raw === undefined || raw === null
                    ? `not set (${ctx.type === T.NodePool ? "the cluster runtime is used" : "ACK's default runtime is used"}; requireExplicit is on)`
                    : show(raw),
                expected,
                fix,
            });
            return;
        }
        if (!allowed.includes(name.toLowerCase())) {
            ctx.report({
                path,
                found: show(name),
                expected,
                why: name.toLowerCase() === "docker"
                    ? "Docker is discontinued on ACK (Kubernetes 1.22 and earlier only) and gets no runtime fixes."
                    : undefined,
                fix,
            });
        }
    },
});
