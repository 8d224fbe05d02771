// The deletion gate: a RAM user or role that holds ACK cluster access (a cs.KubernetesPermission names
// it) must not be deleted or replaced until its kubeconfig and RBAC grants are revoked. The seed:
// deleting a RAM user or role does not revoke the RBAC permissions or kubeconfig it holds in ACK.
// CrossGuard never sees a deletion, so this runs on the plan's old state (ackguard plan / scan --base).
import { authenticatorGap, clusterAccessOf, ClusterAccess, GraphResource, permissionEntries, RAM_AUTHENTICATOR, roleTypeOf } from "../model/access";
import { asString } from "../model/props";
import { T } from "../model/resources";
import { KUBECONFIG_REVOCATION, REVOCATION_FACTS, REVOCATION_SUMMARY, REVOKE_KUBECONFIG_URL } from "../model/revocation";
import type { Gate, GateContext, GateResult } from "./gate";
import type { GateInput, GateState } from "./types";

export const IDENTITY_DELETION_POLICY = "ack-identity-deletion-readiness";

/** What the message needs to know about one blocked removal. */
export interface RevokeMessageFacts {
    verb: "deletes" | "replaces";
    /** "ram.User" / "alicloud_ram_user". */
    kind: string;
    name: string;
    /** "cs.KubernetesPermission" / "alicloud_cs_kubernetes_permissions". */
    permissionKind: string;
    permissions: string[];
    /** "all clusters", "cluster c1, c2", "no listed cluster". */
    reach: string;
    acceptRamAuthenticator: boolean;
    protected: boolean;
    language: "pulumi" | "terraform";
}

/** "ram.User alice"; a Terraform address already names its type. */
const named = (kind: string, name: string) => (name.startsWith(`${kind}.`) ? name : `${kind} ${name}`);

/** The gate's message: all of its wording is here. */
export function revokeMessage(f: RevokeMessageFacts): string {
    const lines = [
        `This plan ${f.verb} ${named(f.kind, f.name)}, which holds ACK cluster access through ${f.permissions.map((p) => named(f.permissionKind, p)).join(", ")} (${f.reach}).`,
        `Deleting a RAM identity does not revoke its kubeconfig or RBAC bindings. Do it in this order:`,
        `  1. ${KUBECONFIG_REVOCATION};`,
        `  2. remove its grants (delete the ${f.permissionKind});`,
        `  3. then delete or replace the ${f.kind}.`,
        `To pass this gate after revoking, list the identity in a --revoked file ({"revoked":[{"identity","by","at","ticket"}]})${f.acceptRamAuthenticator ? `, or install ${RAM_AUTHENTICATOR} on every cluster it reaches` : ""}.`,
    ];
    if (f.protected) {
        lines.push(f.language === "terraform"
            ? `(The ${f.kind} has lifecycle { prevent_destroy = true }: Terraform will also refuse the delete until it is removed.)`
            : `(The ${f.kind} is protected: Pulumi will also refuse the delete until protect is removed.)`);
    }
    return lines.join("\n");
}

/** Whether ack-ram-authenticator counts as revocation: the knob of the preview policy, read from the same place. */
export function acceptsRamAuthenticator(config: Record<string, unknown> | undefined): boolean {
    const entry = config?.[IDENTITY_DELETION_POLICY];
    return typeof entry === "object" && entry !== null && (entry as Record<string, unknown>).acceptRamAuthenticator === true;
}

interface GateNode extends GraphResource {
    state: GateState;
}

/** The old (and new) states as a graph the model's access questions can walk. */
function graphOf(oldAndNew: GateState[]): GateNode[] {
    const nodes = oldAndNew.map((s): GateNode => ({ urn: s.urn, type: s.type, name: s.name, props: s.props, ids: s.ids, propertyDependencies: {}, state: s }));
    const byUrn = new Map<string, GateNode>();
    for (const n of nodes) if (!byUrn.has(n.urn)) byUrn.set(n.urn, n);
    for (const n of nodes) {
        for (const [k, urns] of Object.entries(n.state.propertyDependencies)) {
            n.propertyDependencies![k] = urns.map((u) => byUrn.get(u)).filter((x): x is GateNode => x !== undefined);
        }
    }
    return nodes;
}

/** "all clusters", "cluster c1, c2" or "no listed cluster", from the grants' entries. */
function reachText(access: ClusterAccess<GateNode>): string {
    const ids = new Set<string>();
    for (const p of access.permissions) {
        for (const e of permissionEntries(p.props as never)) {
            if (roleTypeOf(e.entry) === "all-clusters") return "all clusters";
            const c = asString(e.entry?.cluster);
            if (c !== undefined) ids.add(c);
        }
    }
    for (const c of access.clusters) if (!(c.ids ?? []).some((id) => ids.has(id))) ids.add(c.name);
    return ids.size === 0 ? "no listed cluster" : `cluster ${[...ids].join(", ")}`;
}

function check(input: GateInput, ctx: GateContext): GateResult {
    const out: GateResult = { findings: [], cleared: [] };
    const acceptRamAuthenticator = acceptsRamAuthenticator(ctx.policyConfig);
    const nodes = graphOf(input.oldAndNew);
    // An add-on the plan creates has not ended anything yet when the identity goes.
    const installed = nodes.filter((n) => !(n.type === T.KubernetesAddon && input.created.has(n.urn)));
    for (const removal of input.removals) {
        const old = removal.state;
        if (old.type !== T.RamUser && old.type !== T.RamRole) continue;
        const identity = nodes.find((n) => n.state === old) ?? graphOf([old])[0];
        const access = clusterAccessOf(identity, nodes);
        if (access === undefined) continue;
        const keys = new Set([...old.aliases, ...old.ids]);
        const att = ctx.revoked.find((a) => keys.has(a.identity));
        if (att) {
            out.cleared.push({ policyName: identityRevokeBeforeDelete.name, urn: old.urn, op: removal.op, reason: `revocation attested by ${att.by} at ${att.at} (${att.ticket})` });
            continue;
        }
        if (acceptRamAuthenticator && authenticatorGap(access, installed) === undefined) {
            out.cleared.push({ policyName: identityRevokeBeforeDelete.name, urn: old.urn, op: removal.op, reason: `every cluster it reaches installs ${RAM_AUTHENTICATOR}` });
            continue;
        }
        out.findings.push({
            policyName: identityRevokeBeforeDelete.name,
            policyPackName: ctx.pack.name,
            policyPackVersion: ctx.pack.version,
            description: identityRevokeBeforeDelete.description,
            message: revokeMessage({
                verb: removal.op.startsWith("delete") ? "deletes" : "replaces",
                kind: input.typeName(old.type),
                name: old.name,
                permissionKind: input.typeName(T.KubernetesPermission),
                permissions: access.permissions.map((p) => p.name),
                reach: reachText(access),
                acceptRamAuthenticator,
                protected: !!old.protect,
                language: input.language,
            }),
            enforcementLevel: identityRevokeBeforeDelete.enforcementLevel,
            severity: identityRevokeBeforeDelete.severity,
            urn: old.urn,
            op: removal.op,
            name: old.name,
            ...(old.location ? { location: old.location } : {}),
        });
    }
    return out;
}

export const identityRevokeBeforeDelete: Gate = {
    name: "ack-identity-revoke-before-delete",
    displayName: "Revoke a RAM identity's ACK access before deleting it",
    description: "A RAM user or role that holds ACK cluster access (a cs.KubernetesPermission) must not be deleted or replaced until its kubeconfig and RBAC grants are revoked.",
    severity: "critical",
    enforcementLevel: "mandatory",
    levelRationale: "The seed makes revoking kubeconfig access before deleting RAM users or roles the customer's duty: once the identity is gone, its kubeconfig keeps working and nobody can revoke it by name.",
    url: REVOKE_KUBECONFIG_URL,
    remediationSteps: `${REVOCATION_SUMMARY[0].toUpperCase()}${REVOCATION_SUMMARY.slice(1)}, then delete the identity; attest it with --revoked FILE.`,
    responsibility: "access-control",
    tags: ["deletion", "least-privilege"],
    facts: REVOCATION_FACTS,
    config: [{
        policy: IDENTITY_DELETION_POLICY,
        knob: "acceptRamAuthenticator",
        description: `With true, a removal passes when every cluster the identity reaches is in the plan and installs ${RAM_AUTHENTICATOR} (off by default: certificate kubeconfigs keep working next to the webhook).`,
    }],
    check,
};
