// Every ACKGuard policy, in the order they are reported. Adding a policy: add its file (and its
// `.examples.ts`) in the area folder and list it in that folder's index.ts;
// test/conventions.test.ts checks the rest.
import { AckPolicy } from "../model/policy";
import { patchingPolicies } from "./patching";
import { clusterPolicies } from "./cluster";
import { runtimePolicies } from "./runtime";
import { accessPolicies } from "./access";
import { workloadsPolicies } from "./workloads";

export const policies: AckPolicy[] = [
    // Node OS patching and kubelet updates
    ...patchingPolicies,
    // Cluster and network configuration, logging, Secret encryption
    ...clusterPolicies,
    // Node and container runtime security, edge nodes, serverless pods
    ...runtimePolicies,
    // Access control and credentials
    ...accessPolicies,
    // Workloads, supply chain
    ...workloadsPolicies,
];
