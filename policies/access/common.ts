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
export { KUBECONFIG_DELETION, REVOCATION_FACTS, REVOCATION_PROCEDURE, REVOKE_KUBECONFIG_URL } from "../../model/revocation";
/** Access of a stack identity, with the resources as the policies get them. */
export type ClusterAccess = GraphAccess<PolicyResource>;

export const RBAC_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/best-practices-of-authorization";
export const RAM_POLICY_URL = "https://www.alibabacloud.com/help/doc-detail/86485.htm";
export const RRSA_URL = "https://www.alibabacloud.com/help/doc-detail/356611.html";

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
// Admin system policies attached to users, groups or roles

/**
 * What each default forbidden system policy lets its holder do to an ACK cluster. AliyunCSFullAccess
 * covers the ACK API at RAM level only: RBAC inside a cluster is granted separately, and granting
 * it to others also needs cluster permission-manager rights.
 */
export const ADMIN_POLICY_GRANTS: Record<string, string> = {
    AdministratorAccess: "every action on every resource of the account, including granting itself anything",
    AliyunCSFullAccess: "every ACK API action at RAM level: deleting or modifying clusters, node pools and their configuration (Kubernetes RBAC inside a cluster is granted separately, and granting it to others also needs cluster permission-management rights)",
    AliyunAccFullAccess: "every ACS (Container Compute Service) API action: deleting or modifying ACS clusters and their configuration",
    AliyunECSFullAccess: "every ECS action: running commands on, stopping, re-imaging or replacing the cluster's nodes",
    AliyunVPCFullAccess: "every VPC action: changing the routes, vSwitches and network ACLs the nodes and the API server sit behind",
    AliyunRAMFullAccess: "every RAM action: attaching AdministratorAccess to itself or to anyone, creating keys for other users",
    AliyunKMSFullAccess: "every KMS action: disabling or scheduling the deletion of the keys that encrypt Secrets and node disks",
};

export const ADMIN_POLICIES_DEFAULT = Object.keys(ADMIN_POLICY_GRANTS);

/** The config the admin-attachment policies take: which system policies are forbidden. */
export interface AdminAttachConfig {
    forbiddenPolicies: string[];
}

export function forbiddenPoliciesConfig(principals: "users" | "groups" | "roles"): { forbiddenPolicies: PolicyConfigJSONSchema } {
    return {
        forbiddenPolicies: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: `System policy names (case-insensitive) that must not be attached to RAM ${principals}. The default lists the full-access policies that let a holder take over nodes, networks, keys or clusters, or grant itself more.`,
            default: ADMIN_POLICIES_DEFAULT,
        },
    };
}

/** The attached system policy when it is on the forbidden list (a Custom policy of the same name is not). */
export interface AdminMatch {
    policyName: string;
    policyType: string | undefined;
    /** The forbidden-list entry it matched. */
    match: string;
    /** What that policy grants, for messages. */
    grants: string;
}

type AttachmentProps = PropsOf[typeof T.RamUserPolicyAttachment] | PropsOf[typeof T.RamGroupPolicyAttachment] | PropsOf[typeof T.RamRolePolicyAttachment];

/**
 * The forbidden system policy an attachment attaches, or undefined. A Custom policy that happens
 * to share the name is left to ack-ram-policy-no-wildcard.
 */
export function adminAttachmentMatch(props: AttachmentProps | undefined, forbiddenPolicies: unknown): AdminMatch | undefined {
    const o = asObject(props) === undefined ? undefined : props;
    const policyName = asString(o?.policyName);
    const forbidden = asArray(forbiddenPolicies).filter((p): p is string => typeof p === "string");
    const match = forbidden.find((f) => f.toLowerCase() === policyName?.toLowerCase());
    if (match === undefined || policyName === undefined) {
        return undefined;
    }
    const policyType = asString(o?.policyType);
    if (policyType !== undefined && policyType.toLowerCase() !== "system") {
        return undefined;
    }
    const known = Object.keys(ADMIN_POLICY_GRANTS).find((k) => k.toLowerCase() === match.toLowerCase());
    return { policyName, policyType, match, grants: known ? ADMIN_POLICY_GRANTS[known] : "what this team's forbidden list rules out" };
}

/** "system policy "X" (policyType "System") attached to a RAM user" for messages. */
export function describeAdminMatch(m: AdminMatch, holder: string): string {
    return `system policy ${JSON.stringify(m.policyName)} (policyType ${m.policyType === undefined ? "not set" : JSON.stringify(m.policyType)}) attached to ${holder}`;
}

/** The finding for a user or group policy attachment of a forbidden system policy, or undefined. */
export function adminAttachmentFinding(
    props: PropsOf[typeof T.RamUserPolicyAttachment] | PropsOf[typeof T.RamGroupPolicyAttachment],
    forbiddenPolicies: unknown,
    holder: "user" | "group",
): Finding | undefined {
    const m = adminAttachmentMatch(props, forbiddenPolicies);
    if (m === undefined) {
        return undefined;
    }
    const forbidden = asArray(forbiddenPolicies).filter((p): p is string => typeof p === "string");
    return {
        path: "policyName",
        found: describeAdminMatch(m, `a RAM ${holder}`),
        expected: `none of ${forbidden.join(", ")} on RAM ${holder}s`,
        why: `${m.match} grants ${m.grants}, to ${holder === "group" ? "every member of the group" : "this user"}, and it stays with the person rather than with a role they assume when needed.`,
        fix: "attach it to a ram.Role with a ram.RolePolicyAttachment and let people assume the role (with MFA), or attach a scoped custom policy here.",
    };
}
