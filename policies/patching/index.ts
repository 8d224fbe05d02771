// The node OS patching and kubelet update policies, in report order. policies/index.ts includes this list.
import { AckPolicy } from "../../model/policy";
import { nodePoolManaged } from "./nodePoolManaged";
import { nodePoolAutoVulFix } from "./nodePoolAutoVulFix";
import { nodePoolAutoUpgradeKubelet } from "./nodePoolAutoUpgradeKubelet";
import { nodePoolAutoRepair } from "./nodePoolAutoRepair";
import { nodePoolCustomImagePatchOwner } from "./nodePoolCustomImagePatchOwner";

export const patchingPolicies: AckPolicy[] = [
    nodePoolManaged,
    nodePoolAutoVulFix,
    nodePoolAutoUpgradeKubelet,
    nodePoolAutoRepair,
    nodePoolCustomImagePatchOwner,
];
