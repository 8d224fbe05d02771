import { PolicyExamples, secret, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { AUTO_MODE_POOL, DEDICATED_CLUSTER, EDGE_CLUSTER, EDGE_POOL, pool } from "./node.fixtures";

const PASSWORD = "hunter2-Example!";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-key-pair-login",
    resourceType: T.NodePool,
    compliant: [
        { title: "node pool with a key pair", props: pool(), outcome: { kind: "pass" } },
        { title: "edge cluster workers with a key pair", type: T.EdgeKubernetes, props: EDGE_CLUSTER, outcome: { kind: "pass" } },
        { title: "dedicated cluster with a key pair", type: T.Kubernetes, props: DEDICATED_CLUSTER, outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "a secret password instead of a key pair (the password never appears)",
            props: pool({ keyName: undefined, password: secret(PASSWORD) }),
            outcome: {
                kind: "violation",
                messageIncludes: ["cs.NodePool password: found password <set>, keyName not set, expected keyName only, no password", "Fix: remove `password` and set `keyName`"],
                messageExcludes: [PASSWORD, "hunter2"],
            },
        },
        {
            title: "a plain password next to a key pair",
            props: pool({ password: PASSWORD }),
            outcome: { kind: "violation", messageIncludes: ["password: found password <set>, expected keyName only"], messageExcludes: [PASSWORD] },
        },
        {
            title: "dedicated cluster with a KMS-encrypted password",
            type: T.Kubernetes,
            props: { ...DEDICATED_CLUSTER, keyName: undefined, kmsEncryptedPassword: secret("ZW5jcnlwdGVk"), kmsEncryptionContext: { purpose: "ack" } },
            outcome: { kind: "violation", messageIncludes: ["cs.Kubernetes kmsEncryptedPassword: found kmsEncryptedPassword <set>"], messageExcludes: ["ZW5jcnlwdGVk"] },
        },
        {
            title: "edge cluster with a password",
            type: T.EdgeKubernetes,
            props: { ...EDGE_CLUSTER, keyName: undefined, password: secret(PASSWORD) },
            outcome: { kind: "violation", messageIncludes: ["cs.EdgeKubernetes password: found password <set>"], messageExcludes: [PASSWORD] },
        },
    ],
    omitted: [
        { title: "neither keyName nor password", props: pool({ keyName: undefined }), outcome: { kind: "violation", messageIncludes: ["keyName: found not set, expected the name of an ECS key pair"] } },
    ],
    unknown: [
        { title: "password computed at preview (e.g. a generated secret)", props: pool({ password: UNKNOWN }), outcome: { kind: "unknown" } },
        { title: "keyName computed at preview", props: pool({ keyName: UNKNOWN }), outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "an empty password is not a password", props: pool({ password: "" }), outcome: { kind: "pass" } },
        { title: "password null", props: pool({ password: null }), outcome: { kind: "pass" } },
        { title: "a password of the wrong type is still set", props: pool({ password: 12345678 }), outcome: { kind: "violation", messageIncludes: ["password <set>"], messageExcludes: ["12345678"] } },
        { title: "keyName of the wrong type", props: pool({ keyName: ["ops-keypair"] }), outcome: { kind: "violation", messageIncludes: ["keyName: found [\"ops-keypair\"]"] } },
        { title: "auto mode ignores login settings", props: { ...AUTO_MODE_POOL, password: secret(PASSWORD) }, outcome: { kind: "not-applicable", reasonIncludes: "auto mode node pool: Alibaba Cloud sets node login credentials itself" } },
        { title: "edge node pool", props: EDGE_POOL, outcome: { kind: "not-applicable", reasonIncludes: "edge node pool" } },
    ],
};
