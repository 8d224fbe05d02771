import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";

const CIS = {
    minimumPasswordLength: 14,
    requireUppercaseCharacters: true,
    requireLowercaseCharacters: true,
    requireNumbers: true,
    requireSymbols: true,
    passwordReusePrevention: 5,
    maxPasswordAge: 90,
    maxLoginAttempts: 5,
};
const { maxLoginAttempts: _a, ...CIS_NEW_BASE } = CIS;
const CIS_NEW = { ...CIS_NEW_BASE, maxLoginAttemps: 5 };

export const examples: PolicyExamples = {
    policy: "ack-ram-password-policy",
    resourceType: T.RamAccountPasswordPolicy,
    compliant: [
        { title: "the CIS values on ram.AccountPasswordPolicy", props: CIS, outcome: { kind: "pass" } },
        { title: "the CIS values on ram.PasswordPolicy (maxLoginAttemps)", type: T.RamPasswordPolicy, props: CIS_NEW, outcome: { kind: "pass" } },
        { title: "stricter than CIS", props: { ...CIS, minimumPasswordLength: 20, passwordReusePrevention: 24, maxPasswordAge: 30, maxLoginAttempts: 3 }, outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "short passwords that never expire",
            props: { ...CIS, minimumPasswordLength: 8, maxPasswordAge: 0 },
            outcome: { kind: "violation", messageIncludes: ["ram.AccountPasswordPolicy minimumPasswordLength, maxPasswordAge: found minimumPasswordLength 8 (expected at least 14); maxPasswordAge 0, passwords never expire (expected 1 to 90 days)"], messageExcludes: ["requireSymbols"] },
        },
        { title: "symbols not required", props: { ...CIS, requireSymbols: false }, outcome: { kind: "violation", messageIncludes: ["requireSymbols false (expected true)"] } },
        { title: "logins never locked", props: { ...CIS, maxLoginAttempts: 0 }, outcome: { kind: "violation", messageIncludes: ["maxLoginAttempts 0, logins are never locked"] } },
        { title: "too many attempts on ram.PasswordPolicy", type: T.RamPasswordPolicy, props: { ...CIS_NEW, maxLoginAttemps: 10 }, outcome: { kind: "violation", messageIncludes: ["ram.PasswordPolicy maxLoginAttemps: found maxLoginAttemps 10 (expected 1 to 5)"] } },
        { title: "passwords may be reused", props: { ...CIS, passwordReusePrevention: 0 }, outcome: { kind: "violation", messageIncludes: ["passwordReusePrevention 0 (expected at least 5)"] } },
    ],
    omitted: [
        {
            title: "ram.AccountPasswordPolicy with nothing set: its defaults (length 12, no reuse check, no expiry) fall short",
            props: {},
            outcome: { kind: "violation", messageIncludes: ["minimumPasswordLength not set (provider default: 12)", "passwordReusePrevention not set (provider default: 0)", "maxPasswordAge not set (provider default: 0)"], messageExcludes: ["requireSymbols", "maxLoginAttempts"] },
        },
        {
            title: "ram.PasswordPolicy with nothing set: its defaults require no character class and never lock",
            type: T.RamPasswordPolicy,
            props: {},
            outcome: { kind: "violation", messageIncludes: ["requireSymbols not set (provider default: false)", "maxLoginAttemps not set (provider default: 0), logins are never locked"] },
        },
    ],
    unknown: [{ title: "minimumPasswordLength computed at preview", props: { ...CIS, minimumPasswordLength: UNKNOWN }, outcome: { kind: "unknown" } }],
    more: [
        { title: "a 12-character minimum configured as enough", props: { ...CIS, minimumPasswordLength: 12 }, config: { minimumPasswordLength: 12 }, outcome: { kind: "pass" } },
        { title: "character classes not required by config", props: { ...CIS, requireNumbers: false }, config: { requireCharacterClasses: false }, outcome: { kind: "pass" } },
        { title: "exempted account policy", name: "legacy-policy", props: {}, config: { exemptions: [{ resource: "legacy-policy", reason: "account policy owned by the security team's stack" }] }, outcome: { kind: "not-applicable", reasonIncludes: "owned by the security team" } },
    ],
};
