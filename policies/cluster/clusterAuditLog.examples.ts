import { ExampleResource, PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { DEDICATED, EDGE, MANAGED, SERVERLESS } from "./cluster.fixtures";

function withAddon(type: string, cluster: Record<string, unknown>, addonName?: string): ExampleResource[] {
    const out: ExampleResource[] = [{ type, name: "ack", props: cluster }];
    if (addonName !== undefined) {
        out.push({ type: T.KubernetesAddon, name: "logs", props: { clusterId: UNKNOWN, name: addonName }, propertyDependencies: { clusterId: ["ack"] } });
    }
    return out;
}

export const examples: PolicyExamples = {
    policy: "ack-cluster-audit-log",
    resourceType: T.ManagedKubernetes,
    compliant: [
        { title: "managed: auditLogConfig enabled", resources: withAddon(T.ManagedKubernetes, MANAGED), target: "ack", outcome: { kind: "pass" } },
        // Resources without an audit switch pass with a log add-on, and say what is undocumented: that the add-on turns auditing on.
        { title: "serverless: alibaba-log-controller inline (passes, with what to verify)", resources: withAddon(T.ServerlessKubernetes, SERVERLESS), target: "ack", outcome: { kind: "not-applicable", reasonIncludes: "passes: ack: alibaba-log-controller is declared, but ACK does not document that a log add-on turns API server auditing on (auditing is its own switch, which cs.ServerlessKubernetes does not expose): check audit_enabled with GetClusterAuditProject" } },
        { title: "dedicated: loongcollector as a cs.KubernetesAddon", resources: withAddon(T.Kubernetes, { ...DEDICATED, addons: [{ name: "terway-eniip" }] }, "loongcollector"), target: "ack", outcome: { kind: "not-applicable", reasonIncludes: "ack: loongcollector is declared, but ACK does not document" } },
        { title: "edge: logtail-ds inline", resources: withAddon(T.EdgeKubernetes, EDGE), target: "ack", outcome: { kind: "not-applicable", reasonIncludes: "ack: logtail-ds is declared" } },
    ],
    violating: [
        {
            title: "managed: audit log disabled",
            resources: withAddon(T.ManagedKubernetes, { ...MANAGED, auditLogConfig: { enabled: false } }),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["cs.ManagedKubernetes auditLogConfig.enabled: found false, expected true"] },
        },
        {
            title: "edge: log add-on disabled inline",
            resources: withAddon(T.EdgeKubernetes, { ...EDGE, addons: [{ name: "flannel" }, { name: "logtail-ds", disabled: true }] }),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["cs.EdgeKubernetes addons: found add-ons [flannel], expected one of loongcollector, logtail-ds"] },
        },
        {
            title: "serverless: only an unrelated cs.KubernetesAddon",
            resources: withAddon(T.ServerlessKubernetes, { ...SERVERLESS, addons: undefined }, "metrics-server"),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["found add-ons [metrics-server]", "alibaba-log-controller"] },
        },
    ],
    omitted: [
        { title: "managed: no auditLogConfig", resources: withAddon(T.ManagedKubernetes, { ...MANAGED, auditLogConfig: undefined }), target: "ack", outcome: { kind: "violation", messageIncludes: ["found no auditLogConfig"] } },
        { title: "dedicated: no add-ons at all", resources: withAddon(T.Kubernetes, { ...DEDICATED, addons: undefined }), target: "ack", outcome: { kind: "violation", messageIncludes: ["found no add-ons declared", "clusterId: ack.id"] } },
    ],
    unknown: [
        { title: "managed: auditLogConfig computed at preview", resources: withAddon(T.ManagedKubernetes, { ...MANAGED, auditLogConfig: UNKNOWN }), target: "ack", outcome: { kind: "unknown" } },
        { title: "dedicated: the add-on's name computed at preview", resources: withAddon(T.Kubernetes, { ...DEDICATED, addons: undefined }, UNKNOWN as unknown as string), target: "ack", outcome: { kind: "unknown" } },
    ],
    more: [
        {
            title: "managed: a log add-on does not replace auditLogConfig",
            resources: withAddon(T.ManagedKubernetes, { ...MANAGED, addons: undefined, auditLogConfig: undefined }, "logtail-ds"),
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["auditLogConfig.enabled: found no auditLogConfig", "The logtail-ds add-on collects logs but is not documented to switch auditing on"] },
        },
        {
            title: "a log add-on on another cluster does not count",
            resources: [
                { type: T.Kubernetes, name: "ack", props: { ...DEDICATED, addons: undefined } },
                { type: T.ManagedKubernetes, name: "other", props: MANAGED },
                { type: T.KubernetesAddon, name: "logs", props: { clusterId: UNKNOWN, name: "loongcollector" }, propertyDependencies: { clusterId: ["other"] } },
            ],
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["found no add-ons declared"] },
        },
        { title: "add-on names are case-insensitive", resources: withAddon(T.Kubernetes, { ...DEDICATED, addons: [{ name: "LoongCollector" }] }), target: "ack", outcome: { kind: "not-applicable", reasonIncludes: "LoongCollector is declared" } },
        { title: "addons of the wrong shape", resources: withAddon(T.EdgeKubernetes, { ...EDGE, addons: { name: "logtail-ds" } }), target: "ack", outcome: { kind: "violation", messageIncludes: ["found no add-ons declared"] } },
        {
            title: "an ACS cluster (profile Acs) is not judged, with the reason",
            resources: withAddon(T.ManagedKubernetes, { ...MANAGED, profile: "Acs", auditLogConfig: undefined }),
            target: "ack",
            outcome: { kind: "not-applicable", reasonIncludes: "ack: profile \"Acs\" is ACS (Container Compute Service), a separate product; that it honours auditLogConfig is not documented" },
        },
        {
            title: "an ACS cluster next to a judged one: the other cluster is still reported",
            resources: [
                { type: T.ManagedKubernetes, name: "acs", props: { ...MANAGED, profile: "Acs", auditLogConfig: undefined } },
                { type: T.ManagedKubernetes, name: "ack", props: { ...MANAGED, auditLogConfig: undefined } },
            ],
            target: "ack",
            outcome: { kind: "violation", messageIncludes: ["found no auditLogConfig"] },
        },
        {
            title: "exempted cluster",
            resources: withAddon(T.ManagedKubernetes, { ...MANAGED, auditLogConfig: undefined }),
            target: "ack",
            config: { exemptions: [{ resource: "ack", reason: "audit logs shipped by the SIEM agent, SEC-7" }] },
            outcome: { kind: "not-applicable", reasonIncludes: "ack: audit logs shipped by the SIEM agent, SEC-7" },
        },
    ],
};
