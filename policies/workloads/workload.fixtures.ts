// Shared workload fixtures: the hardened Deployment the examples mutate, and the risky one.
export const DIGEST = "sha256:4f1c8a7e0b9d2c3a5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5";
export const PRIVATE_IMAGE = `acme-registry-vpc.cn-hangzhou.cr.aliyuncs.com/acme/web@${DIGEST}`;
export const LITERAL_PASSWORD = "hunter2-Sup3rS3cret";

export const HARDENED_CONTAINER = {
    name: "web",
    image: PRIVATE_IMAGE,
    ports: [{ containerPort: 8080 }],
    env: [
        { name: "LOG_LEVEL", value: "info" },
        { name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: "db", key: "password" } } },
    ],
    securityContext: {
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        runAsNonRoot: true,
        capabilities: { drop: ["ALL"] },
    },
};

export const HARDENED_POD_SPEC = {
    automountServiceAccountToken: false,
    securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: "RuntimeDefault" } },
    containers: [HARDENED_CONTAINER],
    volumes: [{ name: "tmp", emptyDir: {} }],
};

/** A Deployment whose pod spec is HARDENED_POD_SPEC, optionally replaced. */
export function deployment(podSpec: Record<string, unknown> = HARDENED_POD_SPEC): Record<string, unknown> {
    return {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "web", namespace: "shop" },
        spec: {
            replicas: 2,
            selector: { matchLabels: { app: "web" } },
            template: { metadata: { labels: { app: "web" } }, spec: podSpec },
        },
    };
}

/** The hardened Deployment with the pod spec fields changed. */
export function withPod(fields: Record<string, unknown>): Record<string, unknown> {
    return deployment({ ...HARDENED_POD_SPEC, ...fields });
}

/** The hardened Deployment with its one container changed. */
export function withContainer(fields: Record<string, unknown>, pod: Record<string, unknown> = {}): Record<string, unknown> {
    return deployment({ ...HARDENED_POD_SPEC, ...pod, containers: [{ ...HARDENED_CONTAINER, ...fields }] });
}

/** The hardened Deployment with the container's securityContext fields changed. */
export function withContainerSecurity(fields: Record<string, unknown>, pod: Record<string, unknown> = {}): Record<string, unknown> {
    return withContainer({ securityContext: { ...HARDENED_CONTAINER.securityContext, ...fields } }, pod);
}

/** The hardened Deployment: private registry, pinned by digest, non-root, read-only, no token. */
export const HARDENED_DEPLOYMENT = deployment();

/** A privileged Deployment from a public :latest image with a literal password env var. */
export const RISKY_DEPLOYMENT = deployment({
    hostNetwork: true,
    containers: [
        {
            name: "web",
            image: "nginx:latest",
            env: [{ name: "DB_PASSWORD", value: LITERAL_PASSWORD }],
            securityContext: { privileged: true, runAsUser: 0 },
        },
    ],
    volumes: [{ name: "docker", hostPath: { path: "/var/run/docker.sock" } }],
});
