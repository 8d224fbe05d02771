import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { AUTO_UPGRADING_CLUSTER } from "./nodePoolAutoUpgradeKubelet.examples";
import { MANAGED_POOL, poolWithManagement } from "./nodePool.fixtures";

const EXTERNAL = { ...MANAGED_POOL, clusterId: "c-external0123" };

export const examples: PolicyExamples = {
    policy: "ack-nodepool-external-cluster-upgrade",
    resourceType: T.NodePool,
    compliant: [
        {
            title: "a pool whose cluster is in the stack is judged by ack-nodepool-auto-upgrade-kubelet instead",
            resources: [
                { type: T.ManagedKubernetes, name: "ack", props: AUTO_UPGRADING_CLUSTER },
                { type: T.NodePool, name: "workers", props: { ...MANAGED_POOL, clusterId: UNKNOWN }, propertyDependencies: { clusterId: ["ack"] } },
            ],
            target: "workers",
            outcome: { kind: "pass" },
        },
    ],
    violating: [
        {
            title: "a literal cluster id that is not in this stack",
            resources: [{ type: T.NodePool, name: "workers", props: EXTERNAL }],
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["clusterId: found cluster \"c-external0123\", which is not in this stack", "cannot be determined from this stack", "add \"c-external0123\" to `autoUpgradingClusterIds`"] },
        },
        {
            title: "a cluster id from a stack reference (unknown at preview, no dependency in the stack)",
            resources: [{ type: T.NodePool, name: "workers", props: { ...MANAGED_POOL, clusterId: UNKNOWN } }],
            target: "workers",
            outcome: { kind: "violation", messageIncludes: ["its id is computed elsewhere"] },
        },
    ],
    omitted: [
        { title: "a pool without clusterId", resources: [{ type: T.NodePool, name: "workers", props: { ...MANAGED_POOL, clusterId: undefined } }], target: "workers", outcome: { kind: "violation", messageIncludes: ["its id is computed elsewhere"] } },
    ],
    unknown: [
        { title: "the pool's management is computed at preview", resources: [{ type: T.NodePool, name: "workers", props: { ...EXTERNAL, management: UNKNOWN } }], target: "workers", outcome: { kind: "unknown" } },
    ],
    more: [
        {
            title: "a cluster listed in autoUpgradingClusterIds passes, saying why",
            resources: [{ type: T.NodePool, name: "workers", props: EXTERNAL }],
            target: "workers",
            config: { autoUpgradingClusterIds: ["c-external0123"] },
            outcome: { kind: "not-applicable", reasonIncludes: "passes: workers: cluster c-external0123 is listed in autoUpgradingClusterIds" },
        },
        {
            title: "an unmanaged pool is left to ack-nodepool-auto-upgrade-kubelet (blocked there whatever the cluster does)",
            resources: [{ type: T.NodePool, name: "workers", props: { ...poolWithManagement(undefined), clusterId: "c-external0123" } }],
            target: "workers",
            outcome: { kind: "pass" },
        },
        { title: "edge node pool", resources: [{ type: T.NodePool, name: "workers", props: { ...EXTERNAL, type: "edge" } }], target: "workers", outcome: { kind: "pass" } },
    ],
};
