import { resourcePolicy } from "../../model/policy";
import { asArray, asNumber, asString, quotable, show } from "../../model/props";
import { PropsOf, T } from "../../model/resources";
import { classifyCluster } from "../../model/clusterType";
import { acsNotJudged, clusterKind, isPro, lacks } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

/** Components ACK can ship control-plane logs for: the cs.ManagedKubernetes docs list the first five, ACK's CreateCluster example also sends alb (the ALB Ingress controller). */
export const CONTROL_PLANE_COMPONENTS = ["apiserver", "kcm", "scheduler", "ccm", "controlplane-events", "alb"] as const;

interface Config {
    requiredComponents: string[];
}

// Control-plane component logs (API server, controller manager, scheduler) are how an incident on
// a managed control plane gets investigated; ACK collects them into SLS only when the cluster asks
// for components AND a TTL. Only cs.ManagedKubernetes has the setting.
export const clusterControlPlaneLogs = resourcePolicy<typeof T.ManagedKubernetes | typeof T.ServerlessKubernetes | typeof T.EdgeKubernetes | typeof T.Kubernetes, Config>({
    name: "ack-cluster-control-plane-logs",
    displayName: "Clusters collect control-plane component logs",
    description: "ACK managed clusters must collect the logs of the required control-plane components (controlPlaneLogComponents) with a retention (controlPlaneLogTtl).",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "The control plane is Alibaba Cloud's to run but the customer must configure the cluster to keep its logs; without them, API-server behaviour during an incident cannot be reconstructed.",
    remediation: { does: false, why: "fails (a) single secure answer: the SLS project and the retention to write are the team's choice." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/collect-control-plane-component-logs-in-ack-pro-clusters",
    remediationSteps: "Set `controlPlaneLogComponents: [\"apiserver\", \"kcm\", \"scheduler\"]` and `controlPlaneLogTtl: \"30\"` (days) on the cs.ManagedKubernetes (an ACK Pro cluster).",
    responsibility: "cluster-network-configuration",
    clusterTypes: ALL_CLUSTER_TYPES,
    facts: [{
        fact: "Control-plane log components: the provider documents apiserver, kcm, scheduler, ccm, controlplane-events; ACK's CreateCluster example also sends alb; the provider does not validate the list.",
        source: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/developer-reference/api-cs-2015-12-15-createcluster",
        checked: "2026-12-01",
    }],
    config: {
        requiredComponents: {
            type: "array",
            items: { type: "string", enum: [...CONTROL_PLANE_COMPONENTS] },
            uniqueItems: true,
            description: "Control-plane components whose logs must be collected (alb: the ALB Ingress controller, where it is installed).",
            default: ["apiserver", "kcm", "scheduler"],
        },
    },
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes],
    check: (props, ctx) => {
        if (clusterKind(ctx.type) !== "managed") {
            // Serverless/Edge: the resource cannot ask for it; dedicated: the customer runs the masters.
            lacks(ctx, "control-plane log collection setting (controlPlaneLogComponents)", ctx.type === T.Kubernetes
                ? "collect master component logs with a log add-on (see ack-cluster-audit-log)"
                : "use cs.ManagedKubernetes to collect control-plane logs");
        }
        const p = props as PropsOf[typeof T.ManagedKubernetes];
        if (classifyCluster(ctx.type, p)?.product === "acs") {
            ctx.args.notApplicable(acsNotJudged("controlPlaneLogComponents"));
        }
        const have = new Set<string>();
        for (const c of asArray(p.controlPlaneLogComponents)) {
            const s = asString(c);
            if (s !== undefined) have.add(s.toLowerCase());
        }
        const missing = asArray(ctx.config.requiredComponents).filter((c): c is string => typeof c === "string" && !have.has(c.toLowerCase()));
        const pro = isPro(p.clusterSpec) ? "" : " Control-plane logs need an ACK Pro cluster (`clusterSpec: \"ack.pro.small\"`).";
        if (missing.length > 0) {
            // The fix keeps what is there, except values a message may not quote.
            const want = [...new Set([...[...have].filter(quotable), ...missing])];
            ctx.report({
                path: "controlPlaneLogComponents",
                found: have.size === 0 ? "not set" : show([...have]),
                expected: `a list that includes ${missing.join(", ")}`,
                why: `Logs of the missing components are not collected.${pro}`,
                fix: `set \`controlPlaneLogComponents: [${want.map((c) => JSON.stringify(c)).join(", ")}]\` and \`controlPlaneLogTtl\`.`,
            });
            return;
        }
        const ttl = p.controlPlaneLogTtl;
        const days = asNumber(ttl);
        if (days === undefined || days <= 0) {
            ctx.report({
                path: "controlPlaneLogTtl",
                found: show(ttl),
                expected: "a retention in days, e.g. \"30\"",
                why: `ACK collects control-plane logs only when both the components and the TTL are set.${pro}`,
                fix: "set `controlPlaneLogTtl: \"30\"` (days).",
            });
        }
    },
});
