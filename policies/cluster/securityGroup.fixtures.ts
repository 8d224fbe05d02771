// Stacks for the security-group policies: a cluster and a node pool using security groups, and
// rules on them (graph references and literal ids).
import { ExampleResource, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { MANAGED } from "./cluster.fixtures";

export const SG = { vpcId: "vpc-prod", securityGroupName: "ack-nodes", securityGroupType: "enterprise" };

/** An ingress rule from an office range to SSH: the base the examples mutate. */
export const RULE = { type: "ingress", ipProtocol: "tcp", portRange: "22/22", cidrIp: "203.0.113.0/24", policy: "accept", securityGroupId: UNKNOWN };

const POOL = { nodePoolName: "workers", clusterId: UNKNOWN, vswitchIds: ["vsw-a"], instanceTypes: ["ecs.g7.xlarge"], securityGroupIds: [UNKNOWN] };

/** A cluster on `nodes-sg`, a pool on `pool-sg`, and one rule (`rule`) on the group `on`. */
export function sgStack(rule: Record<string, unknown>, on: "nodes-sg" | "pool-sg" | "other-sg" | "cluster" = "nodes-sg"): ExampleResource[] {
    return [
        { type: T.SecurityGroup, name: "nodes-sg", props: SG },
        { type: T.SecurityGroup, name: "pool-sg", props: SG },
        { type: T.SecurityGroup, name: "other-sg", props: { ...SG, securityGroupName: "bastions" } },
        { type: T.ManagedKubernetes, name: "ack", props: { ...MANAGED, securityGroupId: UNKNOWN }, propertyDependencies: { securityGroupId: ["nodes-sg"] } },
        { type: T.NodePool, name: "workers", props: POOL, propertyDependencies: { clusterId: ["ack"], securityGroupIds: ["pool-sg"] } },
        { type: T.SecurityGroupRule, name: "rule", props: { ...RULE, ...rule }, propertyDependencies: { securityGroupId: [on === "cluster" ? "ack" : on] } },
    ];
}

/** A cluster whose security group is the literal `sg-0literal`, and a rule on the literal `sgId`. */
export function literalStack(rule: Record<string, unknown>, sgId: string): ExampleResource[] {
    return [
        { type: T.ManagedKubernetes, name: "ack", props: { ...MANAGED, securityGroupId: "sg-0literal" } },
        { type: T.SecurityGroupRule, name: "rule", props: { ...RULE, ...rule, securityGroupId: sgId } },
    ];
}

/**
 * The failing cases of the peers' own tests and rule texts for public ingress (Checkov's
 * example_AbsSecurityGroupUnrestrictedIngress/main.tf, KICS public_security_group_rule_* tests and
 * tcpPortsMap, infraguard's sg-* / ecs-security-group-* rules, Prowler CIS 4.3/4.4, mondoo's IPv6
 * admin check), rewritten as rule fields. Each must fail on a group ACK uses.
 */
export const PEER_FAILING_RULES: { peer: string; fields: Record<string, unknown>; reported: string }[] = [
    { peer: "Checkov allow_all_tcp (CKV_ALI_2/3)", fields: { cidrIp: "0.0.0.0/0", portRange: "1/65535" }, reported: "every tcp port" },
    { peer: "Checkov allow_all_low (1-100)", fields: { cidrIp: "0.0.0.0/0", portRange: "1/100" }, reported: "22 (SSH)" },
    { peer: "Checkov allow_all_high (101-65535)", fields: { cidrIp: "0.0.0.0/0", portRange: "101/65535" }, reported: "110 (POP3), 135 (MS RPC), 137-139 (NetBIOS), 161 (SNMP), 389 (LDAP), 445 (SMB), and 45 more sensitive ports" },
    { peer: "Checkov allow_all_ftpdata", fields: { cidrIp: "0.0.0.0/0", portRange: "20/20" }, reported: "20 (FTP data)" },
    { peer: "Checkov allow_all_ftp", fields: { cidrIp: "0.0.0.0/0", portRange: "21/21" }, reported: "21 (FTP)" },
    { peer: "Checkov allow_all_telnet", fields: { cidrIp: "0.0.0.0/0", portRange: "23/23" }, reported: "23 (Telnet)" },
    { peer: "Checkov allow_all_smtp", fields: { cidrIp: "0.0.0.0/0", portRange: "25/25" }, reported: "25 (SMTP)" },
    { peer: "Checkov allow_all_mssql", fields: { cidrIp: "0.0.0.0/0", portRange: "1433/1433" }, reported: "1433 (SQL Server)" },
    { peer: "Checkov allow_all_mssqlmonitor", fields: { cidrIp: "0.0.0.0/0", portRange: "1434/1434" }, reported: "1434" },
    { peer: "Checkov allow_all_oracledb", fields: { cidrIp: "0.0.0.0/0", portRange: "1521/1521" }, reported: "1521 (Oracle DB)" },
    { peer: "Checkov allow_all_mysql", fields: { cidrIp: "0.0.0.0/0", portRange: "3306/3306" }, reported: "3306 (MySQL)" },
    { peer: "Checkov allow_all_postgresql", fields: { cidrIp: "0.0.0.0/0", portRange: "5432/5432" }, reported: "5432 (PostgreSQL)" },
    { peer: "Checkov allow_all_vnclistener", fields: { cidrIp: "0.0.0.0/0", portRange: "5500/5500" }, reported: "5500 (VNC)" },
    { peer: "Checkov allow_all_vncserver", fields: { cidrIp: "0.0.0.0/0", portRange: "5900/5900" }, reported: "5900 (VNC)" },
    { peer: "KICS sensitive port: SMB", fields: { cidrIp: "0.0.0.0/0", portRange: "445/445" }, reported: "445 (SMB)" },
    { peer: "KICS sensitive port: NetBIOS over UDP", fields: { cidrIp: "0.0.0.0/0", ipProtocol: "udp", portRange: "137/138" }, reported: "137-139 (NetBIOS)" },
    { peer: "KICS sensitive port: Redis", fields: { cidrIp: "0.0.0.0/0", portRange: "6379/6379" }, reported: "6379 (Redis)" },
    { peer: "KICS sensitive port: Elasticsearch", fields: { cidrIp: "0.0.0.0/0", portRange: "9200/9200" }, reported: "9200 (Elasticsearch)" },
    { peer: "KICS sensitive port: Memcached", fields: { cidrIp: "0.0.0.0/0", portRange: "11211/11211" }, reported: "11211 (Memcached)" },
    { peer: "KICS sensitive port: MongoDB", fields: { cidrIp: "0.0.0.0/0", portRange: "27017/27017" }, reported: "27017-27018 (MongoDB)" },
    { peer: "KICS sensitive port: the Docker API", fields: { cidrIp: "0.0.0.0/0", portRange: "2375/2375" }, reported: "2375 (the Docker API)" },
    { peer: "KICS all ports: udp 1/65535", fields: { cidrIp: "0.0.0.0/0", ipProtocol: "udp", portRange: "1/65535" }, reported: "every udp port" },
    { peer: "KICS all ports: GRE -1/-1", fields: { cidrIp: "0.0.0.0/0", ipProtocol: "gre", portRange: "-1/-1" }, reported: "GRE" },
    { peer: "KICS all protocols", fields: { cidrIp: "0.0.0.0/0", ipProtocol: "all", portRange: "-1/-1" }, reported: "every protocol and port" },
    { peer: "infraguard sg-public-access-check (IPv6)", fields: { cidrIp: undefined, ipv6CidrIp: "::/0", ipProtocol: "all", portRange: "-1/-1" }, reported: "every protocol and port" },
    { peer: "infraguard ecs-security-group-risky-ports-check-with-protocol (IPv6)", fields: { cidrIp: undefined, ipv6CidrIp: "::/0", portRange: "22/22" }, reported: "22 (SSH)" },
    { peer: "mondoo ecs-security-group-no-public-ipv6-admin (RDP)", fields: { cidrIp: undefined, ipv6CidrIp: "::/0", portRange: "3389/3389" }, reported: "3389 (RDP)" },
    { peer: "etcd of a dedicated cluster's masters", fields: { cidrIp: "0.0.0.0/0", portRange: "2379/2380" }, reported: "2379-2380 (etcd)" },
];
