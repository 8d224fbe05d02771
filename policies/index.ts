// Every ACKGuard policy, in the order they are reported. Adding a policy: add its file (and its
// `.examples.ts`) in the area folder, then list it here; test/conventions.test.ts checks the rest.
import { AckPolicy } from "../model/policy";
import { nodePoolManaged } from "./nodepool/nodePoolManaged";
import { nodePoolAutoVulFix } from "./nodepool/nodePoolAutoVulFix";
import { nodePoolAutoUpgradeKubelet } from "./nodepool/nodePoolAutoUpgradeKubelet";
import { nodePoolAutoRepair } from "./nodepool/nodePoolAutoRepair";
import { nodePoolCustomImagePatchOwner } from "./nodepool/nodePoolCustomImagePatchOwner";

export const policies: AckPolicy[] = [
    // Node OS patching and kubelet updates
    nodePoolManaged,
    nodePoolAutoVulFix,
    nodePoolAutoUpgradeKubelet,
    nodePoolAutoRepair,
    nodePoolCustomImagePatchOwner,
];
