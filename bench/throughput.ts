// Throughput benchmark: a generated program with N resources (default 2,000: clusters, node pools,
// RAM users and permissions) goes through `ackguard preview`; prints the wall time and the pack's
// share (Analyze + AnalyzeStack over gRPC) versus the program run under mocks, and the wall time and
// peak RSS of each phase: program run, pack, report.
// Usage: npm run bench:throughput [-- --resources 2000]
import * as fs from "fs";
import * as path from "path";
import { AnalyzerClient, startPackProcess } from "../cli/engine/analyzer";
import { reportJson } from "../cli/report/json";
import { judge } from "../cli/engine/judge";
import { ACKGUARD_DIR } from "../cli/engine/paths";
import { readProject } from "../cli/frontends/program/project";
import { captureProgram, programResources } from "../cli/frontends/program/run";
import { renderText } from "../cli/report/text";
import { childPids, vmHWM } from "./proc";

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

/** Samples the peak RSS of this process's children (the program run, the pack) every 100 ms: a child's VmHWM is gone once it exits. */
function watchChildren(): { peak: () => number; stop: () => void } {
    let peak = 0;
    const sample = () => {
        for (const pid of childPids()) peak = Math.max(peak, vmHWM(pid));
    };
    const timer = setInterval(sample, 100);
    return { peak: () => (sample(), peak), stop: () => clearInterval(timer) };
}

async function main(): Promise<void> {
    const i = process.argv.indexOf("--resources");
    const n = i > 0 ? Number(process.argv[i + 1]) : 2000;
    const dir = path.join(ACKGUARD_DIR, "examples", `.tmp-bench-${n}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: bench\nruntime: nodejs\n");
    fs.writeFileSync(path.join(dir, "index.ts"), program(n));
    // Its own package.json, as every Pulumi project has (else the runtime's upward search finds ACKGuard's).
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bench", version: "0.0.0" }));
    const out = path.join(dir, "report.json");
    const t0 = Date.now();
    const project = readProject(dir, "dev");
    let watch = watchChildren();
    const captured = await captureProgram(dir, { stack: "dev", project: project.name, organization: "o", config: {}, secretKeys: [], typeCheck: false });
    const captureRss = watch.peak();
    watch.stop();
    const t1 = Date.now();
    const pack = await startPackProcess(ACKGUARD_DIR);
    const t2 = Date.now();
    const client = new AnalyzerClient(pack.address);
    const { report } = await judge(client, programResources(captured.resources, project, "dev"), { program: dir, stack: "dev", project: project.name });
    const t3 = Date.now();
    const packRss = vmHWM(pack.child.pid!);
    client.close();
    pack.stop();
    // The report as `ackguard preview --format json` writes it, and the text form.
    const before = vmHWM("self");
    fs.writeFileSync(out, reportJson(report));
    const textBytes = renderText(report).length;
    const t4 = Date.now();
    const selfRss = vmHWM("self");
    const jsonMb = fs.statSync(out).size / 1e6;
    fs.rmSync(dir, { recursive: true, force: true });
    const mb = (x: number) => `${x.toFixed(0)} MB`;
    console.log(`node ${process.version}; ${report.totals.resources} resources registered (incl. the Stack), ${report.totals.mandatory} mandatory / ${report.totals.advisory} advisory findings`);
    console.log("phase                          wall       peak RSS");
    console.log(`program under mocks (capture): ${`${t1 - t0} ms`.padEnd(10)} ${mb(captureRss)} (program process; ${((captureRss * 1024) / report.totals.resources).toFixed(0)} KB per resource)`);
    console.log(`pack start-up:                 ${`${t2 - t1} ms`.padEnd(10)}`);
    console.log(`pack analysis (gRPC):          ${`${t3 - t2} ms`.padEnd(10)} ${mb(packRss)} (pack process)`);
    console.log(`report (JSON ${jsonMb.toFixed(1)} MB, text ${(textBytes / 1e6).toFixed(1)} MB): ${`${t4 - t3} ms`.padEnd(10)} ${mb(selfRss)} (ackguard process, whole run; ${mb(before)} before the report)`);
    console.log(`total wall time:               ${t4 - t0} ms; pack share ${(((t3 - t1) / (t4 - t0)) * 100).toFixed(0)}%`);
}

main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
});
