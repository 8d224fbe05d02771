import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

// The same program as test/fixtures/terraform/autoscaled-nodes/main.tf: ACKGuard judges both alike.
const config = new pulumi.Config();

// A basic security group (securityGroupType defaults to "normal") that opens MySQL to the internet.
const nodes = new alicloud.ecs.SecurityGroup("nodes", {
    securityGroupName: "ack-nodes",
    vpcId: "vpc-bp1prod",
});

new alicloud.ecs.SecurityGroupRule("mysql", {
    type: "ingress",
    ipProtocol: "tcp",
    portRange: "3306/3306",
    cidrIp: "0.0.0.0/0",
    securityGroupId: nodes.id,
});

const ack = new alicloud.cs.ManagedKubernetes("ack", {
    name: "prod",
    clusterSpec: "ack.pro.small",
    vswitchIds: ["vsw-bp1a", "vsw-bp1b"],
    securityGroupId: nodes.id,
    slbInternetEnabled: false,
});

// Worker nodes that no node pool launches: ACK patches, repairs and upgrades none of them.
const workers = new alicloud.ess.ScalingGroup("workers", {
    scalingGroupName: "ack-workers",
    minSize: 1,
    maxSize: 10,
    vswitchIds: ["vsw-bp1a"],
});

new alicloud.ess.ScalingConfiguration("workers", {
    scalingGroupId: workers.id,
    imageId: "aliyun_3_x64_20G_alibase_20241218.vhd",
    instanceType: "ecs.g7.xlarge",
    securityGroupId: nodes.id,
    password: pulumi.secret(config.get("nodePassword") ?? "Example-Passw0rd!"),
    systemDiskEncrypted: false,
    internetMaxBandwidthOut: 10,
});

new alicloud.cs.KubernetesAutoscaler("ca", {
    clusterId: ack.id,
    utilization: "0.5",
    coolDownDuration: "10m",
    deferScaleInDuration: "10m",
    nodepools: [{ id: workers.id, labels: "role=worker" }],
});
