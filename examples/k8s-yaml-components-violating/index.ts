import * as k8s from "@pulumi/kubernetes";

// Pulumi's documented top-level async form: the language host calls the exported function.
export = async () => {
    const ack = new k8s.Provider("ack", { kubeconfig: "~/.kube/ack-prod.yaml" });

    // yaml/v2 components are expanded by the Kubernetes provider; ackguard expands them offline.
    new k8s.yaml.v2.ConfigGroup("web", {
        yaml: `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: registry.cn-hangzhou.aliyuncs.com/acme/web@sha256:1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809
          securityContext:
            privileged: true
`,
    }, { provider: ack });

    // The v1 ConfigFile parses in the SDK (the provider only decodes the YAML).
    new k8s.yaml.ConfigFile("agent", { file: "manifests/agent.yaml" }, { provider: ack });

    return { note: "two YAML components" };
};
