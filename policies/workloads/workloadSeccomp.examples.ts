import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { K } from "./kinds";
import { HARDENED_DEPLOYMENT, LITERAL_PASSWORD, RISKY_DEPLOYMENT, withContainerSecurity } from "./workload.fixtures";

const NO_POD_SECCOMP = { securityContext: { runAsNonRoot: true } };

export const examples: PolicyExamples = {
    policy: "ack-workload-seccomp",
    resourceType: K.Deployment,
    compliant: [
        { title: "a hardened Deployment from a private registry pinned by digest", props: HARDENED_DEPLOYMENT, outcome: { kind: "pass" } },
        { title: "a Localhost profile on the container", props: withContainerSecurity({ seccompProfile: { type: "Localhost", localhostProfile: "profiles/web.json" } }, NO_POD_SECCOMP), outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "a privileged Deployment from a public :latest image with a literal password env var",
            props: RISKY_DEPLOYMENT,
            outcome: { kind: "violation", level: "advisory", messageIncludes: ["spec.template.spec.containers[0] \"web\": found seccompProfile not set on the container or the pod"], messageExcludes: [LITERAL_PASSWORD] },
        },
        { title: "the container opts out with Unconfined", props: withContainerSecurity({ seccompProfile: { type: "Unconfined" } }), outcome: { kind: "violation", messageIncludes: ["found securityContext.seccompProfile.type = \"Unconfined\""] } },
        { title: "Localhost without a profile file", props: withContainerSecurity({}, { securityContext: { seccompProfile: { type: "Localhost" } } }), outcome: { kind: "violation", messageIncludes: ["pod spec.template.spec.securityContext.seccompProfile.type = \"Localhost\" without localhostProfile"] } },
    ],
    omitted: [{ title: "no profile on pod or container", props: withContainerSecurity({}, NO_POD_SECCOMP), outcome: { kind: "violation", messageIncludes: ["seccompProfile not set"] } }],
    unknown: [{ title: "the pod's seccomp type computed at preview", props: withContainerSecurity({}, { securityContext: { seccompProfile: { type: UNKNOWN } } }), outcome: { kind: "unknown" } }],
    more: [
        { title: "seccompProfile of the wrong shape", props: withContainerSecurity({}, { securityContext: { seccompProfile: "RuntimeDefault" } }), outcome: { kind: "violation", messageIncludes: ["seccompProfile not set"] } },
    ],
};
