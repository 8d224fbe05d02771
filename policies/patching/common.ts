// What the node-pool patching policies share: which pools they judge and how the management
// block reads. One place, so that auto mode and custom images are handled the same way by all.
import { classifyNodePool, NodePoolClass } from "../../model/clusterType";
import { ResourceContext } from "../../model/policy";
import { PropsOf, T } from "../../model/resources";
import { show } from "../../model/props";

export const MANAGED_POOL_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/overview-of-managed-node-pools";

/**
 * Classifies the pool and leaves (not applicable) for auto mode pools: Alibaba Cloud sets their
 * management, image and OS hardening itself and ignores what the program says.
 */
export function judgedPool(props: PropsOf[typeof T.NodePool], ctx: ResourceContext<object>): NodePoolClass {
    const pool = classifyNodePool(props);
    if (pool.autoMode) {
        ctx.args.notApplicable("auto mode node pool: Alibaba Cloud manages OS patching, kubelet updates and repair itself");
    }
    return pool;
}

/** "management.x is not set" vs "management block is not set" vs the value, for messages. */
export function describeManagementField(props: PropsOf[typeof T.NodePool], field: string, value: unknown): string {
    if (props.management === undefined || props.management === null) {
        return "no management block";
    }
    if (value === undefined || value === null) {
        return `management.${field} not set`;
    }
    return `management.${field} = ${show(value)}`;
}
