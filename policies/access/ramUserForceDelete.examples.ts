import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { accessStack } from "./permission.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-ram-user-force-delete",
    resourceType: T.RamUser,
    compliant: [
        { title: "no force on a user with cluster access", resources: accessStack({ identity: { protect: true } }), target: "alice", outcome: { kind: "pass" } },
        { title: "force on a user without cluster access", resources: [{ type: T.RamUser, name: "alice", props: { name: "alice", force: true } }], target: "alice", outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "force on a user with cluster access",
            resources: accessStack({ identity: { props: { name: "alice", force: true } } }),
            target: "alice",
            outcome: { kind: "violation", messageIncludes: ["ram.User force: found true on a user that holds cluster access through cs.KubernetesPermission alice-rbac", "AccessKeys, login profile", "not the ACK RBAC grants or kubeconfig", "or before deleting it purge its kubeconfigs and RBAC bindings", "then delete cs.KubernetesPermission alice-rbac."], messageExcludes: ["more characters"] },
        },
        {
            title: "force on a role with cluster access",
            resources: accessStack({ identity: { type: T.RamRole, props: { roleName: "ops", force: true } } }),
            target: "alice",
            outcome: { kind: "violation", messageIncludes: ["ram.Role force: found true on a role", "removes its policy attachments"] },
        },
    ],
    omitted: [{ title: "force not set (provider default: false)", resources: accessStack({}), target: "alice", outcome: { kind: "pass" } }],
    unknown: [{ title: "force from config at preview", resources: accessStack({ identity: { props: { name: "alice", force: UNKNOWN } } }), target: "alice", outcome: { kind: "unknown" } }],
    more: [
        { title: "force as the string \"true\"", resources: accessStack({ identity: { props: { name: "alice", force: "true" } } }), target: "alice", outcome: { kind: "violation", messageIncludes: ["force: found true"] } },
        { title: "force false", resources: accessStack({ identity: { props: { name: "alice", force: false } } }), target: "alice", outcome: { kind: "pass" } },
    ],
};
