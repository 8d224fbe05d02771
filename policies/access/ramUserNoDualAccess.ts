import type { PolicyResource } from "@pulumi/policy";
import { dependenciesOf } from "../../model/graph";
import { stackPolicy } from "../../model/policy";
import { asString } from "../../model/props";
import { propsAs, T } from "../../model/resources";
import { names, RBAC_URL } from "./common";

/** Whether `r` (a LoginProfile or AccessKey) belongs to `user`: through `userName`'s dependency, else by a literal name. */
function belongsTo(r: PolicyResource, user: PolicyResource): boolean {
    const deps = dependenciesOf(r, "userName");
    if (deps.length > 0) {
        return deps.some((d) => d.urn === user.urn);
    }
    const userName = asString(propsAs(r, T.RamLoginProfile, T.RamAccessKey)?.userName);
    return userName !== undefined && userName === asString(propsAs(user, T.RamUser)?.name);
}

// A person signs in to the console; a program uses an AccessKey. One identity with both has two
// independent long-lived credentials, and the key is usually copied far from the person.
export const ramUserNoDualAccess = stackPolicy({
    name: "ack-ram-user-no-dual-access",
    displayName: "RAM users have console access or an AccessKey, not both",
    description: "A ram.User must not have both a ram.LoginProfile (console password) and an active ram.AccessKey in the stack.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "Credentials are the customer's on every cluster type; separating human (console) and program (AccessKey) identities keeps each credential's blast radius and revocation simple.",
    remediation: { does: false, why: "stack policy: the SDK remediates resource policies only; and which access (console or AccessKey) to remove is the team's decision." },
    url: RBAC_URL,
    remediationSteps: "Split the identity: keep the ram.LoginProfile on the person's ram.User and move the ram.AccessKey to a separate program user (or, better, a ram.Role / RRSA), or delete one of them.",
    responsibility: "access-control",
    clusterTypes: ["ack-managed", "ack-serverless", "ack-managed-node-pools", "ack-edge"],
    resourceTypes: [T.RamUser, T.RamLoginProfile, T.RamAccessKey],
    check: (ctx) => {
        const profiles = ctx.resources.filter((r) => r.type === T.RamLoginProfile);
        const keys = ctx.resources.filter((r) => r.type === T.RamAccessKey);
        for (const user of ctx.resources) {
            if (user.type !== T.RamUser) continue;
            const login = profiles.filter((p) => belongsTo(p, user));
            if (login.length === 0) continue;
            // An Inactive key cannot sign requests.
            const active = keys.filter((k) => belongsTo(k, user) && asString(propsAs(k, T.RamAccessKey)?.status)?.toLowerCase() !== "inactive");
            if (active.length === 0) continue;
            ctx.report(user, {
                path: "ram.LoginProfile + ram.AccessKey",
                found: `console login (ram.LoginProfile ${names(login)}) and an AccessKey (ram.AccessKey ${names(active)})`,
                expected: "either console access or AccessKeys on one RAM user",
                why: "The password and the key are separate long-lived credentials for the same permissions, so the user's cluster access leaks through whichever is weaker.",
                fix: `move ram.AccessKey ${names(active)} to a dedicated program user or replace it with a RAM role, or remove the login profile.`,
            });
        }
    },
});
