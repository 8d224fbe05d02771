import * as alicloud from "@pulumi/alicloud";

new alicloud.cs.ManagedKubernetes("ask", {
    profile: "Serverless",
    clusterSpec: "ack.standard",
    vswitchIds: ["vsw-bp1a2b3c4d5e6f7g8h9i0"],
    slbInternetEnabled: true,
});
