import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { K } from "./kinds";
import { DIGEST, HARDENED_DEPLOYMENT, LITERAL_PASSWORD, RISKY_DEPLOYMENT, withContainer } from "./workload.fixtures";

const ACR = "registry-vpc.cn-hangzhou.aliyuncs.com/acme/web";

export const examples: PolicyExamples = {
    policy: "ack-workload-image-pinned",
    resourceType: K.Deployment,
    compliant: [
        { title: "a hardened Deployment from a private registry pinned by digest", props: HARDENED_DEPLOYMENT, outcome: { kind: "pass" } },
        { title: "a version tag", props: withContainer({ image: `${ACR}:1.4.2` }), outcome: { kind: "pass" } },
        { title: "latest, but pinned by digest", props: withContainer({ image: `${ACR}:latest@${DIGEST}` }), outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "a privileged Deployment from a public :latest image with a literal password env var",
            props: RISKY_DEPLOYMENT,
            outcome: { kind: "violation", messageIncludes: ["spec.template.spec.containers[0] \"web\": found image \"nginx:latest\" tagged latest", "docker.io/library/nginx@sha256:<digest>"], messageExcludes: [LITERAL_PASSWORD] },
        },
        { title: "a tag required to be a digest", props: withContainer({ image: `${ACR}:1.4.2` }), config: { requireDigest: true }, outcome: { kind: "violation", messageIncludes: ["without a sha256 digest", "expected an image pinned by @sha256 digest"] } },
    ],
    omitted: [{ title: "no tag: resolves to latest", props: withContainer({ image: "registry.cn-beijing.aliyuncs.com:443/acme/web" }), outcome: { kind: "violation", messageIncludes: ["without a tag (resolves to latest)"] } }],
    unknown: [{ title: "the image computed at preview", props: withContainer({ image: UNKNOWN }), outcome: { kind: "unknown" } }],
    more: [
        { title: "a malformed digest", props: withContainer({ image: `${ACR}@sha256:abc` }), outcome: { kind: "violation", messageIncludes: ["without a tag"] } },
        { title: "LATEST in capitals", props: withContainer({ image: `${ACR}:LATEST` }), outcome: { kind: "violation", messageIncludes: ["tagged latest"] } },
        { title: "a digest satisfies requireDigest", props: HARDENED_DEPLOYMENT, config: { requireDigest: true }, outcome: { kind: "pass" } },
        {
            title: "a DeploymentList names the offending item",
            type: K.DeploymentList,
            props: { items: [{ spec: { template: { spec: { containers: [{ name: "ok", image: `${ACR}:1.0` }] } } } }, { spec: { template: { spec: { containers: [{ name: "web", image: "redis" }] } } } }] },
            outcome: { kind: "violation", messageIncludes: ["items[1].spec.template.spec.containers[0] \"web\": found image \"redis\" without a tag"] },
        },
    ],
};
