import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { accessStack, CLUSTER_PROPS, entry } from "./permission.fixtures";

const WITH_AUTHENTICATOR = { ...CLUSTER_PROPS, addons: [{ name: "terway-eniip" }, { name: "ack-ram-authenticator" }] };
const ACCEPT = { acceptRamAuthenticator: true };

export const examples: PolicyExamples = {
    policy: "ack-identity-deletion-readiness",
    resourceType: T.RamUser,
    compliant: [
        { title: "protected user with cluster access", resources: accessStack({ identity: { protect: true } }), target: "alice", outcome: { kind: "pass" } },
        { title: "protected role with cluster access", resources: accessStack({ identity: { type: T.RamRole, protect: true } }), target: "alice", outcome: { kind: "pass" } },
        {
            title: "a user without cluster access needs no protection",
            resources: [{ type: T.RamUser, name: "alice", props: { name: "alice" } }, { type: T.ManagedKubernetes, name: "ack", props: CLUSTER_PROPS }],
            target: "alice",
            outcome: { kind: "pass" },
        },
    ],
    violating: [
        {
            title: "unprotected user with cluster access",
            resources: accessStack({}),
            target: "alice",
            outcome: {
                kind: "violation",
                messageExcludes: ["more characters"],
                messageIncludes: [
                    "ram.User opts.protect: found protect not set; this ram.User holds cluster access through cs.KubernetesPermission alice-rbac (clusters in this stack: ack)",
                    "purge its kubeconfigs and RBAC bindings, as ACK documents for leavers (nothing is re-issued): ack-ram-tool, or CleanUserPermissions with Force=true once it no longer uses the cluster",
                    "as the Alibaba Cloud account (a RAM user revokes only its own), ACK console > Authorizations > RAM Users > KubeConfig Management > Delete KubeConfig File",
                    "(ACS: ACS console > Permission Management > RAM Users > KubeConfig Management)",
                    "RevokeK8sClusterKubeConfig revokes only the caller's own kubeconfig",
                    "then remove its cs.KubernetesPermission grants, then unprotect and delete it.",
                    "add the resource option `{ protect: true }` to alice",
                ],
            },
        },
        {
            title: "unprotected role (ack-ram-authenticator alone is not accepted by default)",
            resources: accessStack({ identity: { type: T.RamRole }, cluster: WITH_AUTHENTICATOR }),
            target: "alice",
            outcome: { kind: "violation", messageIncludes: ["this ram.Role holds cluster access"] },
        },
        {
            title: "authenticator accepted, but one cluster lacks it",
            resources: accessStack({
                cluster: WITH_AUTHENTICATOR,
                extra: [
                    { type: T.ServerlessKubernetes, name: "ask", props: {} },
                    { type: T.KubernetesPermission, name: "alice-ask", props: { uid: UNKNOWN, permissions: [entry({ cluster: UNKNOWN, isRamRole: false })] }, propertyDependencies: { uid: ["alice"], permissions: ["ask"] } },
                ],
            }),
            target: "alice",
            config: ACCEPT,
            outcome: { kind: "violation", messageIncludes: ["cs.KubernetesPermission alice-rbac, alice-ask (clusters in this stack: ack, ask), and cluster ask does not install ack-ram-authenticator"] },
        },
        {
            title: "authenticator accepted, but an all-clusters grant",
            resources: accessStack({ cluster: WITH_AUTHENTICATOR, entries: [entry({ cluster: "", roleType: "all-clusters", roleName: "restricted" }), entry({ cluster: "c-abc" })] }),
            target: "alice",
            config: ACCEPT,
            outcome: { kind: "violation", messageIncludes: ["permissions[0] (roleType \"all-clusters\", roleName \"restricted\") reaches clusters outside this stack"] },
        },
        {
            title: "authenticator accepted, but a literal id of another cluster next to the stack's (known) cluster id",
            resources: accessStack({ cluster: WITH_AUTHENTICATOR, entries: [entry({ cluster: "c-in-stack" }), entry({ cluster: "c-elsewhere" })] }),
            target: "alice",
            config: ACCEPT,
            outcome: { kind: "violation", messageIncludes: ["may reach clusters outside this stack: its permissions name 2 cluster ids but depend on 1 cluster(s)"] },
        },
    ],
    omitted: [
        {
            title: "grants only to clusters outside the stack (literal ids)",
            resources: [
                { type: T.RamUser, name: "alice", props: { name: "alice" } },
                { type: T.KubernetesPermission, name: "alice-rbac", props: { uid: UNKNOWN, permissions: [entry({ cluster: "c-external" })] }, propertyDependencies: { uid: ["alice"] } },
            ],
            target: "alice",
            outcome: { kind: "violation", messageIncludes: ["(clusters outside this stack)"] },
        },
        {
            title: "a permission whose uid is a literal id (identity outside the stack)",
            resources: [
                { type: T.RamUser, name: "alice", props: { name: "alice" } },
                { type: T.KubernetesPermission, name: "bob-rbac", props: { uid: "2008000000001", permissions: [entry()] } },
            ],
            target: "alice",
            outcome: { kind: "pass" },
        },
    ],
    unknown: [
        {
            title: "authenticator accepted; the cluster's addons are computed at preview",
            resources: accessStack({ cluster: { ...CLUSTER_PROPS, addons: UNKNOWN } }),
            target: "alice",
            config: ACCEPT,
            outcome: { kind: "unknown" },
        },
    ],
    more: [
        {
            title: "authenticator accepted and installed inline (cluster id known, as on an update)",
            resources: accessStack({ cluster: WITH_AUTHENTICATOR, entries: [entry({ cluster: "c-in-stack", isRamRole: false }), entry({ cluster: "c-in-stack", namespace: "b", isRamRole: false })] }),
            target: "alice",
            config: ACCEPT,
            outcome: { kind: "pass" },
        },
        {
            title: "authenticator accepted and installed as a cs.KubernetesAddon",
            resources: accessStack({
                entries: [entry({ cluster: "c-in-stack", isRamRole: false })],
                extra: [{ type: T.KubernetesAddon, name: "ram-auth", props: { clusterId: UNKNOWN, name: "ack-ram-authenticator" }, propertyDependencies: { clusterId: ["ack"] } }],
            }),
            target: "alice",
            config: ACCEPT,
            outcome: { kind: "pass" },
        },
        {
            title: "authenticator accepted and installed, cluster id unknown at preview: the SDK's advisory (external ids cannot be ruled out)",
            resources: accessStack({ cluster: WITH_AUTHENTICATOR }),
            target: "alice",
            config: ACCEPT,
            outcome: { kind: "unknown" },
        },
        {
            title: "authenticator accepted but disabled inline",
            resources: accessStack({ cluster: { ...CLUSTER_PROPS, addons: [{ name: "ack-ram-authenticator", disabled: true }] } }),
            target: "alice",
            config: ACCEPT,
            outcome: { kind: "violation", messageIncludes: ["cluster ack does not install ack-ram-authenticator"] },
        },
        {
            title: "authenticator accepted; the grant's cluster comes from a non-cluster resource",
            resources: accessStack({
                cluster: WITH_AUTHENTICATOR,
                extra: [{ type: T.RamUser, name: "other", props: {} }],
            }).map((r) => (r.name === "alice-rbac" ? { ...r, propertyDependencies: { uid: ["alice"], permissions: ["ack", "other"] } } : r)),
            target: "alice",
            config: ACCEPT,
            outcome: { kind: "violation", messageIncludes: ["depend on resources that are not clusters"] },
        },
        { title: "addons of the wrong shape", resources: accessStack({ cluster: { ...CLUSTER_PROPS, addons: { name: "ack-ram-authenticator" } } }), target: "alice", config: ACCEPT, outcome: { kind: "violation", messageIncludes: ["does not install"] } },
        {
            title: "exempted service user",
            resources: accessStack({}),
            target: "alice",
            config: { exemptions: [{ resource: "alice", reason: "ephemeral CI identity, rotated daily by OPS-404" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "alice: ephemeral CI identity" },
        },
    ],
};
