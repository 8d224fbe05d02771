import { stackPolicy } from "../../model/policy";
import { asBool, asObject, show } from "../../model/props";
import { propsAs, T } from "../../model/resources";
import { acsNotJudged, addonsOf, classifyOf, clusterKind, clustersIn, describeAddons, findAddon } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

/** Log add-ons that ship API server audit logs to SLS: Logtail (logtail-ds), its successor LoongCollector, and the serverless log controller. */
export const LOG_ADDONS = ["loongcollector", "logtail-ds"] as const;
export const SERVERLESS_LOG_ADDONS = [...LOG_ADDONS, "alibaba-log-controller"] as const;

// API server audit logs are the record of who did what in the cluster. cs.ManagedKubernetes has an
// explicit switch (auditLogConfig); the other cluster resources have none and get audit logs
// collected through a log add-on. A stack policy, because the add-on may be declared as a
// cs.KubernetesAddon on the cluster instead of inline.
export const clusterAuditLog = stackPolicy({
    name: "ack-cluster-audit-log",
    displayName: "Clusters collect API server audit logs",
    description: "ACK clusters must collect API server audit logs: auditLogConfig.enabled on cs.ManagedKubernetes, a log add-on (loongcollector, logtail-ds, or alibaba-log-controller on serverless) on the other cluster resources.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Audit logs are how misuse of the customer's credentials and RBAC is detected and investigated, and access control is the customer's on every cluster type; nothing collects them unless the cluster is configured to.",
    remediation: { does: false, why: "stack policy: the SDK remediates resource policies only; and the SLS project and retention are the team's choice." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/security-and-compliance/logging-and-auditing",
    remediationSteps: "On cs.ManagedKubernetes set `auditLogConfig: { enabled: true }` (optionally `slsProjectName`); on cs.ServerlessKubernetes add the `alibaba-log-controller` (or `loongcollector`) add-on; on cs.EdgeKubernetes and cs.Kubernetes add `loongcollector` (or `logtail-ds`), inline in `addons` or as a cs.KubernetesAddon.",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes, T.KubernetesAddon],
    check: (ctx) => {
        const acs: string[] = [];
        let judged = 0;
        for (const cluster of clustersIn(ctx.resources)) {
            const kind = clusterKind(cluster.type);
            if (classifyOf(cluster)?.product === "acs") {
                acs.push(cluster.name);
                continue;
            }
            judged++;
            const managed = propsAs(cluster, T.ManagedKubernetes);
            if (managed !== undefined) {
                const config = managed.auditLogConfig;
                const enabled = (asObject(config) === undefined ? undefined : config)?.enabled;
                if (asBool(enabled) !== true) {
                    ctx.report(cluster, {
                        path: "auditLogConfig.enabled",
                        found: asObject(config) === undefined ? "no auditLogConfig" : show(enabled),
                        expected: "true",
                        why: "API server requests are not recorded in SLS, so misuse of credentials or RBAC cannot be traced.",
                        fix: "set `auditLogConfig: { enabled: true }` on this cluster.",
                    });
                }
                continue;
            }
            const wanted = kind === "serverless" ? SERVERLESS_LOG_ADDONS : LOG_ADDONS;
            const addons = addonsOf(cluster, ctx.resources);
            if (findAddon(addons, wanted) === undefined) {
                ctx.report(cluster, {
                    path: "addons",
                    found: describeAddons(addons),
                    expected: `one of ${wanted.join(", ")} (inline or as a cs.KubernetesAddon)`,
                    why: "This cluster resource has no audit-log switch; without a log add-on its API server audit logs are not collected.",
                    fix: `add \`{ name: "${kind === "serverless" ? "alibaba-log-controller" : "loongcollector"}" }\` to \`addons\`, or a cs.KubernetesAddon with \`clusterId: ${cluster.name}.id\`.`,
                });
            }
        }
        // Only ACS clusters: say why nothing was judged instead of passing silently.
        if (judged === 0 && acs.length > 0) {
            ctx.args.notApplicable(`${acs.join(", ")}: ${acsNotJudged("auditLogConfig")}`);
        }
    },
});
