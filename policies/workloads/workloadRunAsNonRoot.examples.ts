import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { K } from "./kinds";
import { HARDENED_DEPLOYMENT, HARDENED_POD_SPEC, LITERAL_PASSWORD, RISKY_DEPLOYMENT, withContainerSecurity, withPod } from "./workload.fixtures";

const NO_POD_SC = { securityContext: undefined };

export const examples: PolicyExamples = {
    policy: "ack-workload-run-as-non-root",
    resourceType: K.Deployment,
    compliant: [
        { title: "a hardened Deployment from a private registry pinned by digest", props: HARDENED_DEPLOYMENT, outcome: { kind: "pass" } },
        { title: "runAsNonRoot on the pod only", props: withContainerSecurity({ runAsNonRoot: undefined }), outcome: { kind: "pass" } },
        { title: "runAsNonRoot on the container only", props: withContainerSecurity({}, NO_POD_SC), outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "a privileged Deployment from a public :latest image with a literal password env var",
            props: RISKY_DEPLOYMENT,
            outcome: { kind: "violation", messageIncludes: ["spec.template.spec.containers[0] \"web\": found securityContext.runAsUser = 0; runAsNonRoot not set"], messageExcludes: [LITERAL_PASSWORD] },
        },
        { title: "the container overrides the pod with false", props: withContainerSecurity({ runAsNonRoot: false }), outcome: { kind: "violation", messageIncludes: ["found securityContext.runAsNonRoot = false"] } },
        {
            title: "the pod runs as UID 0",
            props: withContainerSecurity({ runAsNonRoot: undefined }, { securityContext: { ...HARDENED_POD_SPEC.securityContext, runAsUser: 0 } }),
            outcome: { kind: "violation", messageIncludes: ["found pod spec.template.spec.securityContext.runAsUser = 0"] },
        },
    ],
    omitted: [
        { title: "no runAsNonRoot anywhere: the image's user applies", props: withContainerSecurity({ runAsNonRoot: undefined }, NO_POD_SC), outcome: { kind: "violation", messageIncludes: ["found runAsNonRoot not set on the container or the pod"] } },
    ],
    unknown: [{ title: "runAsNonRoot computed at preview", props: withContainerSecurity({ runAsNonRoot: UNKNOWN }), outcome: { kind: "unknown" } }],
    more: [
        { title: "runAsUser \"0\" as a string", props: withContainerSecurity({ runAsUser: "0" }), outcome: { kind: "violation", messageIncludes: ["securityContext.runAsUser = 0"] } },
        { title: "securityContext of the wrong shape", props: withContainerSecurity({}, { securityContext: [true] }), outcome: { kind: "pass" } },
        { title: "an empty containers list", props: withPod({ containers: [] }), outcome: { kind: "pass" } },
    ],
};
