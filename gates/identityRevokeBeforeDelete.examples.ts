import { UNKNOWN } from "../model/wire";
import { T } from "../model/resources";
import type { GateExamples } from "./gate";
import type { GateState } from "./types";

const urn = (type: string, name: string) => `urn:pulumi:prod::platform::${type}::${name}`;

function state(type: string, name: string, props: Record<string, unknown>, extra: Partial<GateState> = {}): GateState {
    return { urn: urn(type, name), type, name, ids: [], aliases: [name, urn(type, name)], props, propertyDependencies: {}, ...extra };
}

const CLUSTER = state(T.ManagedKubernetes, "ack", { clusterSpec: "ack.pro.small" }, { ids: ["c0ffee"] });
const CLUSTER_WITH_AUTHENTICATOR = state(T.ManagedKubernetes, "ack", { addons: [{ name: "ack-ram-authenticator" }] }, { ids: ["c0ffee"] });
const BOB = state(T.RamUser, "bob", { name: "bob" }, { ids: ["2098765"], aliases: ["bob", urn(T.RamUser, "bob"), "2098765"] });
const grant = (entries: Record<string, unknown>[], extra: Partial<GateState> = {}) =>
    state(T.KubernetesPermission, "bob-dev", { uid: "2098765", permissions: entries }, { ids: ["2098765"], propertyDependencies: { uid: [BOB.urn] }, ...extra });
const DEV = { cluster: "c0ffee", roleType: "cluster", roleName: "dev", isRamRole: false };
const ATTESTED = [{ identity: "bob", by: "jane@example.com", at: "2026-11-27T10:00:00Z", ticket: "OPS-4211" }];

export const examples: GateExamples = {
    gate: "ack-identity-revoke-before-delete",
    compliant: [
        {
            title: "deleting a user whose revocation is attested",
            oldAndNew: [CLUSTER, BOB, grant([DEV])],
            removals: [{ urn: BOB.urn, op: "delete" }],
            revoked: ATTESTED,
            outcome: { kind: "cleared", urn: BOB.urn, reasonIncludes: "revocation attested by jane@example.com at 2026-11-27T10:00:00Z (OPS-4211)" },
        },
        {
            title: "deleting a user that holds no cluster access",
            oldAndNew: [CLUSTER, BOB],
            removals: [{ urn: BOB.urn, op: "delete" }],
            outcome: { kind: "pass" },
        },
        {
            title: "ack-ram-authenticator on every cluster it reaches, when the policy config accepts it",
            oldAndNew: [CLUSTER_WITH_AUTHENTICATOR, BOB, grant([DEV])],
            removals: [{ urn: BOB.urn, op: "delete" }],
            policyConfig: { "ack-identity-deletion-readiness": { acceptRamAuthenticator: true } },
            outcome: { kind: "cleared", urn: BOB.urn, reasonIncludes: "every cluster it reaches installs ack-ram-authenticator" },
        },
    ],
    violating: [
        {
            title: "deleting a user whose kubeconfig was never revoked",
            oldAndNew: [CLUSTER, BOB, grant([DEV])],
            removals: [{ urn: BOB.urn, op: "delete" }, { urn: grant([DEV]).urn, op: "delete" }],
            outcome: {
                kind: "blocked",
                urn: BOB.urn,
                messageIncludes: [
                    "This plan deletes ram.User bob, which holds ACK cluster access through cs.KubernetesPermission bob-dev (cluster c0ffee).",
                    "Delete KubeConfig File",
                    "RevokeK8sClusterKubeConfig revokes only the caller's own kubeconfig",
                ],
            },
        },
        {
            title: "replacing a protected role (Terraform words for a Terraform plan)",
            oldAndNew: [CLUSTER, state(T.RamRole, "alicloud_ram_role.ops", { name: "ops" }, { ids: ["3001"], protect: true }),
                state(T.KubernetesPermission, "alicloud_cs_kubernetes_permissions.ops", { uid: "3001", permissions: [{ ...DEV, isRamRole: true }] })],
            removals: [{ urn: urn(T.RamRole, "alicloud_ram_role.ops"), op: "replace" }],
            language: "terraform",
            outcome: {
                kind: "blocked",
                urn: urn(T.RamRole, "alicloud_ram_role.ops"),
                messageIncludes: ["This plan replaces alicloud_ram_role.ops", "lifecycle { prevent_destroy = true }"],
            },
        },
        {
            title: "ack-ram-authenticator alone is not accepted by default",
            oldAndNew: [CLUSTER_WITH_AUTHENTICATOR, BOB, grant([DEV])],
            removals: [{ urn: BOB.urn, op: "delete" }],
            outcome: { kind: "blocked", urn: BOB.urn, messageIncludes: ["This plan deletes ram.User bob"] },
        },
    ],
    omitted: [
        {
            title: "a grant whose entries name no cluster still holds access",
            oldAndNew: [BOB, grant([{ roleType: "cluster", roleName: "dev" }])],
            removals: [{ urn: BOB.urn, op: "delete" }],
            outcome: { kind: "blocked", urn: BOB.urn, messageIncludes: ["(no listed cluster)"] },
        },
        {
            title: "an attestation for another identity does not clear this one",
            oldAndNew: [CLUSTER, BOB, grant([DEV])],
            removals: [{ urn: BOB.urn, op: "delete" }],
            revoked: [{ ...ATTESTED[0], identity: "alice" }],
            outcome: { kind: "blocked", urn: BOB.urn, messageIncludes: ["This plan deletes ram.User bob"] },
        },
    ],
    unknown: [
        {
            title: "the replacement's new grant is unknown at plan time: the old identity's access still blocks",
            oldAndNew: [CLUSTER, BOB, grant([DEV]), state(T.KubernetesPermission, "bob-dev-next", { uid: UNKNOWN, permissions: UNKNOWN })],
            removals: [{ urn: BOB.urn, op: "replace" }],
            outcome: { kind: "blocked", urn: BOB.urn, messageIncludes: ["This plan replaces ram.User bob"] },
        },
        {
            title: "an add-on created in the same plan has not revoked anything yet",
            oldAndNew: [CLUSTER, BOB, grant([DEV]), state(T.KubernetesAddon, "authn", { clusterId: "c0ffee", name: "ack-ram-authenticator" })],
            removals: [{ urn: BOB.urn, op: "delete" }],
            created: [urn(T.KubernetesAddon, "authn")],
            policyConfig: { "ack-identity-deletion-readiness": { acceptRamAuthenticator: true } },
            outcome: { kind: "blocked", urn: BOB.urn, messageIncludes: ["or install ack-ram-authenticator on every cluster it reaches"] },
        },
    ],
};
