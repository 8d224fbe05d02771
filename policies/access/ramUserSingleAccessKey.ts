import type { PolicyResource } from "@pulumi/policy";
import { stackPolicy } from "../../model/policy";
import { T } from "../../model/resources";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import { names } from "./common";
import { AK_URL, isActiveKey, ownerOfKey } from "./accessKeys";

// Rotation needs two keys for a short overlap; keeping two active keys for good doubles what can
// leak and hides which one is in use.
export const ramUserSingleAccessKey = stackPolicy({
    name: "ack-ram-user-single-access-key",
    displayName: "A RAM user has at most one active AccessKey",
    description: "At most one ram.AccessKey per RAM user may be active (status Active, the default); set the old key to Inactive once a rotated key is in use.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "Credentials are the customer's on every cluster type; a second active key is only needed during a rotation, and marking the old one Inactive keeps the overlap explicit.",
    remediation: { does: false, why: "stack policy, and which key to keep is the user's choice." },
    url: AK_URL,
    remediationSteps: "Keep one active key per user: set `status: \"Inactive\"` on the key being rotated out, then delete it.",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.RamAccessKey, T.RamUser],
    check: (ctx) => {
        const byOwner = new Map<string, { label: string; user?: PolicyResource; keys: PolicyResource[] }>();
        for (const key of ctx.resources) {
            if (key.type !== T.RamAccessKey) continue;
            const owner = ownerOfKey(key, ctx.resources);
            if (owner === undefined) continue; // ack-ram-access-key-named-user judges keys without a user
            if (!isActiveKey(key)) continue;
            const group = byOwner.get(owner.id) ?? { label: owner.label, user: owner.user, keys: [] };
            group.keys.push(key);
            byOwner.set(owner.id, group);
        }
        for (const { label, user, keys } of byOwner.values()) {
            if (keys.length < 2) continue;
            ctx.report(user ?? keys[keys.length - 1], {
                path: "ram.AccessKey status",
                found: `${keys.length} active AccessKeys for ${label} (ram.AccessKey ${names(keys)})`,
                expected: "at most one active AccessKey per RAM user",
                fix: `set \`status: "Inactive"\` on all but one of ram.AccessKey ${names(keys)}, then delete the inactive ones.`,
            });
        }
    },
});
