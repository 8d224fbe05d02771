import { resourcePolicy } from "../../model/policy";
import { asString, show } from "../../model/props";
import { T } from "../../model/resources";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// The account-wide switch behind ack-ram-console-mfa: MFA at every RAM user console login.
// Only mfaOperationForLogin counts: the deprecated enforceMfaForLogin stays in the provider's
// schema but is no longer sent to RAM, so setting it changes nothing.
export const ramAccountMfaLogin = resourcePolicy({
    name: "ack-ram-account-mfa-login",
    displayName: "The account requires MFA at every RAM user login",
    description: "A ram.SecurityPreference must set mfaOperationForLogin to \"mandatory\"; the deprecated enforceMfaForLogin is not sent by the provider and does not count.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Credentials are the customer's on every cluster type; account-wide mandatory MFA covers RAM users created outside this program too.",
    remediation: { does: true, why: "`mfaOperationForLogin: \"mandatory\"` is the strongest and only accepted value, set in place on the account's security preference (not ForceNew); it adds an MFA step to console logins and does not touch AccessKey or STS access of workloads." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/best-practices-of-authorization",
    remediationSteps: "Set `mfaOperationForLogin: \"mandatory\"` on the ram.SecurityPreference and drop the deprecated `enforceMfaForLogin`, which the provider no longer sends.",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    facts: [{
        fact: "ram.SecurityPreference enforceMfaForLogin is deprecated (\"no longer supported by Aliyun\") and the provider keeps it in its schema without sending it (since commit 3a19cf408 of 2026-01-15); mfaOperationForLogin takes mandatory | independent (default) | adaptive.",
        source: "https://github.com/aliyun/terraform-provider-alicloud/blob/master/alicloud/resource_alicloud_ram_security_preference.go",
        checked: "2026-12-01",
    }],
    resourceTypes: [T.RamSecurityPreference],
    check: (props, ctx) => {
        const op = props.mfaOperationForLogin;
        if (asString(op)?.toLowerCase() === "mandatory") return;
        const legacy = props.enforceMfaForLogin;
        const legacySet = legacy !== undefined && legacy !== null;
        const ineffective = legacySet
            ? ` The deprecated enforceMfaForLogin (${show(legacy)}) is ineffective: the provider no longer sends it to RAM.`
            : "";
        if (op !== undefined && op !== null) {
            ctx.report({
                path: "mfaOperationForLogin",
                found: show(op),
                expected: "\"mandatory\"",
                why: `"independent" leaves MFA to each user's own setting and "adaptive" asks for it only on unusual logins.${ineffective}`,
                fix: "set `mfaOperationForLogin: \"mandatory\"`.",
            });
            return;
        }
        ctx.report({
            path: "mfaOperationForLogin",
            found: legacySet
                ? `not set (provider default: "independent"); only the deprecated enforceMfaForLogin = ${show(legacy)} is set, which the provider no longer sends`
                : "not set (provider default: \"independent\")",
            expected: "\"mandatory\"",
            why: `By default MFA at login follows each user's own setting, so users without MFA log in with a password alone.${ineffective}`,
            fix: legacySet ? "replace `enforceMfaForLogin` with `mfaOperationForLogin: \"mandatory\"`." : "set `mfaOperationForLogin: \"mandatory\"`.",
        });
    },
    // Writes the current field only; a deprecated enforceMfaForLogin is left as the program wrote it.
    remediate: () => ({ mfaOperationForLogin: "mandatory" }),
});
