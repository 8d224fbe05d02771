import { stackPolicy } from "../../model/policy";
import { asBool, listed } from "../../model/props";
import { CLUSTER_TOKENS, propsAs, T } from "../../model/resources";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import { RRSA_URL } from "./common";
import { isActiveKey, ownerOfKey } from "./accessKeys";

// A cluster with RRSA lets pods assume RAM roles with short-lived tokens; a long-lived AccessKey in
// the same stack is usually the credential RRSA was meant to replace.
export const ramAccessKeyPreferRrsa = stackPolicy({
    name: "ack-ram-access-key-prefer-rrsa",
    displayName: "No long-lived AccessKeys where the clusters offer RRSA",
    description: "When a cluster of the stack has RRSA on (`enableRrsa`), active ram.AccessKey resources should give way to RAM roles assumed through RRSA.",
    severity: "low",
    enforcementLevel: "advisory",
    levelRationale: "Some keys serve systems outside the clusters (CI, on-premises jobs) that RRSA cannot reach; the stack cannot tell who uses a key, so it advises.",
    remediation: { does: false, why: "stack policy; moving workloads to RRSA is a design change, not an input value." },
    url: RRSA_URL,
    remediationSteps: "Give the workload a ram.Role trusted by the cluster's OIDC provider (scoped to its service account) and delete the ram.AccessKey; exempt keys used outside the clusters with that reason.",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.RamAccessKey, ...CLUSTER_TOKENS],
    check: (ctx) => {
        const rrsa = ctx.resources.filter((r) => asBool(propsAs(r, T.ManagedKubernetes, T.ServerlessKubernetes)?.enableRrsa) === true);
        if (rrsa.length === 0) return;
        for (const key of ctx.resources) {
            if (key.type !== T.RamAccessKey || !isActiveKey(key)) continue;
            const owner = ownerOfKey(key, ctx.resources);
            ctx.report(key, {
                path: "(resource)",
                found: `an active long-lived AccessKey${owner ? ` for ${owner.label}` : ""} while cluster ${listed(rrsa.map((c) => c.name))} offers RRSA`,
                expected: "workloads on RRSA clusters use RAM roles with short-lived tokens",
                fix: "move the workload to a RAM role assumed through RRSA and delete this key, or exempt it with the system outside the clusters that needs it.",
            });
        }
    },
});
