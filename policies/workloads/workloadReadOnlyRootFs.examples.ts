import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { K } from "./kinds";
import { HARDENED_DEPLOYMENT, LITERAL_PASSWORD, RISKY_DEPLOYMENT, withContainer, withContainerSecurity } from "./workload.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-workload-read-only-root-fs",
    resourceType: K.Deployment,
    compliant: [{ title: "a hardened Deployment from a private registry pinned by digest", props: HARDENED_DEPLOYMENT, outcome: { kind: "pass" } }],
    violating: [
        {
            title: "a privileged Deployment from a public :latest image with a literal password env var",
            props: RISKY_DEPLOYMENT,
            outcome: { kind: "violation", level: "advisory", messageIncludes: ["spec.template.spec.containers[0] \"web\": found securityContext.readOnlyRootFilesystem not set"], messageExcludes: [LITERAL_PASSWORD] },
        },
        { title: "explicitly writable", props: withContainerSecurity({ readOnlyRootFilesystem: false }), outcome: { kind: "violation", messageIncludes: ["found securityContext.readOnlyRootFilesystem = false"] } },
    ],
    omitted: [{ title: "no securityContext", props: withContainer({ securityContext: undefined }), outcome: { kind: "violation", messageIncludes: ["not set (default: writable)"] } }],
    unknown: [{ title: "readOnlyRootFilesystem computed at preview", props: withContainerSecurity({ readOnlyRootFilesystem: UNKNOWN }), outcome: { kind: "unknown" } }],
    more: [
        { title: "raised to mandatory by config", props: withContainerSecurity({ readOnlyRootFilesystem: false }), config: { enforcementLevel: "mandatory" }, outcome: { kind: "violation", level: "mandatory", messageIncludes: ["= false"] } },
        { title: "the string \"true\"", props: withContainerSecurity({ readOnlyRootFilesystem: "true" }), outcome: { kind: "pass" } },
    ],
};
