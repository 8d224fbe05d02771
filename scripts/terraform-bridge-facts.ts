// What the installed @pulumi/alicloud does not say about Terraform, stated once for the mapping
// generator (scripts/gen-terraform-mapping.ts). Everything else (Pulumi names, block shapes,
// secret attributes) is read from the SDK's .d.ts and .js files.
//
// Terraform resource type -> Pulumi token: the provider bridge's resource table. The ones whose
// Terraform name does not follow from the token are marked.
export const TERRAFORM_TYPES: Record<string, string> = {
    alicloud_cs_managed_kubernetes: "alicloud:cs/managedKubernetes:ManagedKubernetes",
    alicloud_cs_serverless_kubernetes: "alicloud:cs/serverlessKubernetes:ServerlessKubernetes",
    alicloud_cs_edge_kubernetes: "alicloud:cs/edgeKubernetes:EdgeKubernetes",
    alicloud_cs_kubernetes: "alicloud:cs/kubernetes:Kubernetes",
    alicloud_cs_kubernetes_node_pool: "alicloud:cs/nodePool:NodePool", // "node_pool", not "nodePool" alone
    alicloud_cs_kubernetes_addon: "alicloud:cs/kubernetesAddon:KubernetesAddon",
    alicloud_cs_kubernetes_permissions: "alicloud:cs/kubernetesPermission:KubernetesPermission", // plural in Terraform
    alicloud_cs_kubernetes_policy_instance: "alicloud:cs/kubernetesPolicyInstance:KubernetesPolicyInstance",
    alicloud_cr_ee_namespace: "alicloud:cs/registryEnterpriseNamespace:RegistryEnterpriseNamespace", // module cs
    alicloud_cr_ee_repo: "alicloud:cs/registryEnterpriseRepo:RegistryEnterpriseRepo", // module cs
    alicloud_cr_ee_instance: "alicloud:cr/registryEnterpriseInstance:RegistryEnterpriseInstance",
    alicloud_cr_namespace: "alicloud:cr/namespace:Namespace",
    alicloud_cr_repo: "alicloud:cr/repo:Repo",
    alicloud_ram_user: "alicloud:ram/user:User",
    alicloud_ram_role: "alicloud:ram/role:Role",
    alicloud_ram_policy: "alicloud:ram/policy:Policy",
    alicloud_ram_user_policy_attachment: "alicloud:ram/userPolicyAttachment:UserPolicyAttachment",
    alicloud_ram_role_policy_attachment: "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment",
    alicloud_ram_group_policy_attachment: "alicloud:ram/groupPolicyAttachment:GroupPolicyAttachment",
    alicloud_ram_login_profile: "alicloud:ram/loginProfile:LoginProfile",
    alicloud_ram_access_key: "alicloud:ram/accessKey:AccessKey",
    alicloud_ram_security_preference: "alicloud:ram/securityPreference:SecurityPreference",
    alicloud_kms_key: "alicloud:kms/key:Key",
    alicloud_cr_internet_endpoint: "alicloud:cr/internetEndpoint:InternetEndpoint",
    alicloud_cr_endpoint_acl_policy: "alicloud:cr/endpointAclPolicy:EndpointAclPolicy",
    alicloud_ram_account_password_policy: "alicloud:ram/accountPasswordPolicy:AccountPasswordPolicy",
    alicloud_ram_password_policy: "alicloud:ram/passwordPolicy:PasswordPolicy",
    alicloud_security_group: "alicloud:ecs/securityGroup:SecurityGroup",
    alicloud_security_group_rule: "alicloud:ecs/securityGroupRule:SecurityGroupRule",
    alicloud_cs_kubernetes_autoscaler: "alicloud:cs/kubernetesAutoscaler:KubernetesAutoscaler",
    alicloud_ess_scaling_group: "alicloud:ess/scalingGroup:ScalingGroup",
    alicloud_ess_scaling_configuration: "alicloud:ess/scalingConfiguration:ScalingConfiguration",
    alicloud_ess_attachment: "alicloud:ess/attachment:Attachment",
    alicloud_ecs_launch_template: "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate",
    alicloud_instance: "alicloud:ecs/instance:Instance",
};

/**
 * Pulumi names the bridge pluralised: a Terraform list or set that is not a one-item block gets a
 * plural Pulumi name (the bridge's terraformToPulumiName). Keyed "<tf type>:<Pulumi path>", value
 * the Terraform name. Names that are plural in Terraform already (addons, vswitch_ids...) are not here.
 */
export const PLURALISED: Record<string, string> = {
    "alicloud_cs_kubernetes_node_pool:spotPriceLimits": "spot_price_limit",
    // ESS blocks are singular in Terraform (website/docs/r/ess_scaling_configuration / ess_scaling_group).
    "alicloud_ess_scaling_configuration:dataDisks": "data_disk",
    "alicloud_ess_scaling_configuration:instancePatternInfos": "instance_pattern_info",
    "alicloud_ess_scaling_configuration:instanceTypeOverrides": "instance_type_override",
    "alicloud_ess_scaling_configuration:spotPriceLimits": "spot_price_limit",
    "alicloud_ess_scaling_group:albServerGroups": "alb_server_group",
    "alicloud_ess_scaling_group:launchTemplateOverrides": "launch_template_override",
    "alicloud_cs_kubernetes_node_pool:kubeletConfiguration.reservedMemories": "reserved_memory",
    "alicloud_cs_managed_kubernetes:controlPlaneEndpointsConfig.loadBalancersConfigs": "load_balancers_config",
    "alicloud_ram_policy:statements": "statement",
    "alicloud_ram_policy:statements.actions": "action",
    "alicloud_ram_policy:statements.resources": "resource",
};

/** Objects in Pulumi that are Terraform maps (TypeMap), not one-item blocks: a JSON object in both. */
export const TERRAFORM_MAPS = new Set<string>([
    "alicloud_cs_kubernetes:runtime",
    "alicloud_cs_edge_kubernetes:runtime",
]);

/**
 * Credentials Terraform does not mark Sensitive (so a plan shows them in clear and unflagged) and
 * the SDK does not make secret. Never printed.
 */
export const UNMARKED_CREDENTIALS: Record<string, string[]> = {
    alicloud_ram_login_profile: ["password"],
    alicloud_ess_scaling_configuration: ["password", "kms_encrypted_password"],
    alicloud_instance: ["kms_encrypted_password"],
};
