import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";

const USER: ExampleResource = { type: T.RamUser, name: "alice", props: { name: "alice" } };
const PROFILE: ExampleResource = { type: T.RamLoginProfile, name: "alice-login", props: { userName: UNKNOWN, password: "Console-Pass-123!", mfaBindRequired: true }, propertyDependencies: { userName: ["alice"] } };
const KEY: ExampleResource = { type: T.RamAccessKey, name: "alice-key", props: { userName: UNKNOWN }, propertyDependencies: { userName: ["alice"] } };

export const examples: PolicyExamples = {
    policy: "ack-ram-user-no-dual-access",
    resourceType: T.RamUser,
    compliant: [
        { title: "console only", resources: [USER, PROFILE], target: "alice", outcome: { kind: "pass" } },
        {
            title: "console user and a separate program user",
            resources: [USER, PROFILE, { type: T.RamUser, name: "ci", props: { name: "ci" } }, { ...KEY, name: "ci-key", propertyDependencies: { userName: ["ci"] } }],
            target: "alice",
            outcome: { kind: "pass" },
        },
    ],
    violating: [
        {
            title: "login profile and access key on one user",
            resources: [USER, PROFILE, KEY],
            target: "alice",
            outcome: { kind: "violation", messageIncludes: ["ram.User ram.LoginProfile + ram.AccessKey: found console login (ram.LoginProfile alice-login) and an AccessKey (ram.AccessKey alice-key)"], messageExcludes: ["Console-Pass-123!"] },
        },
        {
            title: "linked by literal user names",
            resources: [USER, { ...PROFILE, props: { userName: "alice", password: "x-Pass-1" }, propertyDependencies: {} }, { ...KEY, props: { userName: "alice" }, propertyDependencies: {} }],
            target: "alice",
            outcome: { kind: "violation", messageIncludes: ["ram.AccessKey alice-key"] },
        },
    ],
    omitted: [
        { title: "access key status omitted (provider default Active)", resources: [USER, PROFILE, { ...KEY, props: { userName: UNKNOWN } }], target: "alice", outcome: { kind: "violation", messageIncludes: ["alice-key"] } },
        { title: "user without credentials", resources: [USER], target: "alice", outcome: { kind: "pass" } },
    ],
    unknown: [
        { title: "the key's status computed at preview", resources: [USER, PROFILE, { ...KEY, props: { userName: UNKNOWN, status: UNKNOWN } }], target: "alice", outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "an Inactive key", resources: [USER, PROFILE, { ...KEY, props: { userName: UNKNOWN, status: "Inactive" } }], target: "alice", outcome: { kind: "pass" } },
        { title: "a key for a user outside the stack", resources: [USER, PROFILE, { ...KEY, props: { userName: "bob" }, propertyDependencies: {} }], target: "alice", outcome: { kind: "pass" } },
        { title: "userName of the wrong type", resources: [USER, PROFILE, { ...KEY, props: { userName: ["alice"] }, propertyDependencies: {} }], target: "alice", outcome: { kind: "pass" } },
        {
            title: "exempted legacy user",
            resources: [USER, PROFILE, KEY],
            target: "alice",
            config: { exemptions: [{ resource: "alice", reason: "legacy tool, key retired in OPS-311" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "alice: legacy tool, key retired in OPS-311" },
        },
    ],
};
