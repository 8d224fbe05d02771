import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";

export const examples: PolicyExamples = {
    policy: "ack-ram-access-key-named-user",
    resourceType: T.RamAccessKey,
    compliant: [
        { title: "a key for a named program user", props: { userName: "ci-deployer", status: "Active" }, outcome: { kind: "pass" } },
        { title: "a key for a user created in the same program (name unknown at preview)", props: { userName: UNKNOWN }, outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "an empty userName", props: { userName: "", secretFile: "/tmp/ak.txt" }, outcome: { kind: "violation", messageIncludes: ["ram.AccessKey userName: found not set", "root AccessKey"] } },
    ],
    omitted: [{ title: "no userName: a key for whoever deploys", props: { status: "Active" }, outcome: { kind: "violation", messageIncludes: ["RAM creates the key for the identity running this deployment"] } }],
    unknown: [{ title: "status unknown does not matter, userName is set", props: { userName: "ci", status: UNKNOWN }, outcome: { kind: "pass" } }],
};
