// What the node-pool patching policies share: which pools they judge (auto mode and edge node
// pools leave, each with its reason) and how management fields read in messages. The lifecycle
// itself (what is automated) is model/nodeLifecycle.ts.
import { nodePoolLifecycle, PoolLifecycle } from "../../model/nodeLifecycle";
import { ResourceContext } from "../../model/policy";
import { PropsOf, T } from "../../model/resources";
import { show } from "../../model/props";

/**
 * The pool's lifecycle; leaves (not applicable) for auto mode pools (Alibaba Cloud runs their
 * management itself and ignores the program) and for edge node pools (ACK never patches or repairs
 * them; ack-edge-node-patch-owner judges them).
 */
export function judgedPool(props: PropsOf[typeof T.NodePool], ctx: ResourceContext<object>): PoolLifecycle {
    const pool = nodePoolLifecycle(props);
    if (pool.autoMode) {
        ctx.args.notApplicable("auto mode node pool: Alibaba Cloud manages OS patching, kubelet updates and repair itself");
    }
    if (pool.edge) {
        ctx.args.notApplicable("edge node pool (type \"edge\"): it cannot be a managed node pool and ACK never patches, upgrades or repairs its nodes; ack-edge-node-patch-owner judges it");
    }
    return pool;
}

/** "management.x is not set" vs "no management block" vs the value, for messages. */
export function describeManagementField(props: PropsOf[typeof T.NodePool], field: string, value: unknown): string {
    if (props.management === undefined || props.management === null) {
        return "no management block";
    }
    if (value === undefined || value === null) {
        return `management.${field} not set (default false since 2025-08-31)`;
    }
    return `management.${field} = ${show(value)}`;
}

/** The management block every fix proposes: only fields ACK still honours. */
export function managementFix(vulLevels: readonly string[]): string {
    return `management: { autoRepair: true, autoVulFix: true, autoVulFixPolicy: { vulLevel: "${vulLevels.join(",")}" } }`;
}
