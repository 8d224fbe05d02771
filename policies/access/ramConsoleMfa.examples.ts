import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";

// Deliberately recognisable: the tests assert it never reaches a message.
const PASSWORD = "Hunter2-Do-Not-Print!";

export const examples: PolicyExamples = {
    policy: "ack-ram-console-mfa",
    resourceType: T.RamLoginProfile,
    compliant: [{ title: "MFA binding required", props: { userName: "alice", password: PASSWORD, mfaBindRequired: true }, outcome: { kind: "pass" } }],
    violating: [
        {
            title: "MFA binding off, password never shown",
            props: { userName: "alice", password: PASSWORD, mfaBindRequired: false },
            outcome: { kind: "violation", messageIncludes: ["ram.LoginProfile mfaBindRequired: found false, expected true", "mfaBindRequired: true"], messageExcludes: [PASSWORD] },
        },
    ],
    omitted: [
        {
            title: "mfaBindRequired not set",
            props: { userName: "alice", password: PASSWORD },
            outcome: { kind: "violation", messageIncludes: ["found not set (provider default: false)"], messageExcludes: [PASSWORD] },
        },
    ],
    unknown: [
        { title: "mfaBindRequired computed at preview", props: { userName: "alice", password: PASSWORD, mfaBindRequired: UNKNOWN }, outcome: { kind: "unknown" } },
        { title: "the password is unknown but never read", props: { userName: UNKNOWN, password: UNKNOWN, mfaBindRequired: true }, outcome: { kind: "pass" } },
    ],
    more: [
        { title: "the string \"true\"", props: { userName: "alice", password: PASSWORD, mfaBindRequired: "true" }, outcome: { kind: "pass" } },
        { title: "a wrong type", props: { userName: "alice", password: PASSWORD, mfaBindRequired: 1 }, outcome: { kind: "violation", messageIncludes: ["found 1"], messageExcludes: [PASSWORD] } },
        { title: "null", props: { userName: "alice", password: PASSWORD, mfaBindRequired: null }, outcome: { kind: "violation", messageIncludes: ["found not set"] } },
    ],
};
