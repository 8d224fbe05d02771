// Every ACKGuard policy, in the order they are reported. Adding a policy costs its file, its
// `.examples.ts` beside it and one line in its area's index.ts: docs/ and the README's counts are
// generated (npm run docs), and test/conventions.test.ts checks metadata, examples and registration.
import { AckPolicy, Controls, withControls } from "../model/policy";
import { PEER_RULES } from "./peers";
import { patchingPolicies } from "./patching";
import { clusterPolicies } from "./cluster";
import { runtimePolicies } from "./runtime";
import { accessPolicies } from "./access";
import { workloadsPolicies } from "./workloads";

const listed: AckPolicy[] = [
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

/** The controls each policy implements, from the peer table (policies/peers.ts). */
function controlsFromPeers(name: string): Controls {
    const out: Controls = {};
    for (const r of PEER_RULES) {
        if (!r.by?.includes(name)) continue;
        (out[r.p] ??= []).push(r.id);
        if (r.cis) (out.cis ??= []).push(r.cis);
    }
    return out;
}

export const policies: AckPolicy[] = listed.map((p) => withControls(p, controlsFromPeers(p.name)));
