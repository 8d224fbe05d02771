// The resource types ACKGuard reads, as type tokens (plain strings) and as typed props.
//
// Tokens are strings so that the pack never loads @pulumi/alicloud at run time: loading it
// would be paid on every `pulumi preview`. The types come from @pulumi/alicloud at compile
// time only (`import type`), and test/resources.test.ts checks every token against the
// `__pulumiType` of the real SDK class, so a typo cannot ship.
import type * as cs from "@pulumi/alicloud/cs";
import type * as ram from "@pulumi/alicloud/ram";
import type * as kms from "@pulumi/alicloud/kms";
import type * as cr from "@pulumi/alicloud/cr";
import type * as ecs from "@pulumi/alicloud/ecs";
import type * as ess from "@pulumi/alicloud/ess";
import type { Unwrap } from "@pulumi/pulumi";

export const T = {
    ManagedKubernetes: "alicloud:cs/managedKubernetes:ManagedKubernetes",
    ServerlessKubernetes: "alicloud:cs/serverlessKubernetes:ServerlessKubernetes",
    EdgeKubernetes: "alicloud:cs/edgeKubernetes:EdgeKubernetes",
    Kubernetes: "alicloud:cs/kubernetes:Kubernetes",
    NodePool: "alicloud:cs/nodePool:NodePool",
    KubernetesAddon: "alicloud:cs/kubernetesAddon:KubernetesAddon",
    KubernetesPermission: "alicloud:cs/kubernetesPermission:KubernetesPermission",
    KubernetesPolicyInstance: "alicloud:cs/kubernetesPolicyInstance:KubernetesPolicyInstance",
    RegistryEnterpriseNamespace: "alicloud:cs/registryEnterpriseNamespace:RegistryEnterpriseNamespace",
    RegistryEnterpriseRepo: "alicloud:cs/registryEnterpriseRepo:RegistryEnterpriseRepo",
    RamUser: "alicloud:ram/user:User",
    RamRole: "alicloud:ram/role:Role",
    RamPolicy: "alicloud:ram/policy:Policy",
    RamUserPolicyAttachment: "alicloud:ram/userPolicyAttachment:UserPolicyAttachment",
    RamRolePolicyAttachment: "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment",
    RamGroupPolicyAttachment: "alicloud:ram/groupPolicyAttachment:GroupPolicyAttachment",
    RamLoginProfile: "alicloud:ram/loginProfile:LoginProfile",
    RamAccessKey: "alicloud:ram/accessKey:AccessKey",
    RamSecurityPreference: "alicloud:ram/securityPreference:SecurityPreference",
    KmsKey: "alicloud:kms/key:Key",
    CrNamespace: "alicloud:cr/namespace:Namespace",
    CrRepo: "alicloud:cr/repo:Repo",
    CrEnterpriseInstance: "alicloud:cr/registryEnterpriseInstance:RegistryEnterpriseInstance",
    CrInternetEndpoint: "alicloud:cr/internetEndpoint:InternetEndpoint",
    CrEndpointAclPolicy: "alicloud:cr/endpointAclPolicy:EndpointAclPolicy",
    RamAccountPasswordPolicy: "alicloud:ram/accountPasswordPolicy:AccountPasswordPolicy",
    RamPasswordPolicy: "alicloud:ram/passwordPolicy:PasswordPolicy",
    SecurityGroup: "alicloud:ecs/securityGroup:SecurityGroup",
    SecurityGroupRule: "alicloud:ecs/securityGroupRule:SecurityGroupRule",
    KubernetesAutoscaler: "alicloud:cs/kubernetesAutoscaler:KubernetesAutoscaler",
    EssScalingGroup: "alicloud:ess/scalingGroup:ScalingGroup",
    EssScalingConfiguration: "alicloud:ess/scalingConfiguration:ScalingConfiguration",
    EssAttachment: "alicloud:ess/attachment:Attachment",
    EcsLaunchTemplate: "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate",
    EcsInstance: "alicloud:ecs/instance:Instance",
} as const;

export type TypeName = keyof typeof T;
export type Token = (typeof T)[TypeName];

/** The inputs a policy sees for each token: the SDK's Args with every Output unwrapped. */
export interface PropsOf {
    [T.ManagedKubernetes]: Unwrap<cs.ManagedKubernetesArgs>;
    [T.ServerlessKubernetes]: Unwrap<cs.ServerlessKubernetesArgs>;
    [T.EdgeKubernetes]: Unwrap<cs.EdgeKubernetesArgs>;
    [T.Kubernetes]: Unwrap<cs.KubernetesArgs>;
    [T.NodePool]: Unwrap<cs.NodePoolArgs>;
    [T.KubernetesAddon]: Unwrap<cs.KubernetesAddonArgs>;
    [T.KubernetesPermission]: Unwrap<cs.KubernetesPermissionArgs>;
    [T.KubernetesPolicyInstance]: Unwrap<cs.KubernetesPolicyInstanceArgs>;
    [T.RegistryEnterpriseNamespace]: Unwrap<cs.RegistryEnterpriseNamespaceArgs>;
    [T.RegistryEnterpriseRepo]: Unwrap<cs.RegistryEnterpriseRepoArgs>;
    [T.RamUser]: Unwrap<ram.UserArgs>;
    [T.RamRole]: Unwrap<ram.RoleArgs>;
    [T.RamPolicy]: Unwrap<ram.PolicyArgs>;
    [T.RamUserPolicyAttachment]: Unwrap<ram.UserPolicyAttachmentArgs>;
    [T.RamRolePolicyAttachment]: Unwrap<ram.RolePolicyAttachmentArgs>;
    [T.RamGroupPolicyAttachment]: Unwrap<ram.GroupPolicyAttachmentArgs>;
    [T.RamLoginProfile]: Unwrap<ram.LoginProfileArgs>;
    [T.RamAccessKey]: Unwrap<ram.AccessKeyArgs>;
    [T.RamSecurityPreference]: Unwrap<ram.SecurityPreferenceArgs>;
    [T.KmsKey]: Unwrap<kms.KeyArgs>;
    [T.CrNamespace]: Unwrap<cr.NamespaceArgs>;
    [T.CrRepo]: Unwrap<cr.RepoArgs>;
    [T.CrEnterpriseInstance]: Unwrap<cr.RegistryEnterpriseInstanceArgs>;
    [T.CrInternetEndpoint]: Unwrap<cr.InternetEndpointArgs>;
    [T.CrEndpointAclPolicy]: Unwrap<cr.EndpointAclPolicyArgs>;
    [T.RamAccountPasswordPolicy]: Unwrap<ram.AccountPasswordPolicyArgs>;
    [T.RamPasswordPolicy]: Unwrap<ram.PasswordPolicyArgs>;
    [T.SecurityGroup]: Unwrap<ecs.SecurityGroupArgs>;
    [T.SecurityGroupRule]: Unwrap<ecs.SecurityGroupRuleArgs>;
    [T.KubernetesAutoscaler]: Unwrap<cs.KubernetesAutoscalerArgs>;
    [T.EssScalingGroup]: Unwrap<ess.ScalingGroupArgs>;
    [T.EssScalingConfiguration]: Unwrap<ess.ScalingConfigurationArgs>;
    [T.EssAttachment]: Unwrap<ess.AttachmentArgs>;
    [T.EcsLaunchTemplate]: Unwrap<ecs.EcsLaunchTemplateArgs>;
    [T.EcsInstance]: Unwrap<ecs.InstanceArgs>;
}

/** The four ACK cluster resources (three of them deprecated in the provider, all still in use). */
export const CLUSTER_TOKENS = [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes] as const;
export type ClusterToken = (typeof CLUSTER_TOKENS)[number];

/** The class name users know, for messages: "cs.NodePool", "apps/v1.Deployment". */
export function shortTypeName(token: string): string {
    const ali = /^alicloud:([a-z0-9]+)\/[^:]+:(.+)$/i.exec(token);
    if (ali) return `${ali[1]}.${ali[2]}`;
    const kube = /^kubernetes:([^:]+):(.+)$/.exec(token);
    return kube ? `${kube[1]}.${kube[2]}` : token;
}

/**
 * A stack resource's props, typed by its token, or undefined for another type. Stack policies
 * read other resources through this, so every property they touch is checked against the SDK.
 */
export function propsAs<K extends keyof PropsOf>(r: { type: string; props: unknown }, ...tokens: K[]): PropsOf[K] | undefined {
    return (tokens as string[]).includes(r.type) ? (r.props as PropsOf[K]) : undefined;
}
