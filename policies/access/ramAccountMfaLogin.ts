import { resourcePolicy } from "../../model/policy";
import { asBool, asString, show } from "../../model/props";
import { T } from "../../model/resources";

// The account-wide switch behind ack-ram-console-mfa: MFA at every RAM user console login.
export const ramAccountMfaLogin = resourcePolicy({
    name: "ack-ram-account-mfa-login",
    displayName: "The account requires MFA at every RAM user login",
    description: "A ram.SecurityPreference must set mfaOperationForLogin to \"mandatory\" (or the deprecated enforceMfaForLogin to true).",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Credentials are the customer's on every cluster type; account-wide mandatory MFA covers RAM users created outside this program too.",
    remediation: { does: true, why: "`mfaOperationForLogin: \"mandatory\"` is the strongest and only accepted value, set in place on the account's security preference (not ForceNew); it adds an MFA step to console logins and does not touch AccessKey or STS access of workloads." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/best-practices-of-authorization",
    remediationSteps: "Set `mfaOperationForLogin: \"mandatory\"` on the ram.SecurityPreference (and drop the deprecated `enforceMfaForLogin`).",
    responsibility: "access-control",
    clusterTypes: ["ack-managed", "ack-serverless", "ack-managed-node-pools", "ack-edge"],
    resourceTypes: [T.RamSecurityPreference],
    check: (props, ctx) => {
        const op = props.mfaOperationForLogin;
        if (op !== undefined && op !== null) {
            // The current field decides when it is set, whatever the deprecated one says.
            if (asString(op)?.toLowerCase() === "mandatory") return;
            ctx.report({
                path: "mfaOperationForLogin",
                found: show(op),
                expected: "\"mandatory\"",
                why: "\"independent\" leaves MFA to each user's own setting and \"adaptive\" asks for it only on unusual logins.",
                fix: "set `mfaOperationForLogin: \"mandatory\"`.",
            });
            return;
        }
        if (asBool(props.enforceMfaForLogin) === true) {
            return;
        }
        ctx.report({
            path: "mfaOperationForLogin",
            found: props.enforceMfaForLogin === undefined || props.enforceMfaForLogin === null
                ? "not set (provider default: \"independent\")"
                : `not set, and the deprecated enforceMfaForLogin = ${show(props.enforceMfaForLogin)}`,
            expected: "\"mandatory\"",
            why: "By default MFA at login follows each user's own setting, so users without MFA log in with a password alone.",
            fix: "set `mfaOperationForLogin: \"mandatory\"`.",
        });
    },
    // Writes the current field only; a deprecated enforceMfaForLogin is left as the program wrote it.
    remediate: () => ({ mfaOperationForLogin: "mandatory" }),
});
