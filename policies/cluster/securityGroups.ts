// What the security-group policies share: which security groups of a stack ACK uses (a cluster's
// `securityGroupId`, a node pool's `securityGroupIds` / deprecated `securityGroupId`, the groups of
// nodes no node pool launches: model/graph.ts clusterNodes), and which
// ingress rules open a sensitive port to the whole internet.
//
// Which group a rule is on is found from the graph first (the rule's `securityGroupId` depends on
// an ecs.SecurityGroup that a cluster or pool also depends on, or directly on a cluster's or pool's
// output), then from literal ids (the same "sg-..." string on the rule and on a cluster or pool).
// ecs.SecurityGroupRule is the only rule resource @pulumi/alicloud 3.108 has: ecs.SecurityGroup
// has no inline rules.
import type { PolicyResource } from "@pulumi/policy";
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import { clusterNodes, dependenciesOf, referencing } from "../../model/graph";
import type { Finding } from "../../model/policy";
import { asString, knownString, knownStrings, show } from "../../model/props";
import { CLUSTER_TOKENS, PropsOf, propsAs, shortTypeName, T } from "../../model/resources";

/** The fields through which an ESS scaling configuration, launch template or instance names its security groups. */
const NODE_SG_FIELDS = ["securityGroupId", "securityGroupIds", "securityGroups"];

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
            for (const n of clusterNodes(resources)) {
                if (NODE_SG_FIELDS.some((f) => dependenciesOf(n.resource, f).includes(d))) uses.push(`ecs.SecurityGroup ${d.name}, a security group of ${shortTypeName(n.resource.type)} ${n.resource.name}, a node of ${n.via}`);
            }
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

/**
 * Services that must not be reachable from the whole internet, by port: the union of the peers'
 * lists (KICS tcpPortsMap, infraguard's risky ports 22/3389, Checkov CKV_ALI_2/3, Prowler CIS 4.3/4.4,
 * mondoo's SSH/RDP checks) without the ones a public service is meant to answer on (KICS also lists
 * 53 DNS, 80 HTTP and 443 HTTPS), plus what a Kubernetes node or master serves: the kubelet, etcd
 * and the NodePort range.
 */
export const SENSITIVE_PORT_NAMES: Record<string, string> = {
    "20": "FTP data", "21": "FTP", "22": "SSH", "23": "Telnet", "25": "SMTP", "110": "POP3", "135": "MS RPC",
    "137-139": "NetBIOS", "161": "SNMP", "389": "LDAP", "445": "SMB", "636": "LDAPS",
    "1433": "SQL Server", "1434": "SQL Server Browser", "1521": "Oracle DB", "1522": "Oracle DB",
    "2375": "the Docker API", "2376": "the Docker API (TLS)", "2379-2380": "etcd", "2382-2383": "SQL Server Analysis Services", "2483-2484": "Oracle DB",
    "3000": "a development web server", "3020": "CIFS", "3306": "MySQL", "3389": "RDP", "4333": "mSQL", "4505-4506": "SaltStack",
    "5432": "PostgreSQL", "5500": "VNC", "5601": "Kibana", "5900": "VNC", "5985": "WinRM", "5986": "WinRM (TLS)", "6379": "Redis",
    "7000-7001": "Cassandra", "7199": "Cassandra JMX", "8000": "an internal web port", "8020": "HDFS", "8080": "an internal web port",
    "8140": "Puppet", "8888": "Cassandra OpsCenter", "9000": "Hadoop", "9042": "Cassandra", "9090": "an internal web port", "9160": "Cassandra Thrift",
    "9200": "Elasticsearch", "9300": "Elasticsearch transport", "10250": "the kubelet API", "10255": "the kubelet read-only port",
    "11211": "Memcached", "11214-11215": "Memcached (TLS)", "27017-27018": "MongoDB", "30000-32767": "Kubernetes NodePorts",
    "50070": "the HDFS web UI", "50470": "the HDFS web UI", "61620-61621": "Cassandra OpsCenter",
};

export const SENSITIVE_PORTS_CONFIG: Record<string, PolicyConfigJSONSchema> = {
    sensitivePorts: {
        type: "array",
        items: { type: "string", pattern: "^[0-9]+(-[0-9]+)?$" },
        description: "Ports or ranges (\"30000-32767\") that must not be open to 0.0.0.0/0 or ::/0; rules opening every port, every protocol or GRE always fail. The default joins the peers' lists (without 53, 80 and 443) and the kubelet, etcd and NodePorts.",
        default: Object.keys(SENSITIVE_PORT_NAMES).sort((a, b) => parseInt(a, 10) - parseInt(b, 10)),
    },
};

function parseRange(s: string): [number, number] | undefined {
    const m = /^\s*(-?\d+)\s*[/-]\s*(-?\d+)\s*$/.exec(s) ?? /^\s*(\d+)\s*$/.exec(s);
    if (!m) return undefined;
    const a = Number(m[1]), b = Number(m[2] ?? m[1]);
    return [a, b];
}

/** A CIDR that is the whole address space (prefix length 0), IPv4 or IPv6. */
function isAnywhere(cidr: string | undefined): boolean {
    return cidr !== undefined && /\/0+$/.test(cidr.trim());
}

/**
 * The finding for an ingress rule that accepts traffic from the whole internet to every port, every
 * protocol, GRE or a sensitive port, or undefined. ICMP is not flagged: ACK's recommended rules
 * admit it from 0.0.0.0/0. Reads the rule's fields (an unknown throws, as the SDK intends).
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
    } else if (protocol === "gre") {
        open = "GRE (tunnels into the VPC)";
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
                if (r && from <= r[1] && to >= r[0]) hits.push(SENSITIVE_PORT_NAMES[p] ? `${p} (${SENSITIVE_PORT_NAMES[p]})` : String(p));
            }
            const shown = hits.length > 6 ? [...hits.slice(0, 6), `and ${hits.length - 6} more sensitive ports`] : hits;
            if (hits.length > 0) open = shown.join(", ");
        }
    }
    if (open === undefined) return undefined;
    return {
        path: protocol === "all" || protocol === "gre" ? "ipProtocol" : "portRange",
        found: `ingress ${protocol} ${show(portRange)} accepted from ${source} on ${where}`,
        expected: `no ingress from ${source} to ${open}`,
        why: "Anyone on the internet can reach these ports of the ACK nodes, pods and control-plane ENIs that use this security group.",
        fix: "restrict `cidrIp` / `ipv6CidrIp` to your office or bastion range (or use `sourceSecurityGroupId`), or reach nodes through a bastion host, Session Manager or an internal SLB instead.",
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
