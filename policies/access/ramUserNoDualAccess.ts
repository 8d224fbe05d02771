import type { PolicyResource } from "@pulumi/policy";
import { dependenciesOf, inStackOrder, ofType, referencing } from "../../model/graph";
import { stackPolicy } from "../../model/policy";
import { asString } from "../../model/props";
import { propsAs, T } from "../../model/resources";
import { names, RBAC_URL } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

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
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.RamUser, T.RamLoginProfile, T.RamAccessKey],
    check: (ctx) => {
        // Those naming their user by a literal (no dependency) are compared by name with every user;
        // the others are found through the stack's reverse dependencies.
        const literal = (type: string) => ofType(ctx.resources, [type]).filter((r) => dependenciesOf(r, "userName").length === 0);
        const literalProfiles = literal(T.RamLoginProfile);
        const literalKeys = literal(T.RamAccessKey);
        const owned = (user: PolicyResource, type: string, literals: PolicyResource[]) =>
            inStackOrder(ctx.resources, [...referencing(ctx.resources, user, "userName", [type]), ...literals.filter((r) => belongsTo(r, user))]);
        for (const user of ctx.resources) {
            if (user.type !== T.RamUser) continue;
            const login = owned(user, T.RamLoginProfile, literalProfiles);
            if (login.length === 0) continue;
            // An Inactive key cannot sign requests.
            const active = owned(user, T.RamAccessKey, literalKeys).filter((k) => asString(propsAs(k, T.RamAccessKey)?.status)?.toLowerCase() !== "inactive");
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
