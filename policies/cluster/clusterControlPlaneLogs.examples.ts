import { ExampleCase, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { DEDICATED, EDGE, MANAGED, SERVERLESS } from "./cluster.fixtures";

/** The other cluster resources, where the policy behaves differently. */
const otherTypes: ExampleCase[] = [
    { type: T.ServerlessKubernetes, title: "serverless: no such setting", props: SERVERLESS, outcome: { kind: "not-applicable", reasonIncludes: "cs.ServerlessKubernetes has no control-plane log collection setting" } },
    { type: T.EdgeKubernetes, title: "edge: no such setting", props: EDGE, outcome: { kind: "not-applicable", reasonIncludes: "cs.EdgeKubernetes has no control-plane log" } },
    { type: T.Kubernetes, title: "dedicated: customer-run masters", props: DEDICATED, outcome: { kind: "not-applicable", reasonIncludes: "collect master component logs with a log add-on" } },
];

export const examples: PolicyExamples = {
    policy: "ack-cluster-control-plane-logs",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "apiserver, kcm, scheduler and ccm for 30 days", props: MANAGED, outcome: { kind: "pass" } },
        { title: "TTL as a number", props: { ...MANAGED, controlPlaneLogTtl: 90 }, outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "scheduler missing",
            props: { ...MANAGED, controlPlaneLogComponents: ["apiserver", "kcm"] },
            outcome: { kind: "violation", messageIncludes: ["controlPlaneLogComponents: found [\"apiserver\", \"kcm\"], expected a list that includes scheduler", "[\"apiserver\", \"kcm\", \"scheduler\"]"] },
        },
        { title: "TTL zero", props: { ...MANAGED, controlPlaneLogTtl: "0" }, outcome: { kind: "violation", messageIncludes: ["controlPlaneLogTtl: found \"0\""] } },
    ],
    omitted: [
        { title: "no components", props: { ...MANAGED, controlPlaneLogComponents: undefined }, outcome: { kind: "violation", messageIncludes: ["controlPlaneLogComponents: found not set, expected a list that includes apiserver, kcm, scheduler"] } },
        { title: "no TTL", props: { ...MANAGED, controlPlaneLogTtl: undefined }, outcome: { kind: "violation", messageIncludes: ["controlPlaneLogTtl: found not set", "both the components and the TTL"] } },
        {
            title: "nothing set on a Basic cluster",
            props: { ...MANAGED, clusterSpec: "ack.standard", controlPlaneLogComponents: undefined, controlPlaneLogTtl: undefined },
            outcome: { kind: "violation", messageIncludes: ["need an ACK Pro cluster"] },
        },
    ],
    unknown: [
        { title: "components computed at preview", props: { ...MANAGED, controlPlaneLogComponents: UNKNOWN }, outcome: { kind: "unknown" } },
        { title: "TTL computed at preview", props: { ...MANAGED, controlPlaneLogTtl: UNKNOWN }, outcome: { kind: "unknown" } },
    ],
    more: [
        ...otherTypes,
        { title: "requiredComponents adds controlplane-events", props: MANAGED, config: { requiredComponents: ["apiserver", "controlplane-events"] }, outcome: { kind: "violation", messageIncludes: ["includes controlplane-events"] } },
        { title: "requiredComponents can ask for alb", props: MANAGED, config: { requiredComponents: ["apiserver", "alb"] }, outcome: { kind: "violation", messageIncludes: ["expected a list that includes alb", "\"alb\""] } },
        { title: "alb collected when asked for", props: { ...MANAGED, controlPlaneLogComponents: ["apiserver", "kcm", "scheduler", "alb"] }, config: { requiredComponents: ["apiserver", "alb"] }, outcome: { kind: "pass" } },
        { title: "an ACS cluster is not judged", props: { ...MANAGED, profile: "Acs", controlPlaneLogComponents: undefined }, outcome: { kind: "not-applicable", reasonIncludes: "profile \"Acs\" is ACS (Container Compute Service)" } },
        { title: "a Lingjun cluster is judged like ACK managed", props: { ...MANAGED, profile: "Lingjun", controlPlaneLogComponents: undefined }, outcome: { kind: "violation", messageIncludes: ["controlPlaneLogComponents: found not set"] } },
        { title: "components in upper case", props: { ...MANAGED, controlPlaneLogComponents: ["APIServer", "KCM", "Scheduler"] }, outcome: { kind: "pass" } },
        { title: "components of the wrong type", props: { ...MANAGED, controlPlaneLogComponents: "apiserver,kcm,scheduler" }, outcome: { kind: "violation", messageIncludes: ["found not set"] } },
    ],
};

