// What the security-group policies share: which security groups of a stack ACK uses (a cluster's
// `securityGroupId`, a node pool's `securityGroupIds` / deprecated `securityGroupId`), and which
// ingress rules open a sensitive port to the whole internet.
//
// Which group a rule is on is found from the graph first (the rule's `securityGroupId` depends on
// an ecs.SecurityGroup that a cluster or pool also depends on, or directly on a cluster's or pool's
// output), then from literal ids (the same "sg-..." string on the rule and on a cluster or pool).
// ecs.SecurityGroupRule is the only rule resource @pulumi/alicloud 3.108 has: ecs.SecurityGroup
// has no inline rules.
import type { PolicyResource } from "@pulumi/policy";
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import { dependenciesOf, referencing } from "../../model/graph";
import type { Finding } from "../../model/policy";
import { asString, knownString, knownStrings, show } from "../../model/props";
import { CLUSTER_TOKENS, PropsOf, propsAs, T } from "../../model/resources";

export const SG_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/configure-security-group-rules-to-enforce-access-control-on-ack-clusters";

const isCluster = (r: PolicyResource) => (CLUSTER_TOKENS as readonly string[]).includes(r.type);

/** How ACK uses the group a rule is on, for messages ("cluster ack's securityGroupId"); empty when it does not. */
export function ackUsesOfRule(rule: PolicyResource, resources: PolicyResource[]): string[] {
    const uses: string[] = [];
    const deps = dependenciesOf(rule, "securityGroupId");
    for (const d of deps) {
        if (isCluster(d)) uses.push(`the security group of cluster ${d.name}`);
        else if (d.type === T.NodePool) uses.push(`a security group of node pool ${d.name}`);
        else if (d.type === T.SecurityGroup) {
            for (const c of referencing(resources, d, "securityGroupId", CLUSTER_TOKENS)) uses.push(`ecs.SecurityGroup ${d.name}, the securityGroupId of cluster ${c.name}`);
            for (const p of referencing(resources, d, "securityGroupIds", [T.NodePool])) uses.push(`ecs.SecurityGroup ${d.name}, in securityGroupIds of node pool ${p.name}`);
            for (const p of referencing(resources, d, "securityGroupId", [T.NodePool])) uses.push(`ecs.SecurityGroup ${d.name}, the securityGroupId of node pool ${p.name}`);
        }
    }
    if (deps.length > 0) return uses;
    // A literal id: the same string on a cluster or pool of the stack.
    const id = knownString(rule.props, "securityGroupId");
    if (id === undefined) return uses;
    for (const r of resources) {
        if (isCluster(r) && knownString(r.props, "securityGroupId") === id) uses.push(`security group ${id}, the securityGroupId of cluster ${r.name}`);
        if (r.type === T.NodePool && (knownStrings(r.props, "securityGroupIds").includes(id) || knownString(r.props, "securityGroupId") === id)) {
            uses.push(`security group ${id}, used by node pool ${r.name}`);
        }
    }
    return uses;
}

export interface SensitivePortsConfig {
    sensitivePorts: string[];
}

export const SENSITIVE_PORTS_CONFIG: Record<string, PolicyConfigJSONSchema> = {
    sensitivePorts: {
        type: "array",
        items: { type: "string", pattern: "^[0-9]+(-[0-9]+)?$" },
        description: "Ports or ranges (\"30000-32767\") that must not be open to 0.0.0.0/0 or ::/0; rules opening every port or protocol always fail.",
        default: ["22", "3389", "10250", "10255", "30000-32767"],
    },
};

const PORT_NAMES: Record<string, string> = {
    "22": "SSH", "3389": "RDP", "10250": "the kubelet API", "10255": "the kubelet read-only port", "30000-32767": "Kubernetes NodePorts",
};

function parseRange(s: string): [number, number] | undefined {
    const m = /^\s*(-?\d+)\s*[/-]\s*(-?\d+)\s*$/.exec(s) ?? /^\s*(\d+)\s*$/.exec(s);
    if (!m) return undefined;
    const a = Number(m[1]), b = Number(m[2] ?? m[1]);
    return [a, b];
}

/** A CIDR that is the whole address space (prefix length 0). */
function isAnywhere(cidr: string | undefined): boolean {
    return cidr !== undefined && /\/0+$/.test(cidr.trim());
}

/**
 * The finding for an ingress rule that accepts traffic from the whole internet to every port or to
 * a sensitive port, or undefined. Reads the rule's fields (an unknown throws, as the SDK intends).
 */
export function publicIngressFinding(props: PropsOf[typeof T.SecurityGroupRule], sensitive: unknown, where: string): Finding | undefined {
    if (asString(props.type)?.toLowerCase() !== "ingress") return undefined;
    const policy = asString(props.policy)?.toLowerCase() ?? "accept";
    if (policy !== "accept") return undefined;
    const v4 = asString(props.cidrIp), v6 = asString(props.ipv6CidrIp);
    const source = isAnywhere(v4) ? v4 : isAnywhere(v6) ? v6 : undefined;
    if (source === undefined) return undefined;
    const protocol = asString(props.ipProtocol)?.toLowerCase();
    const portRange = asString(props.portRange) ?? "-1/-1";
    let open: string | undefined;
    if (protocol === "all") {
        open = "every protocol and port";
    } else if (protocol === "tcp" || protocol === "udp") {
        const range = parseRange(portRange);
        if (range === undefined) return undefined; // the provider rejects it
        const [from, to] = range[0] < 0 ? [1, 65535] : range;
        if (from <= 1 && to >= 65535) {
            open = `every ${protocol} port`;
        } else {
            const hits: string[] = [];
            for (const p of Array.isArray(sensitive) ? sensitive : []) {
                const r = typeof p === "string" ? parseRange(p) : undefined;
                if (r && from <= r[1] && to >= r[0]) hits.push(PORT_NAMES[p] ? `${p} (${PORT_NAMES[p]})` : String(p));
            }
            if (hits.length > 0) open = `${hits.join(", ")}`;
        }
    }
    if (open === undefined) return undefined;
    return {
        path: "portRange",
        found: `ingress ${protocol} ${show(portRange)} accepted from ${source} on ${where}`,
        expected: `no ingress from ${source} to ${open}`,
        why: "Anyone on the internet can reach these ports of the ACK nodes, pods and control-plane ENIs that use this security group.",
        fix: "restrict `cidrIp` to your office or bastion range (or use `sourceSecurityGroupId`), or reach nodes through a bastion host, Session Manager or an internal SLB instead.",
    };
}

/** The security-group rules of a stack, with their typed props. */
export function rulesOf(resources: PolicyResource[]): { rule: PolicyResource; props: PropsOf[typeof T.SecurityGroupRule] }[] {
    const out: { rule: PolicyResource; props: PropsOf[typeof T.SecurityGroupRule] }[] = [];
    for (const r of resources) {
        const props = propsAs(r, T.SecurityGroupRule);
        if (props !== undefined) out.push({ rule: r, props });
    }
    return out;
}
