import { resourcePolicy } from "../../model/policy";
import { asBool, show } from "../../model/props";
import { T } from "../../model/resources";
import { RRSA_URL } from "./common";

// Without RRSA, pods that call Alibaba Cloud APIs use the node's worker RAM role (every pod on
// the node shares it) or static AccessKeys in Secrets; RRSA gives each service account its own role.
export const clusterRrsaWorkloadIdentity = resourcePolicy({
    name: "ack-cluster-rrsa-workload-identity",
    displayName: "Clusters enable RRSA for workload identity",
    description: "ACK managed and serverless clusters should enable RRSA so that pods assume their own RAM roles instead of using node-role credentials or AccessKeys.",
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "RRSA needs Kubernetes 1.22+ and workload changes to pay off, and cannot be turned off once on; teams adopt it deliberately, so the default only warns.",
    remediation: { does: false, why: "fails (c) no broken connectivity or workloads: RRSA cannot be turned off once on and workloads must be changed to use it." },
    url: RRSA_URL,
    remediationSteps: "Set `enableRrsa: true` on the cs.ManagedKubernetes / cs.ServerlessKubernetes, then give each workload's service account its own RAM role (ram.Role trusting the cluster's OIDC provider).",
    responsibility: "access-control",
    clusterTypes: ["ack-managed", "ack-serverless", "ack-managed-node-pools", "ack-edge"],
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
            fix: "set `enableRrsa: true` (it cannot be turned off later) and bind RAM roles to service accounts.",
        });
    },
});
