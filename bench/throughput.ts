// Throughput benchmark: a generated program with N resources (default 2,000: clusters, node pools,
// RAM users and permissions) goes through `ackguard preview`; prints the wall time and the pack's
// share (Analyze + AnalyzeStack over gRPC) versus the program run under mocks.
// Usage: npm run bench:throughput [-- --resources 2000]
import * as fs from "fs";
import * as path from "path";
import { AnalyzerClient, startPackProcess } from "../cli/analyzer";
import { ACKGUARD_DIR, captureProgram, judge, readProject, toAnalyzerResources } from "../cli/preview";

function program(n: number): string {
    const groups = Math.max(1, Math.floor(n / 5));
    return `import * as alicloud from "@pulumi/alicloud";
for (let i = 0; i < ${groups}; i++) {
    const c = new alicloud.cs.ManagedKubernetes("ack-" + i, { clusterSpec: "ack.pro.small", vswitchIds: ["vsw-a", "vsw-b"], slbInternetEnabled: i % 2 === 0 });
    new alicloud.cs.NodePool("np-" + i, { clusterId: c.id, vswitchIds: ["vsw-a"], instanceTypes: ["ecs.g7.xlarge"], management: i % 3 ? { enable: true, autoRepair: true, autoVulFix: true } : undefined });
    const u = new alicloud.ram.User("u-" + i, { name: "user" + i });
    new alicloud.cs.KubernetesPermission("perm-" + i, { uid: u.id, permissions: [{ cluster: "c-1", roleType: "namespace", namespace: "ns", roleName: "dev" }] });
    new alicloud.kms.Key("key-" + i, { deletionProtection: "Enabled" });
}
`;
}

async function main(): Promise<void> {
    const i = process.argv.indexOf("--resources");
    const n = i > 0 ? Number(process.argv[i + 1]) : 2000;
    const dir = path.join(ACKGUARD_DIR, "examples", `.tmp-bench-${n}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: bench\nruntime: nodejs\n");
    fs.writeFileSync(path.join(dir, "index.ts"), program(n));
    const t0 = Date.now();
    const project = readProject(dir, "dev");
    const captured = await captureProgram(dir, { stack: "dev", project: project.name, organization: "o", config: {}, secretKeys: [], typeCheck: false });
    const t1 = Date.now();
    const pack = await startPackProcess(ACKGUARD_DIR);
    const t2 = Date.now();
    const client = new AnalyzerClient(pack.address);
    const report = await judge(client, toAnalyzerResources(captured.resources, project, "dev"), { program: dir, stack: "dev", project: project.name });
    const t3 = Date.now();
    client.close();
    pack.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    console.log(`${report.totals.resources} resources registered (incl. the Stack), ${report.totals.mandatory} mandatory / ${report.totals.advisory} advisory findings`);
    console.log(`program under mocks (capture): ${t1 - t0} ms`);
    console.log(`pack start-up:                 ${t2 - t1} ms`);
    console.log(`pack analysis (gRPC):          ${t3 - t2} ms`);
    console.log(`total wall time:               ${t3 - t0} ms; pack share ${(((t3 - t1) / (t3 - t0)) * 100).toFixed(0)}%`);
}

main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
});
