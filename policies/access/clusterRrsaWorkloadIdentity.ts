import { resourcePolicy } from "../../model/policy";
import { asBool, show } from "../../model/props";
import { T } from "../../model/resources";
import { RRSA_URL } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// Without RRSA, pods that call Alibaba Cloud APIs use the node's worker RAM role (every pod on
// the node shares it) or static AccessKeys in Secrets; RRSA gives each service account its own role.
// enableRrsa is the only input 3.108 has (rrsaMetadata is read back from the cluster; setting it
// enables nothing, and there is no rrsaConfig input). CreateCluster's enable_rrsa is deprecated in
// favour of rrsa_config, but the provider reads the cluster's RRSA state back into enableRrsa and
// applies a difference with ModifyCluster, whose enable_rrsa is not deprecated: a cluster created
// without RRSA shows a diff on the next update and gets it. So enableRrsa: true still counts.
export const clusterRrsaWorkloadIdentity = resourcePolicy({
    name: "ack-cluster-rrsa-workload-identity",
    displayName: "Clusters enable RRSA for workload identity",
    description: "ACK managed and serverless clusters should enable RRSA so that pods assume their own RAM roles instead of using node-role credentials or AccessKeys.",
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "RRSA needs Kubernetes 1.22+ and workload changes to pay off, and the provider refuses to turn it off again (ACK's API and ack-ram-tool can); teams adopt it deliberately, so the default only warns.",
    remediation: { does: false, why: "fails (c) no broken connectivity or workloads: the provider cannot turn RRSA off again, and workloads must be changed to use it." },
    url: RRSA_URL,
    remediationSteps: "Set `enableRrsa: true` on the cs.ManagedKubernetes / cs.ServerlessKubernetes, then give each workload's service account its own RAM role (ram.Role trusting the cluster's OIDC provider).",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    facts: [
        {
            fact: "CreateCluster enable_rrsa is deprecated (\"use the rrsa_config parameter instead\"); ACK's parameter-deprecation announcement makes deprecated CreateCluster/ModifyCluster parameters stop working from 2026-07-04 (all regions by 2026-09-30). Whether enable_rrsa is on its list is not verified; ModifyCluster enable_rrsa (enable or disable) is not deprecated.",
            source: "https://www.alibabacloud.com/help/en/ack/product-overview/announcement-on-ack-openapi-parameter-changes-and-deprecation",
            checked: "2026-12-01",
        },
        {
            fact: "@pulumi/alicloud 3.108 has only enableRrsa as an input (rrsaMetadata is computed, no rrsaConfig); the provider still sends enable_rrsa at creation, reads it back from the cluster's RRSA metadata, applies changes through ModifyCluster and refuses to set it to false.",
            source: "https://github.com/aliyun/terraform-provider-alicloud/blob/master/alicloud/resource_alicloud_cs_managed_kubernetes.go",
            checked: "2026-12-01",
        },
    ],
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes],
    check: (props, ctx) => {
        const v = props.enableRrsa;
        if (asBool(v) === true) {
            return;
        }
        ctx.report({
            path: "enableRrsa",
            found: v === undefined || v === null ? "not set (provider default: false)" : show(v),
            expected: "true",
            why: "Without RRSA, pods that call cloud APIs share the node's worker RAM role or carry AccessKeys, so one compromised pod gets every permission of the node role.",
            fix: "set `enableRrsa: true` (the provider will not turn it off again; ACK's API and ack-ram-tool can) and bind RAM roles to service accounts; `rrsaMetadata` is read from the cluster and enables nothing.",
        });
    },
});
