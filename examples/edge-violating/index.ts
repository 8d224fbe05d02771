import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();

new alicloud.cs.EdgeKubernetes("edge", {
    workerInstanceTypes: ["ecs.g7.xlarge"],
    workerNumber: 2,
    workerVswitchIds: ["vsw-bp1a2b3c4d5e6f7g8h9i0"],
    password: config.get("nodePassword") ?? "Edge-Passw0rd!",
    runtime: { name: "docker", version: "19.03.15" },
    workerDataDisks: [{ category: "cloud_efficiency", size: "100", encrypted: "false" }],
});
