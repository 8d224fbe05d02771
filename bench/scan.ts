// `ackguard scan` against `ackguard plan` on the same N resources: a generated Terraform configuration
// (clusters, node pools, RAM users and their grants, with references and unknown ids, split over
// files of 100 resources) and, beside it, the plan JSON of the same resources. The plan JSON is the
// document scan itself builds from the configuration, so both paths judge identical resources (a
// real plan is larger: it lists every attribute, which only makes `plan` slower). One running pack,
// the two commands alternating; the scan time includes parsing and evaluating the .tf files.
//   node dist/bench/scan.js [--resources 1000] [--runs 5]
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerClient, startPackProcess } from "../cli/engine/analyzer";
import { scanConfiguration } from "../cli/frontends/scan";
import { scanDirectory } from "../cli/commands/scan";
import { planFile } from "../cli/commands/plan";
import { ACKGUARD_DIR } from "../cli/engine/paths";

const arg = (name: string, def: number) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : def;
};

/** N resources as HCL blocks: per group a cluster, three pools, a user and the user's grant. */
function blocks(n: number): string[] {
    const out: string[] = [];
    for (let i = 0; out.length < n; i++) {
        const c = `c${i}`;
        out.push(`resource "alicloud_cs_managed_kubernetes" "${c}" {
  cluster_spec         = "ack.pro.small"
  vswitch_ids          = var.vswitch_ids
  deletion_protection  = true
  slb_internet_enabled = false
  audit_log_config {
    enabled = true
  }
  dynamic "addons" {
    for_each = local.addons
    content {
      name = addons.value
    }
  }
}
`);
        for (let j = 0; j < 3 && out.length < n; j++) {
            out.push(`resource "alicloud_cs_kubernetes_node_pool" "${c}-pool${j}" {
  cluster_id     = alicloud_cs_managed_kubernetes.${c}.id
  node_pool_name = "pool${j}"
  instance_types = ["ecs.g7.xlarge"]
  tags           = merge(local.tags, { pool = "pool${j}" })
  management {
    auto_repair  = true
    auto_vul_fix = true
  }
}
`);
        }
        if (out.length < n) out.push(`resource "alicloud_ram_user" "u${i}" {\n  name = format("dev-%03d", ${i})\n}\n`);
        if (out.length < n) {
            out.push(`resource "alicloud_cs_kubernetes_permissions" "u${i}-grant" {
  uid = alicloud_ram_user.u${i}.id
  permissions {
    cluster   = alicloud_cs_managed_kubernetes.${c}.id
    role_type = "namespace"
    role_name = "dev"
    namespace = "apps"
  }
}
`);
        }
    }
    return out;
}

async function write(n: number): Promise<string> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-bench-scan-"));
    fs.writeFileSync(path.join(dir, "variables.tf"), `variable "vswitch_ids" {\n  type    = list(string)\n  default = ["vsw-a", "vsw-b"]\n}\n\nlocals {\n  tags   = { team = "platform" }\n  addons = ["terway-eniip", "gatekeeper"]\n}\n`);
    const bs = blocks(n);
    for (let f = 0; f * 100 < bs.length; f++) fs.writeFileSync(path.join(dir, `main${String(f).padStart(3, "0")}.tf`), bs.slice(f * 100, f * 100 + 100).join("\n"));
    const scan = await scanConfiguration(dir);
    fs.writeFileSync(path.join(dir, "plan.json"), JSON.stringify(scan.plan));
    return dir;
}

async function main(): Promise<void> {
    const n = arg("--resources", 1000);
    const runs = arg("--runs", 5);
    const dir = await write(n);
    const pack = await startPackProcess(ACKGUARD_DIR);
    const client = new AnalyzerClient(pack.address);
    const times: Record<"scan" | "plan", number[]> = { scan: [], plan: [] };
    try {
        // One warm-up of each: the parser's WebAssembly and the pack's first calls are paid once per process.
        await scanDirectory(dir, { client });
        await planFile(path.join(dir, "plan.json"), { client });
        for (let i = 0; i < runs; i++) {
            for (const k of (i % 2 === 0 ? ["scan", "plan"] : ["plan", "scan"]) as ("scan" | "plan")[]) {
                const t0 = process.hrtime.bigint();
                const r = k === "scan" ? await scanDirectory(dir, { client }) : await planFile(path.join(dir, "plan.json"), { client });
                times[k].push(Number(process.hrtime.bigint() - t0) / 1e6);
                if (r.totals.resources !== n) throw new Error(`${k}: judged ${r.totals.resources} resources, expected ${n}`);
            }
        }
        const t0 = process.hrtime.bigint();
        await scanConfiguration(dir);
        const frontEnd = Number(process.hrtime.bigint() - t0) / 1e6;
        const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        console.log(`${n} resources, ${runs} runs each, one pack (median ms): scan ${median(times.scan).toFixed(0)}, plan ${median(times.plan).toFixed(0)}, ratio ${(median(times.scan) / median(times.plan)).toFixed(2)}; reading and evaluating the .tf files alone ${frontEnd.toFixed(0)} ms`);
    } finally {
        client.close();
        pack.stop();
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

main().catch((e) => {
    console.error(e);
    process.exit(1);
});
