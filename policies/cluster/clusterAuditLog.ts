import { stackPolicy } from "../../model/policy";
import { asBool, asObject, show } from "../../model/props";
import { propsAs, shortTypeName, T } from "../../model/resources";
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
    remediationSteps: "On cs.ManagedKubernetes set `auditLogConfig: { enabled: true }` (optionally `slsProjectName`); a log add-on alone is not documented to turn auditing on. On cs.ServerlessKubernetes add the `alibaba-log-controller` (or `loongcollector`) add-on; on cs.EdgeKubernetes and cs.Kubernetes add `loongcollector` (or `logtail-ds`), inline in `addons` or as a cs.KubernetesAddon; these resources have no audit switch, so also check audit_enabled with GetClusterAuditProject (or turn it on with UpdateClusterAuditLogConfig).",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes, T.KubernetesAddon],
    facts: [
        { fact: "API server auditing is a cluster switch of its own: UpdateClusterAuditLogConfig turns it on or off (disable: false/true) and GetClusterAuditProject reports audit_enabled; cs.ManagedKubernetes exposes it as auditLogConfig. No ACK page says that installing a log add-on (logtail-ds, loongcollector) turns it on.", source: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/developer-reference/api-cs-2015-12-15-updateclusterauditlogconfig", checked: "2026-12-03" },
    ],
    check: (ctx) => {
        const acs: string[] = [];
        const unverified: string[] = [];
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
                    const logAddon = findAddon(addonsOf(cluster, ctx.resources), LOG_ADDONS);
                    ctx.report(cluster, {
                        path: "auditLogConfig.enabled",
                        found: asObject(config) === undefined ? "no auditLogConfig" : show(enabled),
                        expected: "true",
                        why: "API server requests are not recorded in SLS, so misuse of credentials or RBAC cannot be traced."
                            + (logAddon ? ` The ${logAddon.name} add-on collects logs but is not documented to switch auditing on: ACK documents auditing as its own switch (auditLogConfig, UpdateClusterAuditLogConfig).` : ""),
                        fix: "set `auditLogConfig: { enabled: true }` on this cluster.",
                    });
                }
                continue;
            }
            const wanted = kind === "serverless" ? SERVERLESS_LOG_ADDONS : LOG_ADDONS;
            const addons = addonsOf(cluster, ctx.resources);
            const found = findAddon(addons, wanted);
            if (found !== undefined) {
                // This resource has no audit switch; whether the add-on turns auditing on is undocumented.
                unverified.push(`${cluster.name}: ${found.name} is declared, but ACK does not document that a log add-on turns API server auditing on (auditing is its own switch, which ${shortTypeName(cluster.type)} does not expose): check audit_enabled with GetClusterAuditProject, or enable it with UpdateClusterAuditLogConfig`);
            } else {
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
        return unverified;
    },
});
