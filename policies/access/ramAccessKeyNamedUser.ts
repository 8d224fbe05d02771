import { resourcePolicy } from "../../model/policy";
import { present } from "../../model/props";
import { T } from "../../model/resources";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import { AK_URL } from "./accessKeys";

// Without userName the provider calls CreateAccessKey with no UserName, and RAM creates the key for
// whoever runs the deployment: when that is the Alibaba Cloud account itself, a root AccessKey with
// every permission, including over every cluster. Presence is enough: a name from another
// resource (unknown at preview) is still a named user.
export const ramAccessKeyNamedUser = resourcePolicy({
    name: "ack-ram-access-key-named-user",
    displayName: "AccessKeys name the RAM user they belong to",
    description: "A ram.AccessKey must set `userName`; without it the key is created for the identity running the deployment, possibly the account's root identity.",
    severity: "critical",
    enforcementLevel: "mandatory",
    levelRationale: "A root AccessKey holds every permission over every cluster and cannot be limited by RAM policies; naming the user costs nothing and CIS 1.2 forbids root keys.",
    remediation: { does: false, why: "the fix needs the user the key belongs to, a value only the user knows." },
    url: AK_URL,
    remediationSteps: "Set `userName` on the ram.AccessKey to a dedicated program user (e.g. `userName: user.name`), or better give the workload a RAM role (RRSA) instead of a key.",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.RamAccessKey],
    facts: [{
        fact: "The provider sends CreateAccessKey without UserName when user_name is empty; RAM then creates the key for the caller (the account itself when the deployment runs with root credentials).",
        source: "https://github.com/aliyun/terraform-provider-alicloud/blob/master/alicloud/resource_alicloud_ram_access_key.go",
        checked: "2026-12-01",
    }],
    check: (props, ctx) => {
        if (present(props, "userName")) return;
        ctx.report({
            path: "userName",
            found: "not set",
            expected: "the name of the RAM user the key belongs to",
            why: "Without userName RAM creates the key for the identity running this deployment; with the account's own credentials that is a root AccessKey.",
            fix: "set `userName` to a dedicated program user's name, or replace the key with a RAM role.",
        });
    },
});
