import { resourcePolicy } from "../../model/policy";
import { asBool, show } from "../../model/props";
import { T } from "../../model/resources";
import { judgedNodePool } from "./common";
import { NODE_CLUSTER_TYPES } from "../../model/clusterSets";

// With loginAsNonRoot the nodes' login user is ecs-user and root login over SSH is off, so a
// leaked key gives an unprivileged shell and privileged actions go through sudo (and its log).
export const nodePoolNonRootLogin = resourcePolicy<typeof T.NodePool>({
    name: "ack-nodepool-non-root-login",
    displayName: "Node pools log in as ecs-user, not root",
    description: "Node pools must set `loginAsNonRoot: true` so nodes are logged on to as the unprivileged ecs-user instead of root.",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "Least privilege for node access is the customer's on every cluster type; the provider default logs in as root.",
    remediation: { does: false, why: "fails (b) no forced replacement: `loginAsNonRoot` is ForceNew." },
    url: "https://alibabacloud.com/help/en/ecs/user-guide/manage-the-username-used-to-log-on-to-an-ecs-instance",
    remediationSteps: "Set `loginAsNonRoot: true` on the cs.NodePool (ForceNew: the pool's nodes are replaced).",
    responsibility: "access-control",
    clusterTypes: NODE_CLUSTER_TYPES,
    resourceTypes: [T.NodePool],
    check: (props, ctx) => {
        judgedNodePool(ctx, props, "the node login user");
        const v = props.loginAsNonRoot;
        if (asBool(v) === true) {
            return;
        }
        ctx.report({
            path: "loginAsNonRoot",
            found: v === undefined || v === null ? "not set (provider default: false, login as root)" : show(v),
            expected: "true (login as ecs-user)",
            fix: "set `loginAsNonRoot: true` on this node pool (replaces its nodes).",
        });
    },
});
