// The runtime policies, in report order. policies/index.ts includes this list.
import { AckPolicy } from "../../model/policy";
import { nodePoolContainerd } from "./nodePoolContainerd";
import { nodePoolNoInsecureRegistries } from "./nodePoolNoInsecureRegistries";
import { nodePoolOsHardening } from "./nodePoolOsHardening";
import { nodePoolImdsRequired } from "./nodePoolImdsRequired";
import { nodePoolNoPublicIp } from "./nodePoolNoPublicIp";
import { nodePoolKeyPairLogin } from "./nodePoolKeyPairLogin";
import { nodePoolNonRootLogin } from "./nodePoolNonRootLogin";
import { nodePoolDiskEncryption } from "./nodePoolDiskEncryption";
import { nodePoolCloudMonitor } from "./nodePoolCloudMonitor";
import { clusterNodeHardening } from "./clusterNodeHardening";
import { edgeNodePatchOwner } from "./edgeNodePatchOwner";
import { serverlessPodRuntimeRecreate } from "./serverlessPodRuntimeRecreate";

export const runtimePolicies: AckPolicy[] = [
    // Container runtime
    nodePoolContainerd,
    nodePoolNoInsecureRegistries,
    // Node configuration
    nodePoolOsHardening,
    nodePoolImdsRequired,
    nodePoolNoPublicIp,
    nodePoolKeyPairLogin,
    nodePoolNonRootLogin,
    nodePoolDiskEncryption,
    nodePoolCloudMonitor,
    // Nodes no node pool launches (autoscaled ESS groups, attached instances)
    clusterNodeHardening,
    // Edge nodes and serverless pods
    edgeNodePatchOwner,
    serverlessPodRuntimeRecreate,
];
