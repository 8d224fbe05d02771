import * as k8s from "@pulumi/kubernetes";

const ack = new k8s.Provider("ack", { kubeconfig: "~/.kube/ack-prod.yaml" });

new k8s.apps.v1.Deployment("web", {
    metadata: { namespace: "web" },
    spec: {
        selector: { matchLabels: { app: "web" } },
        replicas: 3,
        template: {
            metadata: { labels: { app: "web" } },
            spec: {
                automountServiceAccountToken: false,
                securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: "RuntimeDefault" } },
                containers: [{
                    name: "web",
                    image: "acme-registry-vpc.cn-hangzhou.cr.aliyuncs.com/acme/web@sha256:3f1c4b5e6d7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c",
                    securityContext: {
                        allowPrivilegeEscalation: false,
                        readOnlyRootFilesystem: true,
                        capabilities: { drop: ["ALL"] },
                    },
                    env: [{ name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: "web-db", key: "password" } } }],
                }],
            },
        },
    },
}, { provider: ack });
