// Terraform plan vs Pulumi preview through `ackguard plan`: the same N resources (clusters, node
// pools, RAM users and grants, with references and unknown ids) written once as `terraform show
// -json` and once as `pulumi preview --json`, judged by one running pack, alternating.
//   node dist/bench/terraform.js [--resources 5000] [--runs 3]
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerClient, startPackProcess } from "../cli/engine/analyzer";
import { planFile } from "../cli/commands/plan";
import { ACKGUARD_DIR } from "../cli/commands/preview";
import { T } from "../model/resources";
import { UNKNOWN } from "../model/wire";

const arg = (name: string, def: number) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : def;
};

interface Spec { tf: string; token: string; name: string; props: Record<string, unknown>; tfAfter: Record<string, unknown>; unknown: Record<string, unknown>; exprs: Record<string, unknown>; deps: Record<string, string> }

function specs(n: number): Spec[] {
    const out: Spec[] = [];
    const C = (v: unknown) => ({ constant_value: v });
    for (let i = 0; out.length < n; i++) {
        const cluster = `c${i}`;
        out.push({ tf: "alicloud_cs_managed_kubernetes", token: T.ManagedKubernetes, name: cluster,
            props: { clusterSpec: "ack.pro.small", vswitchIds: ["vsw-a", "vsw-b"], deletionProtection: true, slbInternetEnabled: false, auditLogConfig: { enabled: true } },
            tfAfter: { cluster_spec: "ack.pro.small", vswitch_ids: ["vsw-a", "vsw-b"], deletion_protection: true, slb_internet_enabled: false, audit_log_config: [{ enabled: true }], new_nat_gateway: true, proxy_mode: "ipvs" },
            unknown: { id: true, security_group_id: true }, exprs: { cluster_spec: C("ack.pro.small"), vswitch_ids: C(["vsw-a", "vsw-b"]), deletion_protection: C(true), slb_internet_enabled: C(false), audit_log_config: [{ enabled: C(true) }] }, deps: {} });
        for (let j = 0; j < 3 && out.length < n; j++) {
            out.push({ tf: "alicloud_cs_kubernetes_node_pool", token: T.NodePool, name: `${cluster}-pool${j}`,
                props: { clusterId: UNKNOWN, nodePoolName: `pool${j}`, instanceTypes: ["ecs.g7.xlarge"], management: { autoRepair: true, autoVulFix: true } },
                tfAfter: { node_pool_name: `pool${j}`, instance_types: ["ecs.g7.xlarge"], management: [{ auto_repair: true, auto_vul_fix: true }], password: null, data_disks: [] },
                unknown: { id: true, cluster_id: true, scaling_config: true }, exprs: { cluster_id: { references: [`alicloud_cs_managed_kubernetes.${cluster}.id`, `alicloud_cs_managed_kubernetes.${cluster}`] }, node_pool_name: C(`pool${j}`), instance_types: C(["ecs.g7.xlarge"]), management: [{ auto_repair: C(true), auto_vul_fix: C(true) }] },
                deps: { clusterId: `alicloud_cs_managed_kubernetes.${cluster}` } });
        }
        if (out.length < n) out.push({ tf: "alicloud_ram_user", token: T.RamUser, name: `u${i}`, props: { name: `u${i}` }, tfAfter: { name: `u${i}`, force: false }, unknown: { id: true }, exprs: { name: C(`u${i}`) }, deps: {} });
        if (out.length < n) out.push({ tf: "alicloud_cs_kubernetes_permissions", token: T.KubernetesPermission, name: `u${i}-grant`,
            props: { uid: UNKNOWN, permissions: [{ cluster: UNKNOWN, roleType: "namespace", roleName: "dev", namespace: "apps" }] },
            tfAfter: { permissions: [{ role_type: "namespace", role_name: "dev", namespace: "apps" }] }, unknown: { id: true, uid: true, permissions: [{ cluster: true }] },
            exprs: { uid: { references: [`alicloud_ram_user.u${i}.id`, `alicloud_ram_user.u${i}`] }, permissions: [{ cluster: { references: [`alicloud_cs_managed_kubernetes.${cluster}.id`] }, role_type: C("namespace"), role_name: C("dev"), namespace: C("apps") }] },
            deps: { uid: `alicloud_ram_user.u${i}`, permissions: `alicloud_cs_managed_kubernetes.${cluster}` } });
    }
    return out;
}

function write(n: number): { tf: string; pulumi: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-bench-tf-"));
    const s = specs(n);
    const urn = (x: Spec) => `urn:pulumi:bench::bench::${x.token}::${x.name}`;
    const byTf = new Map(s.map((x) => [`${x.tf}.${x.name}`, x]));
    const tf = {
        format_version: "1.2",
        resource_changes: s.map((x) => ({ address: `${x.tf}.${x.name}`, mode: "managed", type: x.tf, name: x.name, change: { actions: ["create"], before: null, after: x.tfAfter, after_unknown: x.unknown, before_sensitive: false, after_sensitive: {} } })),
        configuration: { root_module: { resources: s.map((x) => ({ address: `${x.tf}.${x.name}`, mode: "managed", type: x.tf, name: x.name, expressions: x.exprs })) } },
    };
    const pulumi = {
        steps: s.map((x) => ({ op: "create", urn: urn(x), newState: { urn: urn(x), custom: true, type: x.token, inputs: x.props,
            propertyDependencies: Object.fromEntries(Object.entries(x.deps).map(([k, v]) => [k, [urn(byTf.get(v)!)]])) } })),
    };
    fs.writeFileSync(path.join(dir, "tf.json"), JSON.stringify(tf));
    fs.writeFileSync(path.join(dir, "preview.json"), JSON.stringify(pulumi));
    return { tf: path.join(dir, "tf.json"), pulumi: path.join(dir, "preview.json") };
}

async function main(): Promise<void> {
    const n = arg("--resources", 5000);
    const runs = arg("--runs", 3);
    const files = write(n);
    const pack = await startPackProcess(ACKGUARD_DIR);
    const client = new AnalyzerClient(pack.address);
    const times: Record<"tf" | "pulumi", number[]> = { tf: [], pulumi: [] };
    try {
        for (let i = 0; i < runs; i++) {
            for (const k of (i % 2 === 0 ? ["tf", "pulumi"] : ["pulumi", "tf"]) as ("tf" | "pulumi")[]) {
                const t0 = process.hrtime.bigint();
                const r = await planFile(files[k], { client, tfDir: os.tmpdir() });
                times[k].push(Number(process.hrtime.bigint() - t0) / 1e6);
                if (r.totals.resources !== n) throw new Error(`${k}: judged ${r.totals.resources} resources, expected ${n}`);
            }
        }
    } finally {
        client.close();
        pack.stop();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(`${n} resources, ${runs} runs each, one pack (median ms): terraform show -json ${median(times.tf).toFixed(0)}, pulumi preview --json ${median(times.pulumi).toFixed(0)}, ratio ${(median(times.tf) / median(times.pulumi)).toFixed(2)}`);
}

main().catch((e) => {
    console.error(e);
    process.exit(1);
});
