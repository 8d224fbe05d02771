import { SELF_PATCHED_CLUSTER_TYPES } from "../../model/clusterSets";
import { LIFECYCLE_FACTS, MANAGED_POOL_URL } from "../../model/nodeLifecycle";
import { resourcePolicy } from "../../model/policy";
import { T } from "../../model/resources";
import { judgedPool, managementFix } from "./common";

// A pool Alibaba Cloud automates nothing for leaves OS patching, repair and kubelet updates to the
// customer (seed: "ACK managed cluster" column). Since 2026-01-31 a pool is a managed node pool by
// its two switches, autoVulFix and autoRepair; `management.enable` no longer makes it one.
export const nodePoolManaged = resourcePolicy({
    name: "ack-nodepool-managed",
    displayName: "Node pools are managed node pools",
    description: "Node pools must be managed node pools: a management block that turns on Alibaba Cloud's automation (autoVulFix and/or autoRepair), so that node maintenance is not left entirely to the customer.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Node OS patching is the customer's on every pool ACK automates nothing for; the management switches are the one setting that moves it to Alibaba Cloud.",
    remediation: { does: false, why: "fails (a) single secure answer: either switch makes a pool managed; ack-nodepool-auto-vul-fix and ack-nodepool-auto-repair remediate each one." },
    url: MANAGED_POOL_URL,
    remediationSteps: "Add `management: { autoRepair: true, autoVulFix: true, autoVulFixPolicy: { vulLevel: \"asap,later\" } }` to the cs.NodePool, and enable cluster auto-upgrade with a maintenance window on its cluster for kubelet updates.",
    responsibility: "node-os-patching",
    clusterTypes: SELF_PATCHED_CLUSTER_TYPES,
    facts: [LIFECYCLE_FACTS.removedFields, LIFECYCLE_FACTS.defaultsOff],
    resourceTypes: [T.NodePool],
    check: (props, ctx) => {
        const pool = judgedPool(props, ctx);
        if (pool.managed) return;
        const legacyOnly = pool.retiredFieldsSet.length > 0
            ? ` It sets ${pool.retiredFieldsSet.join(", ")}, which ACK removed on 2026-01-31: they no longer turn any automation on.`
            : "";
        ctx.report({
            path: "management",
            found: pool.why,
            expected: "management.autoVulFix = true and/or management.autoRepair = true",
            why: `Without them the customer must patch the node OS, repair nodes and update kubelet by hand (both switches default to false since 2025-08-31).${legacyOnly}`,
            fix: `set \`${managementFix(["asap", "later"])}\` on this node pool.`,
        });
    },
});
