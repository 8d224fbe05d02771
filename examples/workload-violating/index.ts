import * as k8s from "@pulumi/kubernetes";

// The kubeconfig of an existing ACK cluster (e.g. from cs.getClusterCredential in the platform stack).
const ack = new k8s.Provider("ack", { kubeconfig: "~/.kube/ack-prod.yaml" });

new k8s.apps.v1.Deployment("legacy-web", {
    metadata: { namespace: "web" },
    spec: {
        selector: { matchLabels: { app: "legacy-web" } },
        replicas: 2,
        template: {
            metadata: { labels: { app: "legacy-web" } },
            spec: {
                containers: [{
                    name: "web",
                    image: "nginx:latest",
                    securityContext: { privileged: true },
                    env: [{ name: "DB_PASSWORD", value: "S3cr3t-Value!" }],
                }],
            },
        },
    },
}, { provider: ack });
