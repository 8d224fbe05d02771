import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";

export const examples: PolicyExamples = {
    policy: "ack-ram-account-mfa-login",
    resourceType: T.RamSecurityPreference,
    compliant: [
        { title: "mandatory MFA", props: { mfaOperationForLogin: "mandatory", loginSessionDuration: 6 }, outcome: { kind: "pass" } },
        { title: "mandatory MFA next to the deprecated field", props: { mfaOperationForLogin: "mandatory", enforceMfaForLogin: true }, outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "adaptive MFA", props: { mfaOperationForLogin: "adaptive" }, outcome: { kind: "violation", messageIncludes: ["ram.SecurityPreference mfaOperationForLogin: found \"adaptive\", expected \"mandatory\""] } },
        {
            title: "the deprecated enforceMfaForLogin alone is ineffective",
            props: { enforceMfaForLogin: true },
            outcome: { kind: "violation", messageIncludes: ["found not set (provider default: \"independent\"); only the deprecated enforceMfaForLogin = true is set, which the provider no longer sends", "replace `enforceMfaForLogin` with `mfaOperationForLogin: \"mandatory\"`"] },
        },
        { title: "independent, with the deprecated field true", props: { mfaOperationForLogin: "independent", enforceMfaForLogin: true }, outcome: { kind: "violation", messageIncludes: ["found \"independent\"", "The deprecated enforceMfaForLogin (true) is ineffective"] } },
        { title: "deprecated field false", props: { enforceMfaForLogin: false }, outcome: { kind: "violation", messageIncludes: ["only the deprecated enforceMfaForLogin = false is set"] } },
    ],
    omitted: [{ title: "neither field set", props: { loginSessionDuration: 6 }, outcome: { kind: "violation", messageIncludes: ["found not set (provider default: \"independent\"), expected \"mandatory\""] } }],
    unknown: [{ title: "mfaOperationForLogin computed at preview", props: { mfaOperationForLogin: UNKNOWN }, outcome: { kind: "unknown" } }],
    more: [
        { title: "case-insensitive value", props: { mfaOperationForLogin: "Mandatory" }, outcome: { kind: "pass" } },
        { title: "a wrong type", props: { mfaOperationForLogin: true }, outcome: { kind: "violation", messageIncludes: ["found true"] } },
        { title: "empty string", props: { mfaOperationForLogin: "" }, outcome: { kind: "violation", messageIncludes: ["found \"\""] } },
    ],
};
