import { resourcePolicy } from "../../model/policy";
import { asBool, show } from "../../model/props";
import { T } from "../../model/resources";
import { judgedPool, MANAGED_POOL_URL } from "./common";

// A node pool whose `management` is off leaves OS patching and kubelet updates to the customer
// (seed: "ACK managed cluster" column). A managed pool moves both to Alibaba Cloud.
export const nodePoolManaged = resourcePolicy({
    name: "ack-nodepool-managed",
    displayName: "Node pools are managed node pools",
    description: "Node pools must be managed node pools so that Alibaba Cloud automates OS CVE patching and kubelet updates.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Node OS patching is the customer's on every unmanaged pool; a managed pool is the one setting that moves it to Alibaba Cloud.",
    url: MANAGED_POOL_URL,
    remediationSteps: "Add `management: { enable: true, autoRepair: true, autoUpgrade: true, autoVulFix: true }` to the cs.NodePool.",
    responsibility: "node-os-patching",
    clusterTypes: ["ack-managed", "ack-edge"],
    resourceTypes: [T.NodePool],
    check: (props, ctx) => {
        judgedPool(props, ctx);
        const management = props.management;
        if (management === undefined || management === null) {
            ctx.report({
                path: "management",
                found: "no management block",
                expected: "management.enable = true",
                why: "Without it the customer must patch the node OS and update kubelet by hand.",
                fix: "add `management: { enable: true }` (with autoVulFix, autoUpgrade and autoRepair) to this node pool.",
            });
            return;
        }
        const enable = management.enable;
        // Inside a management block the provider defaults `enable` to true.
        if (enable === undefined || enable === null || asBool(enable) === true) {
            return;
        }
        ctx.report({
            path: "management.enable",
            found: show(enable),
            expected: "true",
            why: "With management disabled the other management settings have no effect and the customer must patch nodes by hand.",
            fix: "set `management.enable: true` on this node pool.",
        });
    },
});
