import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { K } from "./kinds";

const svc = (type: unknown) => ({ metadata: { name: "api" }, spec: { type, selector: { app: "api" }, ports: [{ port: 80 }] } });

export const examples: PolicyExamples = {
    policy: "ack-workload-service-no-nodeport",
    resourceType: K.Service,
    compliant: [{ title: "a ClusterIP Service", props: svc("ClusterIP"), outcome: { kind: "pass" } }],
    violating: [{ title: "a NodePort Service", props: svc("NodePort"), outcome: { kind: "violation", messageIncludes: ["Service spec.type: found \"NodePort\""] } }],
    omitted: [{ title: "no type: ClusterIP", props: { metadata: { name: "api" }, spec: { ports: [{ port: 80 }] } }, outcome: { kind: "pass" } }],
    unknown: [{ title: "type computed at preview", props: svc(UNKNOWN), outcome: { kind: "unknown" } }],
};
