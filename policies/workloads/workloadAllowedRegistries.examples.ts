import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { K } from "./kinds";
import { DIGEST, HARDENED_DEPLOYMENT, LITERAL_PASSWORD, RISKY_DEPLOYMENT, withContainer, withPod } from "./workload.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-workload-allowed-registries",
    resourceType: K.Deployment,
    compliant: [
        { title: "a hardened Deployment from a private registry pinned by digest", props: HARDENED_DEPLOYMENT, outcome: { kind: "pass" } },
        { title: "an Enterprise Edition instance over VPC", props: withContainer({ image: "acme-registry-vpc.cn-shanghai.cr.aliyuncs.com/shop/web:1.4.2" }), outcome: { kind: "pass" } },
        { title: "an own Personal Edition namespace listed in config", props: withContainer({ image: "registry-intl.ap-southeast-1.aliyuncs.com/acme/web:2.0" }), config: { allowedRegistries: ["*.cr.aliyuncs.com", "registry-intl.*.aliyuncs.com/acme/**"] }, outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "a privileged Deployment from a public :latest image with a literal password env var",
            props: RISKY_DEPLOYMENT,
            outcome: { kind: "violation", messageIncludes: ["spec.template.spec.containers[0] \"web\": found image \"nginx:latest\" from registry docker.io"], messageExcludes: [LITERAL_PASSWORD] },
        },
        {
            title: "an init container from a look-alike domain",
            props: withPod({ initContainers: [{ name: "migrate", image: `registry.cn-hangzhou.aliyuncs.com.evil.io/acme/migrate@${DIGEST}` }] }),
            outcome: { kind: "violation", messageIncludes: ["initContainers[0] \"migrate\"", "from registry registry.cn-hangzhou.aliyuncs.com.evil.io"] },
        },
        {
            title: "a Personal Edition namespace of any account is not admitted by default",
            props: withContainer({ image: "registry.cn-hangzhou.aliyuncs.com/someone-else/web:1.0" }),
            outcome: { kind: "violation", messageIncludes: ["from registry registry.cn-hangzhou.aliyuncs.com", "Personal Edition host shared by every account", "`registry.*.aliyuncs.com/someone-else/**`"] },
        },
        { title: "a registry host with a port", props: withContainer({ image: "localhost:5000/web:1.0" }), outcome: { kind: "violation", messageIncludes: ["from registry localhost:5000"] } },
    ],
    omitted: [{ title: "a container without an image (e.g. in a patch)", props: withContainer({ image: undefined }), outcome: { kind: "pass" } }],
    unknown: [{ title: "the image built by the program, computed at preview", props: withContainer({ image: UNKNOWN }), outcome: { kind: "unknown" } }],
    more: [
        { title: "a custom host glob", props: withContainer({ image: "harbor.acme.internal/web:1.0" }), config: { allowedRegistries: ["harbor.acme.internal"] }, outcome: { kind: "pass" } },
        {
            title: "a path glob restricts the namespace",
            props: withContainer({ image: "registry.cn-hangzhou.aliyuncs.com/other/web:1.0" }),
            config: { allowedRegistries: ["registry.*.aliyuncs.com/acme/**"] },
            outcome: { kind: "violation", messageIncludes: ["expected an image from one of registry.*.aliyuncs.com/acme/**"] },
        },
        { title: "a regular expression", props: withContainer({ image: "ghcr.io/acme/web:1.0" }), config: { allowedRegistries: ["/^ghcr\\.io/acme//"] }, outcome: { kind: "pass" } },
        { title: "an invalid regular expression matches nothing", props: withContainer({ image: "ghcr.io/acme/web:1.0" }), config: { allowedRegistries: ["/([/"] }, outcome: { kind: "violation", messageIncludes: ["ghcr.io"] } },
        { title: "an image of the wrong type", props: withContainer({ image: 42 }), outcome: { kind: "pass" } },
        { title: "a StatefulSet whose image is computed at preview", type: K.StatefulSet, props: { spec: { template: { spec: { containers: [{ name: "db", image: UNKNOWN }] } } } }, outcome: { kind: "unknown" } },
        { title: "a Job from Docker Hub", type: K.Job, props: { spec: { template: { spec: { containers: [{ name: "m", image: "alpine:3.20" }] } } } }, outcome: { kind: "violation", messageIncludes: ["from registry docker.io"] } },
    ],
};
