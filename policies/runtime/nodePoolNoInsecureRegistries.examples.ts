import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { AUTO_MODE_POOL, pool } from "./node.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-nodepool-no-insecure-registries",
    resourceType: T.NodePool,
    compliant: [
        { title: "registry mirrors only", props: pool(), outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "two insecure registries",
            props: pool({ containerdConfig: { insecureRegistries: ["registry.example.com", "192.168.1.1:5000"] } }),
            outcome: { kind: "violation", messageIncludes: ["cs.NodePool containerdConfig.insecureRegistries: found [\"registry.example.com\", \"192.168.1.1:5000\"], expected no insecure registries"] },
        },
    ],
    omitted: [
        { title: "no containerdConfig", props: pool({ containerdConfig: undefined }), outcome: { kind: "pass" } },
    ],
    unknown: [
        { title: "the list computed at preview", props: pool({ containerdConfig: { insecureRegistries: UNKNOWN } }), outcome: { kind: "unknown" } },
    ],
    more: [
        { title: "empty list", props: pool({ containerdConfig: { insecureRegistries: [] } }), outcome: { kind: "pass" } },
        { title: "blank entries only", props: pool({ containerdConfig: { insecureRegistries: ["", "  "] } }), outcome: { kind: "pass" } },
        { title: "a lone string instead of a list", props: pool({ containerdConfig: { insecureRegistries: "harbor.internal" } }), outcome: { kind: "violation", messageIncludes: ["found [\"harbor.internal\"]"] } },
        { title: "containerdConfig is null", props: pool({ containerdConfig: null }), outcome: { kind: "pass" } },
        { title: "non-string entries are skipped", props: pool({ containerdConfig: { insecureRegistries: [null, 5, "lab.local:5000"] } }), outcome: { kind: "violation", messageIncludes: ["found [\"lab.local:5000\"]"] } },
        { title: "an edge node pool is judged too", props: { clusterId: "c-1", type: "edge", containerdConfig: { insecureRegistries: ["lab.local"] } }, outcome: { kind: "violation", messageIncludes: ["found [\"lab.local\"]"] } },
        { title: "auto mode pool", props: { ...AUTO_MODE_POOL, containerdConfig: { insecureRegistries: ["lab.local"] } }, outcome: { kind: "not-applicable", reasonIncludes: "auto mode node pool: Alibaba Cloud sets the containerd configuration itself" } },
    ],
};
