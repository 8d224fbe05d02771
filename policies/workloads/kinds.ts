// Kubernetes type tokens the workloads policies read, as plain strings: the pack never loads
// @pulumi/kubernetes at run time. test/podSpec.test.ts checks each against the SDK's `__pulumiType`.

/** Where the pod spec sits in a workload's inputs. */
export type PodSpecShape = "pod" | "template" | "cronJob";

interface KindInfo {
    kind: string;
    shape: PodSpecShape;
}

// Each workload kind with its *Patch variant (same shape, every field optional).
const WORKLOADS = {
    Pod: { token: "kubernetes:core/v1:Pod", patch: "kubernetes:core/v1:PodPatch", list: "kubernetes:core/v1:PodList", shape: "pod" },
    ReplicationController: {
        token: "kubernetes:core/v1:ReplicationController",
        patch: "kubernetes:core/v1:ReplicationControllerPatch",
        list: "kubernetes:core/v1:ReplicationControllerList",
        shape: "template",
    },
    Deployment: { token: "kubernetes:apps/v1:Deployment", patch: "kubernetes:apps/v1:DeploymentPatch", list: "kubernetes:apps/v1:DeploymentList", shape: "template" },
    StatefulSet: { token: "kubernetes:apps/v1:StatefulSet", patch: "kubernetes:apps/v1:StatefulSetPatch", list: "kubernetes:apps/v1:StatefulSetList", shape: "template" },
    DaemonSet: { token: "kubernetes:apps/v1:DaemonSet", patch: "kubernetes:apps/v1:DaemonSetPatch", list: "kubernetes:apps/v1:DaemonSetList", shape: "template" },
    ReplicaSet: { token: "kubernetes:apps/v1:ReplicaSet", patch: "kubernetes:apps/v1:ReplicaSetPatch", list: "kubernetes:apps/v1:ReplicaSetList", shape: "template" },
    Job: { token: "kubernetes:batch/v1:Job", patch: "kubernetes:batch/v1:JobPatch", list: "kubernetes:batch/v1:JobList", shape: "template" },
    CronJob: { token: "kubernetes:batch/v1:CronJob", patch: "kubernetes:batch/v1:CronJobPatch", list: "kubernetes:batch/v1:CronJobList", shape: "cronJob" },
} as const;

export const K = {
    Pod: WORKLOADS.Pod.token,
    PodPatch: WORKLOADS.Pod.patch,
    PodList: WORKLOADS.Pod.list,
    ReplicationController: WORKLOADS.ReplicationController.token,
    ReplicationControllerPatch: WORKLOADS.ReplicationController.patch,
    ReplicationControllerList: WORKLOADS.ReplicationController.list,
    Deployment: WORKLOADS.Deployment.token,
    DeploymentPatch: WORKLOADS.Deployment.patch,
    DeploymentList: WORKLOADS.Deployment.list,
    StatefulSet: WORKLOADS.StatefulSet.token,
    StatefulSetPatch: WORKLOADS.StatefulSet.patch,
    StatefulSetList: WORKLOADS.StatefulSet.list,
    DaemonSet: WORKLOADS.DaemonSet.token,
    DaemonSetPatch: WORKLOADS.DaemonSet.patch,
    DaemonSetList: WORKLOADS.DaemonSet.list,
    ReplicaSet: WORKLOADS.ReplicaSet.token,
    ReplicaSetPatch: WORKLOADS.ReplicaSet.patch,
    ReplicaSetList: WORKLOADS.ReplicaSet.list,
    Job: WORKLOADS.Job.token,
    JobPatch: WORKLOADS.Job.patch,
    JobList: WORKLOADS.Job.list,
    CronJob: WORKLOADS.CronJob.token,
    CronJobPatch: WORKLOADS.CronJob.patch,
    CronJobList: WORKLOADS.CronJob.list,
    HelmChartV3: "kubernetes:helm.sh/v3:Chart",
    HelmReleaseV3: "kubernetes:helm.sh/v3:Release",
    HelmChartV4: "kubernetes:helm.sh/v4:Chart",
    ConfigMap: "kubernetes:core/v1:ConfigMap",
    ConfigMapPatch: "kubernetes:core/v1:ConfigMapPatch",
    Service: "kubernetes:core/v1:Service",
    ServicePatch: "kubernetes:core/v1:ServicePatch",
} as const;

export type KubeToken = (typeof K)[keyof typeof K];

/** How to find pod specs in a resource of each workload token; lists hold items of their kind. */
export const WORKLOAD_KINDS: Record<string, KindInfo & { list: boolean }> = (() => {
    const out: Record<string, KindInfo & { list: boolean }> = {};
    for (const [kind, w] of Object.entries(WORKLOADS)) {
        out[w.token] = { kind, shape: w.shape, list: false };
        out[w.patch] = { kind: `${kind}Patch`, shape: w.shape, list: false };
        out[w.list] = { kind: `${kind}List`, shape: w.shape, list: true };
    }
    return out;
})();

/** Every token that carries pod specs: workloads, their Patch and List variants. */
export const WORKLOAD_TOKENS: KubeToken[] = Object.keys(WORKLOAD_KINDS) as KubeToken[];

export const HELM_TOKENS = [K.HelmChartV3, K.HelmReleaseV3, K.HelmChartV4] as const;
