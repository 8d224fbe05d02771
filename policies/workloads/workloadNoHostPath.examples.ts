import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { K } from "./kinds";
import { HARDENED_DEPLOYMENT, LITERAL_PASSWORD, RISKY_DEPLOYMENT, withPod } from "./workload.fixtures";

const LOGS = withPod({ volumes: [{ name: "logs", hostPath: { path: "/var/log/pods", type: "Directory" } }] });

export const examples: PolicyExamples = {
    policy: "ack-workload-no-host-path",
    resourceType: K.Deployment,
    compliant: [
        { title: "a hardened Deployment from a private registry pinned by digest", props: HARDENED_DEPLOYMENT, outcome: { kind: "pass" } },
        { title: "a PVC and a Secret volume", props: withPod({ volumes: [{ name: "data", persistentVolumeClaim: { claimName: "data" } }, { name: "cfg", secret: { secretName: "cfg" } }] }), outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "a privileged Deployment from a public :latest image with a literal password env var",
            props: RISKY_DEPLOYMENT,
            outcome: { kind: "violation", messageIncludes: ["spec.template.spec.volumes[0] \"docker\": found hostPath.path = \"/var/run/docker.sock\", expected no hostPath volume"], messageExcludes: [LITERAL_PASSWORD] },
        },
        { title: "a log directory without an allowance", props: LOGS, outcome: { kind: "violation", messageIncludes: ["volumes[0] \"logs\"", "\"/var/log/pods\""] } },
    ],
    omitted: [
        { title: "no volumes", props: withPod({ volumes: undefined }), outcome: { kind: "pass" } },
        { title: "a hostPath without a path", props: withPod({ volumes: [{ name: "h", hostPath: {} }] }), outcome: { kind: "violation", messageIncludes: ["found hostPath.path = not set"] } },
    ],
    unknown: [{ title: "the volumes computed at preview", props: withPod({ volumes: UNKNOWN }), outcome: { kind: "unknown" } }],
    more: [
        { title: "an allowed prefix", props: LOGS, config: { allowedHostPaths: ["/var/log/"] }, outcome: { kind: "pass" } },
        {
            title: "a sibling of an allowed prefix",
            props: withPod({ volumes: [{ name: "l", hostPath: { path: "/var/logs-other" } }] }),
            config: { allowedHostPaths: ["/var/log"] },
            outcome: { kind: "violation", messageIncludes: ["expected no hostPath volume outside /var/log"] },
        },
        { title: "hostPath of the wrong shape", props: withPod({ volumes: [{ name: "h", hostPath: "/etc" }] }), outcome: { kind: "pass" } },
    ],
};
