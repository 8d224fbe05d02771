import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { K } from "./kinds";
import { HARDENED_DEPLOYMENT, LITERAL_PASSWORD, RISKY_DEPLOYMENT, withPod } from "./workload.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-workload-no-host-namespaces",
    resourceType: K.Deployment,
    compliant: [
        { title: "a hardened Deployment from a private registry pinned by digest", props: HARDENED_DEPLOYMENT, outcome: { kind: "pass" } },
        { title: "host namespaces explicitly false", props: withPod({ hostNetwork: false, hostPID: false, hostIPC: false }), outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "a privileged Deployment from a public :latest image with a literal password env var",
            props: RISKY_DEPLOYMENT,
            outcome: { kind: "violation", messageIncludes: ["spec.template.spec: found hostNetwork = true"], messageExcludes: [LITERAL_PASSWORD] },
        },
        { title: "hostPID and hostIPC", props: withPod({ hostPID: true, hostIPC: "true" }), outcome: { kind: "violation", messageIncludes: ["found hostPID = true, hostIPC = true", "remove `hostPID`, `hostIPC`"] } },
    ],
    omitted: [{ title: "host fields not set: pods get their own namespaces", props: withPod({ hostNetwork: undefined }), outcome: { kind: "pass" } }],
    unknown: [{ title: "hostNetwork computed at preview", props: withPod({ hostNetwork: UNKNOWN }), outcome: { kind: "unknown" } }],
    more: [
        { title: "hostNetwork of the wrong type", props: withPod({ hostNetwork: 1 }), outcome: { kind: "pass" } },
        { title: "a Deployment without a template (odd shape)", props: { spec: { template: null } }, outcome: { kind: "pass" } },
        { title: "a bare Pod", type: K.Pod, props: { spec: { hostPID: true, containers: [{ name: "x", image: "x" }] } }, outcome: { kind: "violation", messageIncludes: [" spec: found hostPID = true"] } },
        { title: "a PodPatch", type: K.PodPatch, props: { spec: { hostIPC: true } }, outcome: { kind: "violation", messageIncludes: [" spec: found hostIPC = true"] } },
    ],
};
