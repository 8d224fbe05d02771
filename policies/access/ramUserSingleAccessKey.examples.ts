import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";

const USER = { name: "ci-deployer", displayName: "CI deployer" };

function keys(...statuses: (string | undefined)[]): ExampleResource[] {
    return [
        { type: T.RamUser, name: "ci", props: USER },
        ...statuses.map((status, i): ExampleResource => ({ type: T.RamAccessKey, name: `key-${i + 1}`, props: { userName: UNKNOWN, status }, propertyDependencies: { userName: ["ci"] } })),
    ];
}

export const examples: PolicyExamples = {
    policy: "ack-ram-user-single-access-key",
    resourceType: T.RamAccessKey,
    compliant: [
        { title: "one active key", resources: keys("Active"), target: "ci", outcome: { kind: "pass" } },
        { title: "a rotation: the old key is Inactive", resources: keys("Inactive", "Active"), target: "ci", outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "two active keys for one user", resources: keys("Active", "Active"), target: "ci", outcome: { kind: "violation", messageIncludes: ["ram.User ram.AccessKey status: found 2 active AccessKeys for ram.User ci (ram.AccessKey key-1, key-2)"] } },
        {
            title: "two keys naming the same literal user outside the stack",
            resources: [
                { type: T.RamAccessKey, name: "key-1", props: { userName: "legacy-bot" } },
                { type: T.RamAccessKey, name: "key-2", props: { userName: "legacy-bot", status: "Active" } },
            ],
            target: "key-2",
            outcome: { kind: "violation", messageIncludes: ["2 active AccessKeys for RAM user \"legacy-bot\""] },
        },
        {
            title: "a literal name and a dependency on the same user",
            resources: [...keys("Active"), { type: T.RamAccessKey, name: "key-literal", props: { userName: "ci-deployer" } }],
            target: "ci",
            outcome: { kind: "violation", messageIncludes: ["key-1, key-literal"] },
        },
    ],
    omitted: [{ title: "status omitted on both: Active by default", resources: keys(undefined, undefined), target: "ci", outcome: { kind: "violation", messageIncludes: ["found 2 active AccessKeys"] } }],
    unknown: [{ title: "a key's status computed at preview", resources: keys("Active", UNKNOWN), target: "ci", outcome: { kind: "unknown" } }],
    more: [
        { title: "keys of two different users", resources: [...keys("Active"), { type: T.RamAccessKey, name: "other", props: { userName: "someone-else" } }], target: "ci", outcome: { kind: "pass" } },
        { title: "keys without a user are left to ack-ram-access-key-named-user", resources: [{ type: T.RamAccessKey, name: "a", props: {} }, { type: T.RamAccessKey, name: "b", props: {} }], target: "a", outcome: { kind: "pass" } },
    ],
};
