import { resourcePolicy } from "../../model/policy";
import { PropsOf, T } from "../../model/resources";
import { clusterKind, countOf } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// Spreading a cluster over two or more zones keeps it serving when one zone fails. The policy
// counts the vswitches (or zones) without reading them: vswitch ids are usually unknown at preview,
// and zones are not visible from an id anyway, so two vswitches in the same zone still pass.
export const clusterMultiZone = resourcePolicy({
    name: "ack-cluster-multi-zone",
    displayName: "Clusters span at least two zones",
    description: "ACK clusters should be given at least two vswitches (or zones) so that nodes and pods can run in more than one zone.",
    severity: "low",
    enforcementLevel: "advisory",
    levelRationale: "An availability concern more than a security one, and only a proxy: the policy sees how many vswitches there are, not which zones they are in.",
    remediation: { does: false, why: "fails (a) single secure answer: it needs vswitches in other zones, which only the team can name." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/cluster-high-availability-architecture-recommend-configuration",
    remediationSteps: "Give the cluster vswitches in at least two zones: `vswitchIds` (or `zoneIds`) on cs.ManagedKubernetes, `vswitchIds` on cs.ServerlessKubernetes, `workerVswitchIds` on cs.EdgeKubernetes, `masterVswitchIds` (3 or 5, across zones) on cs.Kubernetes.",
    responsibility: "cluster-network-configuration",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes],
    check: (props, ctx) => {
        let path: string;
        let count: number | undefined;
        switch (clusterKind(ctx.type)) {
            case "managed": {
                const p = props as PropsOf[typeof T.ManagedKubernetes];
                // zoneIds has ACK create one vswitch per zone; workerVswitchIds is the deprecated spelling.
                const options: [string, number | undefined][] = [["vswitchIds", countOf(p.vswitchIds)], ["zoneIds", countOf(p.zoneIds)], ["workerVswitchIds", countOf(p.workerVswitchIds)]];
                const best = options.reduce((a, b) => ((b[1] ?? -1) > (a[1] ?? -1) ? b : a));
                [path, count] = best[1] === undefined ? ["vswitchIds", undefined] : best;
                break;
            }
            case "serverless":
                path = "vswitchIds";
                count = countOf((props as PropsOf[typeof T.ServerlessKubernetes]).vswitchIds);
                break;
            case "edge":
                path = "workerVswitchIds";
                count = countOf((props as PropsOf[typeof T.EdgeKubernetes]).workerVswitchIds);
                break;
            default:
                path = "masterVswitchIds";
                count = countOf((props as PropsOf[typeof T.Kubernetes]).masterVswitchIds);
        }
        if (count === undefined || count < 2) {
            ctx.report({
                path,
                found: count === undefined ? "not set" : `${count} entr${count === 1 ? "y" : "ies"}`,
                expected: "at least 2, in different zones",
                why: "With one vswitch the cluster's nodes or pods live in one zone, and a zone failure takes them all down.",
                fix: `list vswitches from at least two zones in \`${path}\`.`,
            });
        }
    },
});
