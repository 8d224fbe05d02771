import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { K } from "./kinds";
import { HARDENED_DEPLOYMENT, LITERAL_PASSWORD, RISKY_DEPLOYMENT, withPod } from "./workload.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-workload-sa-token-automount",
    resourceType: K.Deployment,
    compliant: [{ title: "a hardened Deployment from a private registry pinned by digest", props: HARDENED_DEPLOYMENT, outcome: { kind: "pass" } }],
    violating: [
        {
            title: "a privileged Deployment from a public :latest image with a literal password env var",
            props: RISKY_DEPLOYMENT,
            outcome: { kind: "violation", level: "advisory", messageIncludes: ["spec.template.spec.automountServiceAccountToken: found not set"], messageExcludes: [LITERAL_PASSWORD] },
        },
        { title: "explicitly true", props: withPod({ automountServiceAccountToken: true }), outcome: { kind: "violation", messageIncludes: ["found true, expected false"] } },
    ],
    omitted: [{ title: "not set", props: withPod({ automountServiceAccountToken: undefined }), outcome: { kind: "violation", messageIncludes: ["not set (default: the ServiceAccount's setting"] } }],
    unknown: [{ title: "computed at preview", props: withPod({ automountServiceAccountToken: UNKNOWN }), outcome: { kind: "unknown" } }],
    more: [
        { title: "the string \"false\"", props: withPod({ automountServiceAccountToken: "false" }), outcome: { kind: "pass" } },
        {
            title: "an operator that calls the API, exempted",
            name: "operator",
            props: withPod({ automountServiceAccountToken: true }),
            config: { exemptions: [{ resource: "operator", reason: "reconciles CRDs through the API server" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "reconciles CRDs" },
        },
    ],
};
