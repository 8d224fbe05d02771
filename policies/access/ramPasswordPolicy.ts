import { resourcePolicy } from "../../model/policy";
import { asBool, asNumber, show } from "../../model/props";
import { PropsOf, T } from "../../model/resources";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// The RAM password policy protects every console login that can reach ACK (and download a
// kubeconfig). Two resources set it: ram.AccountPasswordPolicy (older) and ram.PasswordPolicy
// (since provider 1.247.0), with different provider defaults for omitted fields — an omitted
// field is judged by its own resource's default. The thresholds are the CIS Alibaba Cloud
// Foundations 1.7-1.14 values, configurable.

interface Config {
    minimumPasswordLength: number;
    minimumPasswordReusePrevention: number;
    maximumPasswordAge: number;
    maximumLoginAttempts: number;
    requireCharacterClasses: boolean;
}

type Props = PropsOf[typeof T.RamAccountPasswordPolicy] & PropsOf[typeof T.RamPasswordPolicy];

/** What each resource uses for an omitted field (from the provider docs of each). */
const DEFAULTS: Record<string, { maxLoginAttempts: number; minimumPasswordLength: number; requireClass: boolean }> = {
    [T.RamAccountPasswordPolicy]: { maxLoginAttempts: 5, minimumPasswordLength: 12, requireClass: true },
    [T.RamPasswordPolicy]: { maxLoginAttempts: 0, minimumPasswordLength: 8, requireClass: false },
};

const CLASSES = ["requireUppercaseCharacters", "requireLowercaseCharacters", "requireNumbers", "requireSymbols"] as const;

export const ramPasswordPolicy = resourcePolicy<typeof T.RamAccountPasswordPolicy | typeof T.RamPasswordPolicy, Config>({
    name: "ack-ram-password-policy",
    displayName: "The RAM password policy meets the CIS values",
    description: "A ram.AccountPasswordPolicy or ram.PasswordPolicy must require at least 14 characters of all four character classes, prevent reuse of recent passwords, expire passwords and lock logins after a few failed attempts (CIS Alibaba Cloud Foundations 1.7-1.14; thresholds configurable).",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "Console passwords of RAM users are the customer's credentials on every cluster type, and whoever logs in can download a kubeconfig; the values are the benchmark's, and each is a knob for teams with another standard.",
    remediation: { does: false, why: "fails (c) no broken connectivity or workloads: a stricter password policy makes users with a weaker or older password change it at their next login (and can expire it); a change to roll out deliberately." },
    url: "https://www.alibabacloud.com/help/en/ram/user-guide/configure-a-password-policy-for-ram-users",
    remediationSteps: "Set `minimumPasswordLength: 14`, the four `require*` flags to true, `passwordReusePrevention: 5` (or more), `maxPasswordAge: 90` (or less, not 0) and `maxLoginAttempts: 5` (`maxLoginAttemps` on ram.PasswordPolicy) on the password policy resource.",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.RamAccountPasswordPolicy, T.RamPasswordPolicy],
    config: {
        minimumPasswordLength: { type: "integer", minimum: 8, maximum: 32, default: 14, description: "Shortest password allowed (CIS 1.11)." },
        minimumPasswordReusePrevention: { type: "integer", minimum: 1, maximum: 24, default: 5, description: "How many previous passwords may not be reused, at least (CIS 1.12)." },
        maximumPasswordAge: { type: "integer", minimum: 1, maximum: 1095, default: 90, description: "Days after which a password must expire, at most; 0 (never) always fails (CIS 1.13)." },
        maximumLoginAttempts: { type: "integer", minimum: 1, maximum: 32, default: 5, description: "Failed logins per hour before the account is locked, at most; 0 (no lock) always fails (CIS 1.14)." },
        requireCharacterClasses: { type: "boolean", default: true, description: "Require upper case, lower case, numbers and symbols (CIS 1.7-1.10)." },
    },
    check: (raw, ctx) => {
        const props = raw as Props;
        const d = DEFAULTS[ctx.type];
        const c = ctx.config;
        const problems: string[] = [];
        const paths: string[] = [];
        const value = (v: unknown, dflt: number): { n: number; shown: string } => {
            const n = asNumber(v);
            return n === undefined ? { n: dflt, shown: `not set (provider default: ${dflt})` } : { n, shown: show(v) };
        };
        const len = value(props.minimumPasswordLength, d.minimumPasswordLength);
        if (len.n < c.minimumPasswordLength) {
            paths.push("minimumPasswordLength");
            problems.push(`minimumPasswordLength ${len.shown} (expected at least ${c.minimumPasswordLength})`);
        }
        if (c.requireCharacterClasses) {
            for (const k of CLASSES) {
                const v = props[k];
                const b = asBool(v);
                if ((b ?? d.requireClass) !== true) {
                    paths.push(k);
                    problems.push(`${k} ${b === undefined ? `not set (provider default: ${d.requireClass})` : show(v)} (expected true)`);
                }
            }
        }
        const reuse = value(props.passwordReusePrevention, 0);
        if (reuse.n < c.minimumPasswordReusePrevention) {
            paths.push("passwordReusePrevention");
            problems.push(`passwordReusePrevention ${reuse.shown} (expected at least ${c.minimumPasswordReusePrevention})`);
        }
        const age = value(props.maxPasswordAge, 0);
        if (age.n <= 0 || age.n > c.maximumPasswordAge) {
            paths.push("maxPasswordAge");
            problems.push(`maxPasswordAge ${age.shown}${age.n <= 0 ? ", passwords never expire" : ""} (expected 1 to ${c.maximumPasswordAge} days)`);
        }
        // ram.PasswordPolicy spells it maxLoginAttemps (sic, as the API does).
        const attemptsKey = ctx.type === T.RamPasswordPolicy ? "maxLoginAttemps" : "maxLoginAttempts";
        const attempts = value(ctx.type === T.RamPasswordPolicy ? props.maxLoginAttemps : props.maxLoginAttempts, d.maxLoginAttempts);
        if (attempts.n <= 0 || attempts.n > c.maximumLoginAttempts) {
            paths.push(attemptsKey);
            problems.push(`${attemptsKey} ${attempts.shown}${attempts.n <= 0 ? ", logins are never locked" : ""} (expected 1 to ${c.maximumLoginAttempts})`);
        }
        if (problems.length === 0) return;
        ctx.report({
            path: paths.join(", "),
            found: problems.join("; "),
            expected: "a password policy that meets every threshold",
            why: "Every RAM user's console password, and with it the kubeconfigs that user can download, is only as strong as this policy.",
            fix: `set ${paths.map((p) => `\`${p}\``).join(", ")} as expected on this ${ctx.type === T.RamPasswordPolicy ? "ram.PasswordPolicy" : "ram.AccountPasswordPolicy"}.`,
        });
    },
});
