import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";

export const examples: PolicyExamples = {
    policy: "ack-ram-account-mfa-login",
    resourceType: T.RamSecurityPreference,
    compliant: [
        { title: "mandatory MFA", props: { mfaOperationForLogin: "mandatory", loginSessionDuration: 6 }, outcome: { kind: "pass" } },
        { title: "the deprecated enforceMfaForLogin", props: { enforceMfaForLogin: true }, outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "adaptive MFA", props: { mfaOperationForLogin: "adaptive" }, outcome: { kind: "violation", messageIncludes: ["ram.SecurityPreference mfaOperationForLogin: found \"adaptive\", expected \"mandatory\""] } },
        { title: "the new field overrides the deprecated one", props: { mfaOperationForLogin: "independent", enforceMfaForLogin: true }, outcome: { kind: "violation", messageIncludes: ["found \"independent\""] } },
        { title: "deprecated field false", props: { enforceMfaForLogin: false }, outcome: { kind: "violation", messageIncludes: ["not set, and the deprecated enforceMfaForLogin = false"] } },
    ],
    omitted: [{ title: "neither field set", props: { loginSessionDuration: 6 }, outcome: { kind: "violation", messageIncludes: ["found not set (provider default: \"independent\")"] } }],
    unknown: [{ title: "mfaOperationForLogin computed at preview", props: { mfaOperationForLogin: UNKNOWN }, outcome: { kind: "unknown" } }],
    more: [
        { title: "case-insensitive value", props: { mfaOperationForLogin: "Mandatory" }, outcome: { kind: "pass" } },
        { title: "a wrong type", props: { mfaOperationForLogin: true }, outcome: { kind: "violation", messageIncludes: ["found true"] } },
        { title: "empty string", props: { mfaOperationForLogin: "" }, outcome: { kind: "violation", messageIncludes: ["found \"\""] } },
    ],
};
