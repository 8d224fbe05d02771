// What the access-control policies share: reading cs.KubernetesPermission entries, parsing RAM
// policy documents, and resolving which RAM identity in a stack holds access to which cluster.
//
// Which identity reaches which cluster is answered in model/access.ts (shared with the plan gate).
import type { PolicyResource } from "@pulumi/policy";
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import type { ClusterAccess as GraphAccess, PermissionElement } from "../../model/access";
import type { Finding } from "../../model/policy";
import { asArray, asBool, asObject, asString, Bag } from "../../model/props";
import { PropsOf, T } from "../../model/resources";

export {
    describeEntry, identitiesWithClusterAccess, IDENTITY_TOKENS, installsAddon, names, permissionEntries, RAM_AUTHENTICATOR, reachOf, roleTypeOf,
} from "../../model/access";
export type { PermissionElement, PermissionEntry, Reach } from "../../model/access";
/** Access of a stack identity, with the resources as the policies get them. */
export type ClusterAccess = GraphAccess<PolicyResource>;

export const RBAC_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/best-practices-of-authorization";
export const RAM_POLICY_URL = "https://www.alibabacloud.com/help/doc-detail/86485.htm";
export const REVOKE_KUBECONFIG_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/revoke-a-kubeconfig-credential";
export const RRSA_URL = "https://www.alibabacloud.com/help/doc-detail/356611.html";

/** The revocation order the seed asks for, worded once for every message that needs it. */
export const REVOCATION_PROCEDURE =
    "Before deleting it: revoke its kubeconfig (console \"Revoke KubeConfig\" or the CleanUserPermissions API), "
    + "then remove its cs.KubernetesPermission grants, then unprotect and delete it; "
    + "deleting a RAM user or role does not revoke the RBAC permissions or kubeconfig it holds in ACK.";

// ---------------------------------------------------------------------------------------------
// cs.KubernetesPermission entries (the entry readers live in the model, shared with the plan gate)

/** A grant to a RAM user: `isRamRole` is not true (omitted means a user, as the API reads it). */
export function grantsToUser(entry: PermissionElement): boolean {
    return asBool(entry?.isRamRole) !== true;
}

// ---------------------------------------------------------------------------------------------
// RAM policy documents

export type ParsedDocument = { ok: true; doc: Bag } | { ok: false; reason: string };

/** A RAM policy document given as a JSON string or as an object; never throws on bad JSON. */
export function parsePolicyDocument(v: unknown): ParsedDocument {
    if (typeof v === "string") {
        let parsed: unknown;
        try {
            parsed = JSON.parse(v);
        } catch {
            return { ok: false, reason: "it is not valid JSON" };
        }
        const doc = asObject(parsed);
        return doc === undefined ? { ok: false, reason: "it is JSON but not an object" } : { ok: true, doc };
    }
    const doc = asObject(v);
    return doc === undefined ? { ok: false, reason: "it is neither a JSON string nor an object" } : { ok: true, doc };
}

/** A string or a list of strings (RAM allows both for Action, Resource...). */
export function stringList(v: unknown): string[] {
    if (typeof v === "string") {
        return [v];
    }
    return asArray(v).filter((x): x is string => typeof x === "string");
}

/** `Statement` as a list of statement objects (RAM allows one object or a list). */
export function statementsOf(doc: Bag): Bag[] {
    const s = doc["Statement"];
    const one = asObject(s);
    if (one !== undefined) {
        return [one];
    }
    return asArray(s).map(asObject).filter((x): x is Bag => x !== undefined);
}

// ---------------------------------------------------------------------------------------------
// Admin system policies attached to users or groups

export const ADMIN_POLICIES_DEFAULT = ["AdministratorAccess", "AliyunCSFullAccess"];

/** The config both admin-attachment policies take: which system policies are forbidden. */
export interface AdminAttachConfig {
    forbiddenPolicies: string[];
}

export function forbiddenPoliciesConfig(principals: "users" | "groups"): { forbiddenPolicies: PolicyConfigJSONSchema } {
    return {
        forbiddenPolicies: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: `System policy names (case-insensitive) that must not be attached to RAM ${principals}.`,
            default: ADMIN_POLICIES_DEFAULT,
        },
    };
}

/**
 * The finding for a user or group policy attachment of a forbidden system policy, or undefined.
 * A Custom policy that happens to share the name is left to ack-ram-policy-no-wildcard.
 */
export function adminAttachmentFinding(
    props: PropsOf[typeof T.RamUserPolicyAttachment] | PropsOf[typeof T.RamGroupPolicyAttachment],
    forbiddenPolicies: unknown,
    holder: "user" | "group",
): Finding | undefined {
    const o = asObject(props) === undefined ? undefined : props;
    const policyName = asString(o?.policyName);
    const forbidden = asArray(forbiddenPolicies).filter((p): p is string => typeof p === "string");
    const match = forbidden.find((f) => f.toLowerCase() === policyName?.toLowerCase());
    if (match === undefined) {
        return undefined;
    }
    const policyType = asString(o?.policyType);
    if (policyType !== undefined && policyType.toLowerCase() !== "system") {
        return undefined;
    }
    return {
        path: "policyName",
        found: `system policy ${JSON.stringify(policyName)} (policyType ${policyType === undefined ? "not set" : JSON.stringify(policyType)}) attached to a RAM ${holder}`,
        expected: `none of ${forbidden.join(", ")} on RAM ${holder}s`,
        why: `${match} lets ${holder === "group" ? "every member of the group" : "this user"} administer ACK, including granting any cluster's RBAC to anyone, and it stays with the person rather than with a role they assume.`,
        fix: "attach it to a ram.Role with a ram.RolePolicyAttachment and let people assume the role, or attach a scoped custom policy here.",
    };
}
