import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { K } from "./kinds";
import { HARDENED_DEPLOYMENT, LITERAL_PASSWORD, RISKY_DEPLOYMENT, withContainer, withContainerSecurity, withPod, HARDENED_CONTAINER } from "./workload.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-workload-no-privileged",
    resourceType: K.Deployment,
    compliant: [
        { title: "a hardened Deployment from a private registry pinned by digest", props: HARDENED_DEPLOYMENT, outcome: { kind: "pass" } },
        { title: "NET_BIND_SERVICE added, ALL dropped", props: withContainerSecurity({ capabilities: { add: ["NET_BIND_SERVICE"], drop: ["ALL"] } }), outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "a privileged Deployment from a public :latest image with a literal password env var",
            props: RISKY_DEPLOYMENT,
            outcome: { kind: "violation", messageIncludes: ["spec.template.spec.containers[0] \"web\": found securityContext.privileged = true"], messageExcludes: [LITERAL_PASSWORD] },
        },
        {
            title: "privilege escalation and SYS_ADMIN in an init container",
            props: withPod({ initContainers: [{ name: "setup", image: HARDENED_CONTAINER.image, securityContext: { allowPrivilegeEscalation: true, capabilities: { add: ["CAP_SYS_ADMIN", "chown"] } } }] }),
            outcome: { kind: "violation", messageIncludes: ["spec.template.spec.initContainers[0] \"setup\"", "allowPrivilegeEscalation = true", "capabilities.add includes SYS_ADMIN"] },
        },
        { title: "ALL capabilities added", props: withContainerSecurity({ capabilities: { add: ["all"] } }), outcome: { kind: "violation", messageIncludes: ["capabilities.add includes ALL"] } },
    ],
    omitted: [
        { title: "no securityContext at all: privilege escalation is allowed by default", props: withContainer({ securityContext: undefined }), outcome: { kind: "violation", messageIncludes: ["found securityContext not set (Kubernetes default: privilege escalation allowed)"] } },
        { title: "allowPrivilegeEscalation omitted", props: withContainerSecurity({ allowPrivilegeEscalation: undefined }), outcome: { kind: "violation", messageIncludes: ["found securityContext.allowPrivilegeEscalation not set (Kubernetes default: privilege escalation allowed)"], messageExcludes: ["privileged = true"] } },
    ],
    unknown: [
        { title: "privileged computed at preview", props: withContainerSecurity({ privileged: UNKNOWN }), outcome: { kind: "unknown" } },
        { title: "the containers list computed at preview", props: withPod({ containers: UNKNOWN }), outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "privileged as the string \"true\"", props: withContainerSecurity({ privileged: "true" }), outcome: { kind: "violation", messageIncludes: ["privileged = true"] } },
        { title: "capabilities of the wrong shape", props: withContainerSecurity({ capabilities: { add: "SYS_ADMIN" } }), outcome: { kind: "pass" } },
        { title: "containers of the wrong shape", props: withPod({ containers: { name: "web" } }), outcome: { kind: "pass" } },
        { title: "a null container entry", props: withPod({ containers: [null, { name: "x", securityContext: { privileged: true, allowPrivilegeEscalation: false } }] }), outcome: { kind: "violation", messageIncludes: ["containers[1] \"x\""] } },
        { title: "a DeploymentPatch that leaves allowPrivilegeEscalation as it is", type: K.DeploymentPatch, props: { spec: { template: { spec: { containers: [{ name: "web", image: "nginx" }] } } } }, outcome: { kind: "pass" } },
        { title: "NET_ADMIN allowed by config", props: withContainerSecurity({ capabilities: { add: ["NET_ADMIN"] } }), config: { forbiddenCapabilities: ["SYS_ADMIN", "ALL"] }, outcome: { kind: "pass" } },
        {
            title: "an exempted node agent",
            name: "node-agent",
            props: withContainerSecurity({ privileged: true }),
            config: { exemptions: [{ resource: "node-agent", reason: "vendor CNI agent, reviewed in SEC-12" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "vendor CNI agent, reviewed in SEC-12" },
        },
        {
            title: "a CronJob: the path goes through jobTemplate",
            type: K.CronJob,
            props: { spec: { schedule: "@daily", jobTemplate: { spec: { template: { spec: { containers: [{ name: "job", image: "busybox", securityContext: { privileged: true, allowPrivilegeEscalation: false } }] } } } } } },
            outcome: { kind: "violation", messageIncludes: ["spec.jobTemplate.spec.template.spec.containers[0] \"job\": found securityContext.privileged = true"] },
        },
        { title: "a DeploymentPatch without a template", type: K.DeploymentPatch, props: { spec: { replicas: 3 } }, outcome: { kind: "pass" } },
    ],
};
