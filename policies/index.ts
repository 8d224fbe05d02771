// Every ACKGuard policy, in the order they are reported. Adding a policy costs its file, its
// `.examples.ts` beside it and one line in its area's index.ts: docs/ and the README's counts are
// generated (npm run docs), and test/conventions.test.ts checks metadata, examples and registration.
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
