import * as alicloud from "@pulumi/alicloud";

// The cluster is managed elsewhere; this stack manages who may use it.
const clusterId = "c8a1f0e2d4b6a4c3e9f1d2b3a4c5d6e7f";

const dev = new alicloud.ram.User("dev-alice", { name: "alice", displayName: "Alice (contractor)", force: true });

new alicloud.cs.KubernetesPermission("alice-access", {
    uid: dev.id,
    permissions: [{ cluster: clusterId, roleType: "cluster", roleName: "admin", isCustom: false, isRamRole: false }],
});
