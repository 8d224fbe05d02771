// Node OS patching and kubelet updates: the node lifecycle (model/nodeLifecycle.ts) as policies.
import { AckPolicy } from "../../model/policy";
import { nodePoolManaged } from "./nodePoolManaged";
import { clusterNodeUnmanaged } from "./clusterNodeUnmanaged";
import { nodePoolAutoVulFix } from "./nodePoolAutoVulFix";
import { nodePoolAutoUpgradeKubelet } from "./nodePoolAutoUpgradeKubelet";
import { nodePoolAutoRepair } from "./nodePoolAutoRepair";
import { nodePoolCustomImagePatchOwner } from "./nodePoolCustomImagePatchOwner";
import { nodePoolExternalClusterUpgrade } from "./nodePoolExternalClusterUpgrade";
import { nodePoolKernelPatchOwner } from "./nodePoolKernelPatchOwner";
import { nodePoolRetiredFields } from "./nodePoolRetiredFields";

export const patchingPolicies: AckPolicy[] = [
    nodePoolManaged,
    clusterNodeUnmanaged,
    nodePoolAutoVulFix,
    nodePoolAutoUpgradeKubelet,
    nodePoolAutoRepair,
    nodePoolCustomImagePatchOwner,
    nodePoolExternalClusterUpgrade,
    nodePoolKernelPatchOwner,
    nodePoolRetiredFields,
];
