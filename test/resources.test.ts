// Type tokens are strings in the pack (so it never loads @pulumi/alicloud); here they are checked
// against the real SDK classes, so a wrong token fails the build instead of silently matching nothing.
import * as alicloud from "@pulumi/alicloud";
import { classifyCluster } from "../model/clusterType";
import { nodePoolLifecycle, osPatchingColumn } from "../model/nodeLifecycle";
import { customerOwns, ownerOf } from "../model/responsibility";
import { T } from "../model/resources";

const CLASSES: Record<keyof typeof T, { __pulumiType: string }> = {
    ManagedKubernetes: alicloud.cs.ManagedKubernetes as any,
    ServerlessKubernetes: alicloud.cs.ServerlessKubernetes as any,
    EdgeKubernetes: alicloud.cs.EdgeKubernetes as any,
    Kubernetes: alicloud.cs.Kubernetes as any,
    NodePool: alicloud.cs.NodePool as any,
    KubernetesAddon: alicloud.cs.KubernetesAddon as any,
    KubernetesPermission: alicloud.cs.KubernetesPermission as any,
    KubernetesPolicyInstance: alicloud.cs.KubernetesPolicyInstance as any,
    RegistryEnterpriseNamespace: alicloud.cs.RegistryEnterpriseNamespace as any,
    RegistryEnterpriseRepo: alicloud.cs.RegistryEnterpriseRepo as any,
    RamUser: alicloud.ram.User as any,
    RamRole: alicloud.ram.Role as any,
    RamPolicy: alicloud.ram.Policy as any,
    RamUserPolicyAttachment: alicloud.ram.UserPolicyAttachment as any,
    RamRolePolicyAttachment: alicloud.ram.RolePolicyAttachment as any,
    RamGroupPolicyAttachment: alicloud.ram.GroupPolicyAttachment as any,
    RamLoginProfile: alicloud.ram.LoginProfile as any,
    RamAccessKey: alicloud.ram.AccessKey as any,
    RamSecurityPreference: alicloud.ram.SecurityPreference as any,
    KmsKey: alicloud.kms.Key as any,
    CrNamespace: alicloud.cr.Namespace as any,
    CrRepo: alicloud.cr.Repo as any,
    CrEnterpriseInstance: alicloud.cr.RegistryEnterpriseInstance as any,
    CrInternetEndpoint: alicloud.cr.InternetEndpoint as any,
    CrEndpointAclPolicy: alicloud.cr.EndpointAclPolicy as any,
    RamAccountPasswordPolicy: alicloud.ram.AccountPasswordPolicy as any,
    RamPasswordPolicy: alicloud.ram.PasswordPolicy as any,
    SecurityGroup: alicloud.ecs.SecurityGroup as any,
    SecurityGroupRule: alicloud.ecs.SecurityGroupRule as any,
    KubernetesAutoscaler: alicloud.cs.KubernetesAutoscaler as any,
    EssScalingGroup: alicloud.ess.ScalingGroup as any,
    EssScalingConfiguration: alicloud.ess.ScalingConfiguration as any,
    EssAttachment: alicloud.ess.Attachment as any,
    EcsLaunchTemplate: alicloud.ecs.EcsLaunchTemplate as any,
    EcsInstance: alicloud.ecs.Instance as any,
};

test.each(Object.entries(T))("token %s matches the @pulumi/alicloud class", (name, token) => {
    expect(CLASSES[name as keyof typeof T].__pulumiType).toBe(token);
});

describe("the responsibility table", () => {
    test("follows the seed: managed node pools move OS patching and kubelet to Alibaba Cloud", () => {
        expect(ownerOf("node-os-patching", "ack-managed")).toBe("customer");
        expect(ownerOf("node-os-patching", "ack-managed-node-pools")).toBe("alibaba-cloud");
        expect(ownerOf("kubelet-updates", "ack-managed-node-pools")).toBe("alibaba-cloud");
        expect(ownerOf("node-os-patching", "ack-edge")).toBe("shared");
        expect(ownerOf("kubelet-updates", "ack-edge")).toBe("alibaba-cloud");
        expect(ownerOf("pod-runtime", "ack-serverless")).toBe("alibaba-cloud");
        expect(ownerOf("edge-node-stability", "ack-edge")).toBe("customer");
        expect(ownerOf("edge-node-stability", "ack-managed")).toBe("none");
        expect(ownerOf("control-plane", "ack-edge")).toBe("alibaba-cloud");
    });
    test("custom OS images make OS patching the customer's even on managed node pools", () => {
        expect(ownerOf("node-os-patching", "ack-managed-node-pools", { customImage: true })).toBe("customer");
        expect(ownerOf("kubelet-updates", "ack-managed-node-pools", { customImage: true })).toBe("alibaba-cloud");
        expect(ownerOf("node-os-patching", "ack-serverless", { customImage: true })).toBe("none");
    });
    test("access control, workloads and configuration are the customer's everywhere", () => {
        for (const ct of ["ack-managed", "ack-serverless", "ack-managed-node-pools", "ack-edge"] as const) {
            expect(customerOwns("access-control", ct)).toBe(true);
            expect(customerOwns("workloads", ct)).toBe(true);
            expect(customerOwns("cluster-network-configuration", ct)).toBe(true);
            expect(customerOwns("control-plane", ct)).toBe(false);
        }
    });
});

describe("cluster type classification", () => {
    test.each([
        [T.ManagedKubernetes, {}, "ack-managed"],
        [T.ManagedKubernetes, { profile: "Default" }, "ack-managed"],
        [T.ManagedKubernetes, { profile: "Edge" }, "ack-edge"],
        [T.ManagedKubernetes, { profile: "Serverless" }, "ack-serverless"],
        [T.ManagedKubernetes, { profile: "Acs" }, "ack-serverless"],
        [T.ServerlessKubernetes, {}, "ack-serverless"],
        [T.EdgeKubernetes, {}, "ack-edge"],
        [T.Kubernetes, {}, "ack-managed"],
    ])("%s %j is %s", (type, props, expected) => {
        expect(classifyCluster(type, props)?.clusterType).toBe(expected);
    });
    test("dedicated clusters are flagged", () => {
        expect(classifyCluster(T.Kubernetes, {})?.dedicated).toBe(true);
    });
    test("other resources are not clusters", () => {
        expect(classifyCluster(T.NodePool, {})).toBeUndefined();
    });
    test.each([
        [{}, "ack-managed", false, false],
        [{ management: { enable: false } }, "ack-managed", false, false],
        [{ management: {} }, "ack-managed", false, false],
        [{ management: { enable: true } }, "ack-managed", false, false],
        [{ management: { autoVulFix: true } }, "ack-managed-node-pools", true, false],
        [{ management: { enable: false, autoRepair: true } }, "ack-managed-node-pools", true, false],
        [{ management: { autoVulFix: true }, imageType: "Custom" }, "ack-managed", true, true],
        [{ management: { autoVulFix: true }, imageId: "m-bp1abc" }, "ack-managed", true, true],
        [{ management: { autoVulFix: true }, imageId: "aliyun_3_x64_20G_alibase_20250117.vhd" }, "ack-managed-node-pools", true, false],
        [{ autoMode: { enabled: true }, imageId: "m-1" }, "ack-managed-node-pools", true, false],
        [{ type: "edge", management: { autoVulFix: true } }, "ack-edge", true, false],
        [null, "ack-managed", false, false],
    ])("node pool %j patches its OS as %s (managed %s, custom image %s)", (props, column, managed, custom) => {
        const p = nodePoolLifecycle(props as never);
        expect([osPatchingColumn(p), p.managed, p.customImage]).toEqual([column, managed, custom]);
    });
    test("retired fields are noticed without reading them (an unknown one does not make the pool unknown)", () => {
        const p = nodePoolLifecycle({ management: { enable: true, autoUpgrade: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" as never, autoVulFixPolicy: { restartNode: true } } });
        expect(p.retiredFieldsSet).toEqual(["management.enable", "management.autoUpgrade", "management.autoVulFixPolicy.restartNode"]);
    });
    test("autoVulFix on without vulLevel fixes asap only (ACK's default)", () => {
        expect(nodePoolLifecycle({ management: { autoVulFix: true } }).vulLevels).toEqual(["asap"]);
        expect(nodePoolLifecycle({ management: { autoVulFix: true, autoVulFixPolicy: { vulLevel: "Later, asap" } } }).vulLevels).toEqual(["later", "asap"]);
    });
});
