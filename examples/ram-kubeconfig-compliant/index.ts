import * as alicloud from "@pulumi/alicloud";

const clusterId = "c8a1f0e2d4b6a4c3e9f1d2b3a4c5d6e7f";

const deployer = new alicloud.ram.Role("ci-deployer", {
    roleName: "ci-deployer",
    description: "CI deploys to the payments namespace",
    assumeRolePolicyDocument: JSON.stringify({
        Version: "1",
        Statement: [{ Action: "sts:AssumeRole", Effect: "Allow", Principal: { Service: ["ecs.aliyuncs.com"] } }],
    }),
}, { protect: true });

new alicloud.cs.KubernetesPermission("ci-deployer-access", {
    uid: deployer.roleId,
    permissions: [{ cluster: clusterId, roleType: "namespace", namespace: "payments", roleName: "dev", isCustom: false, isRamRole: true }],
});
