import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { K } from "./kinds";
import { ADDRESS_TYPE } from "./services";

const svc = (type: unknown, annotations?: Record<string, unknown>) => ({ metadata: { name: "api", annotations }, spec: { type, selector: { app: "api" }, ports: [{ port: 443, targetPort: 8443 }] } });

export const examples: PolicyExamples = {
    policy: "ack-workload-service-internal-lb",
    resourceType: K.Service,
    compliant: [
        { title: "an intranet load balancer", props: svc("LoadBalancer", { [ADDRESS_TYPE]: "intranet" }), outcome: { kind: "pass" } },
        { title: "a ClusterIP Service", props: svc("ClusterIP"), outcome: { kind: "pass" } },
    ],
    violating: [
        { title: "an explicitly internet-facing load balancer", props: svc("LoadBalancer", { [ADDRESS_TYPE]: "internet" }), outcome: { kind: "violation", messageIncludes: [`found "internet", expected "intranet"`] } },
    ],
    omitted: [{ title: "no annotation: internet-facing by default", props: svc("LoadBalancer"), outcome: { kind: "violation", messageIncludes: ["not set (the cloud controller's default: \"internet\")"] } }],
    unknown: [{ title: "the annotation computed at preview", props: svc("LoadBalancer", { [ADDRESS_TYPE]: UNKNOWN }), outcome: { kind: "unknown" } }],
    more: [{ title: "a Service without a type (ClusterIP)", props: { metadata: { name: "x" }, spec: { ports: [{ port: 80 }] } }, outcome: { kind: "pass" } }],
};
