import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { K } from "./kinds";
import { HARDENED_DEPLOYMENT, withContainer, withPod } from "./workload.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-workload-no-host-port",
    resourceType: K.Deployment,
    compliant: [
        { title: "a hardened Deployment", props: HARDENED_DEPLOYMENT, outcome: { kind: "pass" } },
        { title: "a containerPort only", props: withContainer({ ports: [{ containerPort: 8080, name: "http" }] }), outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "hostPort 80", props: withContainer({ ports: [{ containerPort: 8080 }, { containerPort: 80, hostPort: 80 }] }), outcome: { kind: "violation", messageIncludes: ["spec.template.spec.containers[0] \"web\": found ports[1].hostPort = 80, expected no hostPort"] } },
        { title: "an init container on a host port", props: withPod({ initContainers: [{ name: "probe", image: "busybox", ports: [{ containerPort: 9100, hostPort: 9100 }] }] }), outcome: { kind: "violation", messageIncludes: ["initContainers[0] \"probe\""] } },
    ],
    omitted: [{ title: "no ports at all", props: withContainer({ ports: undefined }), outcome: { kind: "pass" } }],
    unknown: [{ title: "hostPort computed at preview", props: withContainer({ ports: [{ containerPort: 80, hostPort: UNKNOWN }] }), outcome: { kind: "unknown" } }],
    more: [
        { title: "hostPort 0 means none", props: withContainer({ ports: [{ containerPort: 80, hostPort: 0 }] }), outcome: { kind: "pass" } },
        { title: "a bare Pod", type: K.Pod, props: { spec: { containers: [{ name: "x", image: "busybox", ports: [{ containerPort: 22, hostPort: 2222 }] }] } }, outcome: { kind: "violation", messageIncludes: ["spec.containers[0] \"x\": found ports[0].hostPort = 2222"] } },
    ],
};
