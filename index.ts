// The ACKGuard policy pack. `pulumi preview --policy-pack <this dir>` runs package.json's `main`
// (the compiled dist/index.js), which starts the analyzer gRPC server and prints its port.
// Nothing here may write to stdout: the first stdout line must be the port.
import { PolicyPack } from "@pulumi/policy";
import { installResponseEncoding } from "./model/responseEncoding";
import { installSharedAnalysis } from "./model/sharedAnalysis";
import { installSharedDeserialization } from "./model/sharedDeserialization";
import { policies } from "./policies";

// One deserialization of each request's props for all policies (see model/sharedDeserialization.ts).
installSharedDeserialization();
// One type dispatch per Analyze and one stack view per AnalyzeStack (see model/sharedAnalysis.ts).
installSharedAnalysis();
// Responses written by Node's UTF-8 encoder, byte for byte as google-protobuf would (model/responseEncoding.ts).
installResponseEncoding();

new PolicyPack("ackguard", {
    displayName: "ACKGuard",
    description: "The customer's side of the Alibaba Cloud ACK shared responsibility model, enforced before provisioning.",
    provider: "alicloud",
    tags: ["alicloud", "ack", "kubernetes", "shared-responsibility"],
    policies,
});
