import { SELF_PATCHED_CLUSTER_TYPES } from "../../model/clusterSets";
import { LIFECYCLE_FACTS, NODE_POOL_CHANGES_URL, nodePoolLifecycle, RETIRED_POOL_FIELDS } from "../../model/nodeLifecycle";
import { resourcePolicy } from "../../model/policy";
import { T } from "../../model/resources";

// The provider still accepts (and sends) the node pool fields ACK removed on 2026-01-31, so a
// program can look managed while nothing is. Say so wherever a program still sets them.
export const nodePoolRetiredFields = resourcePolicy({
    name: "ack-nodepool-retired-fields",
    displayName: "Node pools do not rely on fields ACK removed",
    description: "Node pools should not set management.enable, management.autoUpgrade, management.autoUpgradePolicy or management.autoVulFixPolicy.restartNode: ACK removed them on 2026-01-31 and ignores them.",
    severity: "low",
    enforcementLevel: "advisory",
    levelRationale: "The fields do no harm by themselves; the harm is believing they still automate something, which the patching policies judge on the fields that do.",
    remediation: { does: false, why: "the fix is deleting fields, and a remediation only writes values; a remediation never writes the retired fields either." },
    url: NODE_POOL_CHANGES_URL,
    remediationSteps: "Remove the retired fields. Use `management.autoRepair` and `management.autoVulFix` (with `autoVulFixPolicy.vulLevel`) on the pool, and cluster auto-upgrade with a maintenance window on its cluster for kubelet and runtime updates.",
    responsibility: "node-os-patching",
    clusterTypes: SELF_PATCHED_CLUSTER_TYPES,
    facts: [LIFECYCLE_FACTS.removedFields],
    resourceTypes: [T.NodePool],
    check: (props, ctx) => {
        const pool = nodePoolLifecycle(props);
        if (pool.autoMode) {
            ctx.args.notApplicable("auto mode node pool: Alibaba Cloud ignores the management values in the program");
        }
        if (pool.retiredFieldsSet.length === 0) return;
        const replacements = RETIRED_POOL_FIELDS.filter((f) => pool.retiredFieldsSet.includes(f.path)).map((f) => `${f.path}: ${f.replacedBy}`);
        ctx.report({
            path: pool.retiredFieldsSet.join(", "),
            found: "set",
            expected: "not set (ACK ignores them since 2026-01-31)",
            why: `Replaced by — ${replacements.join("; ")}.`,
            fix: "remove these fields from the node pool; the patching policies judge autoRepair, autoVulFix and the cluster's auto-upgrade instead.",
        });
    },
});
