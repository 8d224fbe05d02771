// `ackguard preview` runs real programs the way the Pulumi Node.js language host does, loses nothing
// in its reports, stops what it started, and answers every bad input with exit 2 and one line.
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerClient } from "../cli/engine/analyzer";
import { findingsOf } from "../cli/commands/exampleOutcomes";
import { ACKGUARD_DIR, previewProgram, UsageError } from "../cli/commands/preview";
import { renderText } from "../cli/report/text";
import { CLI, CliRun, runCli, withPackProcess, writeProgram } from "./processes";

const ODD_PACK = path.join(ACKGUARD_DIR, "test", "fixtures", "odd-pack");
let client: AnalyzerClient;
const tmp: string[] = [];
withPackProcess((c) => (client = c));
afterAll(() => {
    tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

/** A program directory (see writeProgram), removed after the file's tests. */
function program(files: Record<string, string>, name = "prog"): string {
    const dir = writeProgram(files, name);
    tmp.push(dir);
    return dir;
}

const POOLS = `
new alicloud.cs.NodePool("legacy", { clusterId: "c-1", vswitchIds: ["vsw-1"], instanceTypes: ["ecs.g7.xlarge"] });
new alicloud.ram.User("dev-alice", { name: "alice" });
`;

/** Pids of processes whose working directory is `dir` (the packs a test started from a fixture). */
function processesIn(dir: string): number[] {
    const pids: number[] = [];
    for (const p of fs.readdirSync("/proc")) {
        if (!/^\d+$/.test(p)) continue;
        try {
            if (fs.readlinkSync(`/proc/${p}/cwd`) === dir && fs.readFileSync(`/proc/${p}/cmdline`, "utf8").includes("run-policy-pack")) pids.push(Number(p));
        } catch {
            /* gone or not ours */
        }
    }
    return pids;
}

/** Tests that run several programs: the machine may be shared and slow. */
const SLOW = 300000;

const oneLine = (r: CliRun) => {
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^ackguard: /);
    expect(r.stderr).not.toMatch(/\n\s+at |\[object Object\]|Maximum call stack/);
};

describe("programs are run as the Pulumi Node.js language host runs them", () => {
    test("`export = async () => {...}` is judged exactly like the same program at top level", async () => {
        const top = program({ "index.ts": `import * as alicloud from "@pulumi/alicloud";\n${POOLS}` });
        const fn = program({ "index.ts": `import * as alicloud from "@pulumi/alicloud";\nexport = async () => {\n${POOLS}\n    return { pools: 1 };\n};\n` });
        const a = await previewProgram(top, { client });
        const b = await previewProgram(fn, { client });
        expect(findingsOf(a).length).toBeGreaterThan(2);
        expect(findingsOf(b)).toEqual(findingsOf(a));
        expect(b.totals).toEqual(a.totals);
    }, SLOW);

    test("package.json main naming an exported function, and an ES module's default export, are run", async () => {
        const cjs = program({ "package.json": `{ "name": "m", "main": "src/main.js" }`, "src/main.js": `const alicloud = require("@pulumi/alicloud");\nmodule.exports = function () {\n${POOLS}\n};\n` });
        const esm = program({ "package.json": `{ "name": "e", "type": "module" }`, "index.js": `import * as alicloud from "@pulumi/alicloud";\nexport default async () => {\n${POOLS}\n};\n` });
        for (const dir of [cjs, esm]) {
            const r = await previewProgram(dir, { client });
            expect(r.resources.map((v) => v.name).sort()).toEqual(expect.arrayContaining(["dev-alice", "legacy"]));
            expect(r.totals.mandatory).toBeGreaterThan(0);
        }
    }, SLOW);

    test("a CommonJS `export default` function is not called (as in Pulumi), so nothing is registered: exit 2, never a pass", async () => {
        const dir = program({ "index.ts": `import * as alicloud from "@pulumi/alicloud";\nexport default async () => {\n${POOLS}\n};\n` });
        const r = await runCli(["preview", dir]);
        expect(r.code).toBe(2);
        oneLine(r);
        expect(r.stderr).toContain("the program registered no resources, so nothing was judged");
    }, SLOW);

    test("a directory without Pulumi.yaml, named or the current one, is exit 2 with one line", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-noproj-"));
        tmp.push(dir);
        fs.writeFileSync(path.join(dir, "index.ts"), "export {};\n");
        for (const r of [await runCli(["preview", dir]), await runCli(["preview"], dir)]) {
            expect(r.code).toBe(2);
            oneLine(r);
            expect(r.stderr).toContain("is not a Pulumi project: no Pulumi.yaml");
        }
    }, SLOW);

    test("each finding carries the file and line of its `new ...(...)`: index.ts:N in text, file/line in JSON", async () => {
        const dir = program({ "index.ts": `import * as alicloud from "@pulumi/alicloud";\n\ninterface Unused { a: string }\n\n${POOLS}` });
        const r = await previewProgram(dir, { client });
        const rel = path.relative(ACKGUARD_DIR, dir);
        const pool = r.resources.find((v) => v.name === "legacy")!;
        // The interface is erased by the compiler: lines are mapped back to the TypeScript source.
        expect(pool.location).toEqual({ file: `${rel}/index.ts`, line: 6, column: 1 });
        expect(renderText(r)).toContain(`(alicloud:cs/nodePool:NodePool: legacy)  ${rel}/index.ts:6`);
    }, SLOW);

    test("a program's own error is shown with its file:line, never the runner's frames or [object Object]", async () => {
        const threw = program({ "index.ts": `import * as alicloud from "@pulumi/alicloud";\nnew alicloud.ram.User("u", { name: "u" });\nfunction f(): never {\n    throw { code: "E42", detail: "zone lookup failed" };\n}\nf();\n` });
        const r = await runCli(["preview", threw]);
        expect(r.code).toBe(2);
        oneLine(r);
        expect(r.stderr.trim()).toBe("ackguard: the program threw: { code: 'E42', detail: 'zone lookup failed' }");
    }, SLOW);

    test("an unhandled promise rejection is a program error (exit 2), not a pass", async () => {
        const dir = program({ "index.ts": `import * as alicloud from "@pulumi/alicloud";\nnew alicloud.ram.User("u", { name: "u" });\nPromise.reject(new Error("quota lookup failed"));\n` });
        const r = await runCli(["preview", dir]);
        expect(r.code).toBe(2);
        oneLine(r);
        expect(r.stderr).toMatch(/^ackguard: the program threw: quota lookup failed \(.+index\.ts:3\)/);
    }, SLOW);

    test("10,000-deep inputs end in one line naming the property, not a stack overflow", async () => {
        const dir = program({ "index.ts": `import * as alicloud from "@pulumi/alicloud";\nlet v: any = { leaf: 1 };\nfor (let i = 0; i < 10000; i++) v = { n: v };\nnew alicloud.ram.User("u", { name: "u", comments: v });\n` });
        const r = await runCli(["preview", dir]);
        expect(r.code).toBe(2);
        oneLine(r);
        expect(r.stderr).toContain(`property "comments"`);
    }, SLOW);
});

describe("Kubernetes YAML components are expanded offline as the provider would", () => {
    const manifest = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  selector: { matchLabels: { app: api } }\n  template:\n    metadata: { labels: { app: api } }\n    spec:\n      containers:\n        - name: api\n          image: nginx:1.27\n          securityContext: { privileged: true }\n`;

    test("a yaml/v2 ConfigGroup holding a privileged Deployment is blocked; children named as the provider names them", async () => {
        const dir = program({
            "index.ts": `import * as k8s from "@pulumi/kubernetes";\nnew k8s.yaml.v2.ConfigGroup("app", { files: ["manifests/*.yaml"], objs: [{ apiVersion: "v1", kind: "Namespace", metadata: { name: "shop" } }] });\nnew k8s.yaml.v2.ConfigFile("single", { file: "manifests/api.yaml", resourcePrefix: "p" });\n`,
            "manifests/api.yaml": manifest,
        });
        const r = await previewProgram(dir, { client });
        const names = r.resources.map((v) => `${v.type} ${v.name}`);
        expect(names).toEqual(expect.arrayContaining([
            "kubernetes:apps/v1:Deployment app-shop/api",
            "kubernetes:core/v1:Namespace app-shop",
            "kubernetes:apps/v1:Deployment p-shop/api",
        ]));
        const dep = r.resources.find((v) => v.name === "app-shop/api")!;
        expect(dep.urn).toBe("urn:pulumi:dev::prog::pulumi:pulumi:Stack$kubernetes:yaml/v2:ConfigGroup$kubernetes:apps/v1:Deployment::app-shop/api");
        expect(dep.diagnostics.filter((d) => d.enforcementLevel === "mandatory").map((d) => d.policyName)).toContain("ack-workload-no-privileged");
        expect(r.totals.mandatory).toBeGreaterThan(0);
    }, SLOW);

    test("what cannot be expanded offline (Helm v4 chart, a v3 chart, unknown inputs) is listed, never silently skipped", async () => {
        const dir = program({
            "index.ts": [
                `import * as k8s from "@pulumi/kubernetes";`,
                `import * as alicloud from "@pulumi/alicloud";`,
                `const c = new alicloud.cs.ManagedKubernetes("c", { clusterSpec: "ack.pro.small", vswitchIds: ["vsw-1"] });`,
                `new k8s.helm.v4.Chart("ingress", { chart: "ingress-nginx", repositoryOpts: { repo: "https://kubernetes.github.io/ingress-nginx" } });`,
                `new k8s.helm.v3.Chart("legacy", { chart: "redis", fetchOpts: { repo: "https://charts.bitnami.com/bitnami" } });`,
                `new k8s.yaml.v2.ConfigGroup("late", { yaml: c.id.apply((id) => "apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: " + id) });`,
            ].join("\n"),
        });
        const r = await previewProgram(dir, { client });
        expect(r.notExpanded!.map((n) => `${n.type} ${n.name}`).sort()).toEqual([
            "kubernetes:helm.sh/v3:Chart legacy",
            "kubernetes:helm.sh/v4:Chart ingress",
            "kubernetes:yaml/v2:ConfigGroup late",
        ]);
        expect(r.totals.notExpanded).toBe(3);
        const text = renderText(r);
        expect(text).toContain("not expanded: 1 resource of type kubernetes:helm.sh/v4:Chart (a remote component: its provider registers its children): ingress");
        expect(text).toContain("not expanded: 1 resource of type kubernetes:yaml/v2:ConfigGroup (its inputs are unknown at preview): late");
    }, SLOW);
});

describe("data sources, stack tags and mocks", () => {
    test("alicloud data sources ACK programs read get plausible results; --mocks answers the rest; echoes are listed", async () => {
        const dir = program({
            "index.ts": [
                `import * as alicloud from "@pulumi/alicloud";`,
                `const zones = alicloud.getZonesOutput({ availableResourceCreation: "VSwitch" });`,
                `const version = alicloud.cs.getKubernetesVersionOutput({ clusterType: "ManagedKubernetes" });`,
                `const net = alicloud.vpc.getNetworksOutput({ nameRegex: "default" });`,
                `const dns = alicloud.dns.getDomainsOutput({});`,
                `const img = alicloud.ecs.getImagesOutput({ nameRegex: "^aliyun_3" });`,
                `new alicloud.vpc.Switch("sw", { vpcId: net.vpcs[0].id, zoneId: zones.zones[0].id, cidrBlock: "10.1.0.0/16" });`,
                `new alicloud.cs.ManagedKubernetes("ack", { clusterSpec: "ack.pro.small", vswitchIds: ["vsw-1"], version: version.metadatas[0].version });`,
                `new alicloud.ram.User("u", { name: dns.ids.apply((x) => "user-" + (x ?? []).length), comments: img.images[0].osName });`,
            ].join("\n"),
            "mocks.json": JSON.stringify({ "alicloud:dns/getDomains:getDomains": { ids: ["a", "b"], domains: [], names: [] } }),
        });
        const r = await previewProgram(dir, { client, mocksFile: path.join(dir, "mocks.json") });
        const sw = r.resources.find((v) => v.name === "sw")!;
        expect(sw).toBeDefined();
        expect(r.invokes!.map((i) => `${i.token} ${i.answeredBy}`)).toEqual([
            "alicloud:cs/getKubernetesVersion:getKubernetesVersion default",
            "alicloud:dns/getDomains:getDomains mocks",
            "alicloud:ecs/getImages:getImages default",
            "alicloud:index/getZones:getZones default",
            "alicloud:vpc/getNetworks:getNetworks default",
        ]);
        const r2 = await previewProgram(dir, { client });
        expect(renderText(r2)).toContain("- alicloud:dns/getDomains:getDomains (1 call)");
    }, SLOW);

    test("--stack-tag reaches ConfigureStack: a stack-tag exemption applies and is reported with its reason and count", async () => {
        const dir = program({ "index.ts": `import * as alicloud from "@pulumi/alicloud";\n${POOLS}` });
        const cfg = path.join(dir, "policy.json");
        fs.writeFileSync(cfg, JSON.stringify({ "ack-nodepool-managed": { exemptions: [{ stackTag: "env=sandbox", reason: "sandbox pools are recreated nightly" }] } }));
        const r = await runCli(["preview", dir, "--policy-pack-config", cfg, "--stack-tag", "env=sandbox", "--stack-tag", "team=platform", "--json"]);
        const report = JSON.parse(r.stdout);
        const pool = report.resources.find((v: { name: string }) => v.name === "legacy");
        expect(pool.diagnostics.map((d: { policyName: string }) => d.policyName)).not.toContain("ack-nodepool-managed");
        expect(pool.notApplicable).toContainEqual({ policyName: "ack-nodepool-managed", reason: "exempted by configuration for stacks tagged env=sandbox: sandbox pools are recreated nightly" });
        // The type-filter entries ("Policy only applies to ...") are noise and left out.
        expect(JSON.stringify(report)).not.toContain("Policy only applies to");
        expect(report.totals.notApplicable).toBeGreaterThanOrEqual(1);
        const text = await runCli(["preview", dir, "--policy-pack-config", cfg, "--stack-tag", "env=sandbox"]);
        expect(text.stdout).toContain("Not applicable (exemptions and reasons):");
        expect(text.stdout).toMatch(/- ack-nodepool-managed {2}\(alicloud:cs\/nodePool:NodePool: legacy\) {2}.+index\.ts:\d+: exempted by configuration for stacks tagged env=sandbox: sandbox pools are recreated nightly/);
        expect(text.stdout).toMatch(/Resources: \d+ analyzed; \d+ not applicable/);
        const without = await runCli(["preview", dir, "--policy-pack-config", cfg, "--json"]);
        expect(JSON.parse(without.stdout).resources.find((v: { name: string }) => v.name === "legacy").diagnostics.map((d: { policyName: string }) => d.policyName)).toContain("ack-nodepool-managed");
    }, SLOW);
});

describe("nothing hangs, nothing is left running, nothing is lost", () => {
    test("a program that never ends is stopped after --timeout: exit 2 with the cause", async () => {
        const dir = program({ "index.ts": `import * as alicloud from "@pulumi/alicloud";\nnew alicloud.ram.User("u", { name: "u" });\nsetInterval(() => {}, 1000);\n` });
        const r = await runCli(["preview", dir, "--timeout", "8"]);
        expect(r.code).toBe(2);
        oneLine(r);
        expect(r.stderr).toContain("the program did not finish within 8 s (--timeout)");
    }, SLOW);

    test("a pack that never answers is stopped after --timeout (exit 2), and no run-policy-pack is left behind", async () => {
        const dir = program({ "index.ts": `import * as alicloud from "@pulumi/alicloud";\nnew alicloud.ram.User("hang", { name: "u" });\n` });
        const r = await runCli(["preview", dir, "--pack", ODD_PACK, "--timeout", "40"]);
        expect(r.code).toBe(2);
        oneLine(r);
        expect(r.stderr).toContain("the policy pack did not answer analyze within 40 s");
        expect(processesIn(ODD_PACK)).toEqual([]);
    }, SLOW);

    test("SIGTERM (a CI cancel) while the pack is working stops the pack it started", async () => {
        const dir = program({ "index.ts": `import * as alicloud from "@pulumi/alicloud";\nnew alicloud.ram.User("hang", { name: "u" });\n` });
        const child = spawn(process.execPath, [CLI, "preview", dir, "--pack", ODD_PACK], { cwd: ACKGUARD_DIR, stdio: "ignore" });
        const deadline = Date.now() + 120000;
        while (processesIn(ODD_PACK).length === 0 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 250));
        expect(processesIn(ODD_PACK).length).toBe(1);
        await new Promise((res) => setTimeout(res, 1500));
        const exited = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
        child.kill("SIGTERM");
        expect(await exited).toBe(143);
        await new Promise((res) => setTimeout(res, 500));
        expect(processesIn(ODD_PACK)).toEqual([]);
    }, SLOW);

    test("a report of several MB piped to a slow reader arrives complete and parses", async () => {
        const users = Array.from({ length: 25 }, (_, i) => `new alicloud.ram.User("user-${i}", { name: "u${i}" });`).join("\n");
        const dir = program({ "index.ts": `import * as alicloud from "@pulumi/alicloud";\n${users}\n` });
        const child: ChildProcess = spawn(process.execPath, [CLI, "preview", dir, "--pack", ODD_PACK, "--json"], { cwd: ACKGUARD_DIR, stdio: ["ignore", "pipe", "pipe"] });
        const chunks: Buffer[] = [];
        // Read 64 KiB, then pause 20 ms: the writer sees a full pipe again and again.
        child.stdout!.on("data", (d: Buffer) => {
            chunks.push(d);
            child.stdout!.pause();
            setTimeout(() => child.stdout!.resume(), 20);
        });
        const code = await new Promise<number | null>((res) => child.on("close", (c) => res(c)));
        const text = Buffer.concat(chunks).toString("utf8");
        expect(text.length).toBeGreaterThan(5 * 1000 * 1000);
        const report = JSON.parse(text);
        expect(code).toBe(0);
        const messages: string[] = report.resources.flatMap((v: { diagnostics: { message: string }[] }) => v.diagnostics.map((d) => d.message));
        expect(messages).toHaveLength(25 * 31);
        // A message quoting a huge input is cut, and says so.
        const huge = messages.filter((m) => m.includes("quotes a huge input"));
        expect(huge).toHaveLength(25);
        for (const m of huge) {
            expect(m).toMatch(/\nuser-\d+ quotes a huge input: y+… \[message cut: \d+ more characters\]$/);
            expect(m.length).toBeLessThan(8100);
        }
    }, SLOW);
});

describe("bad input to every preview flag: exit 2 and one line", () => {
    const cases: [string, (d: string) => string[], RegExp][] = [];
    let dir = "";
    let files: Record<string, string> = {};
    beforeAll(() => {
        dir = program({ "index.ts": `import * as alicloud from "@pulumi/alicloud";\nnew alicloud.ram.User("u", { name: "u" });\n` });
        const f = (name: string, content: string | Buffer) => {
            const p = path.join(dir, name);
            fs.writeFileSync(p, content);
            return p;
        };
        files = {
            empty: f("empty.json", ""),
            binary: f("binary.json", Buffer.from([0, 159, 146, 150, 255, 0, 1])),
            truncated: f("truncated.json", `{ "ack-nodepool-managed": { "enforcementLevel": "advis`),
            array: f("array.json", "[1, 2]"),
            typo: f("typo.json", JSON.stringify({ "ack-nodepool-manged": "advisory" })),
            level: f("level.json", JSON.stringify({ all: "strict" })),
            mocksArray: f("mocks-array.json", "[]"),
            mocksBad: f("mocks-bad.json", "{ nope"),
        };
    });
    const table: [string, () => string[], RegExp][] = [
        ["unknown flag", () => ["preview", dir, "--frobnicate"], /unknown option --frobnicate/],
        ["--stack without a value", () => ["preview", dir, "--stack"], /--stack needs a value/],
        ["--stack empty", () => ["preview", dir, "--stack="], /--stack needs a non-empty value/],
        ["--stack with a path", () => ["preview", dir, "--stack", "../../x"], /--stack "\.\.\/\.\.\/x" is not a stack name/],
        ["--config without =", () => ["preview", dir, "--config", "region"], /--config expects key=value/],
        ["--stack-tag without =", () => ["preview", dir, "--stack-tag", "env"], /--stack-tag expects key=value/],
        ["--timeout not a number", () => ["preview", dir, "--timeout", "soon"], /--timeout must be a number of seconds/],
        ["--timeout zero", () => ["preview", dir, "--timeout", "0"], /--timeout must be a number of seconds/],
        ["--pack missing", () => ["preview", dir, "--pack", "/nonexistent/pack"], /^ackguard: --pack \/nonexistent\/pack: no such directory$/],
        ["--pack a file", () => ["preview", dir, "--pack", files.empty], /is a file, not a policy pack directory/],
        ["--pack not a pack", () => ["preview", dir, "--pack", os.tmpdir()], /is not a policy pack: no PulumiPolicy.yaml/],
        ["--pack that throws at load", () => ["preview", dir, "--pack", "test/fixtures/throwing-pack"], /while loading: Error: throwing-pack: ACME_POLICY_URL is not set \(.+index\.js:3\)$/],
        ["--policy-pack-config missing", () => ["preview", dir, "--policy-pack-config", "/nonexistent.json"], /cannot read policy pack config \/nonexistent.json: no such file or directory/],
        ["--policy-pack-config a directory", () => ["preview", dir, "--policy-pack-config", os.tmpdir()], /it is a directory, not a file/],
        ["--policy-pack-config empty", () => ["preview", dir, "--policy-pack-config", files.empty], /is empty/],
        ["--policy-pack-config binary", () => ["preview", dir, "--policy-pack-config", files.binary], /is not valid JSON/],
        ["--policy-pack-config truncated", () => ["preview", dir, "--policy-pack-config", files.truncated], /is not valid JSON/],
        ["--policy-pack-config wrong shape", () => ["preview", dir, "--policy-pack-config", files.array], /must be a JSON object mapping policy names/],
        ["--policy-pack-config misspelt policy", () => ["preview", dir, "--policy-pack-config", files.typo], /unknown policy "ack-nodepool-manged" \(did you mean "ack-nodepool-managed"\?\)$/],
        ["--policy-pack-config bad level", () => ["preview", dir, "--policy-pack-config", files.level], /"all": enforcement level "strict" is not one of/],
        ["--mocks missing", () => ["preview", dir, "--mocks", "/nonexistent-mocks.json"], /--mocks \/nonexistent-mocks.json: no such file/],
        ["--mocks a directory", () => ["preview", dir, "--mocks", os.tmpdir()], /is a directory/],
        ["--mocks not an object", () => ["preview", dir, "--mocks", files.mocksArray], /must be a JSON object keyed by invoke token/],
        ["--mocks invalid JSON", () => ["preview", dir, "--mocks", files.mocksBad], /is not valid JSON/],
        ["program dir missing", () => ["preview", "/nonexistent/program"], /program directory \/nonexistent\/program does not exist/],
        ["program dir is a file", () => ["preview", files.empty], /is a file: give the program's directory/],
        ["two program dirs", () => ["preview", dir, dir], /preview takes one program directory/],
    ];
    void cases;
    for (const [what, args, message] of table) {
        test(what, async () => {
            const r = await runCli(args());
            expect(r.code).toBe(2);
            const first = r.stderr.split("\n")[0];
            expect(first).toMatch(/^ackguard: /);
            expect(first).toMatch(message);
            expect(r.stderr).not.toMatch(/\n\s+at |\[object Object\]|\x1b\[/);
        }, SLOW);
    }

    test("a Pulumi.yaml that is not YAML, or has no name", async () => {
        const bad = program({ "Pulumi.yaml": "name: [unclosed\n" });
        const r = await runCli(["preview", bad]);
        expect(r.code).toBe(2);
        oneLine(r);
        expect(r.stderr).toMatch(/Pulumi.yaml is not valid YAML/);
        const noName = program({ "Pulumi.yaml": "runtime: nodejs\n" });
        const r2 = await runCli(["preview", noName]);
        expect(r2.code).toBe(2);
        expect(r2.stderr).toMatch(/has no project name/);
    }, SLOW);

    test("subcommand --help exits 0 and prints its usage", async () => {
        for (const cmd of ["preview", "plan", "demo"]) {
            const r = await runCli([cmd, "--help"]);
            expect(r.code).toBe(0);
            expect(r.stdout).toMatch(new RegExp(`usage: ackguard ${cmd}`));
        }
    }, SLOW);

    test("UsageError is what previewProgram throws for a user's mistake", async () => {
        await expect(previewProgram("/nonexistent/x", { client })).rejects.toBeInstanceOf(UsageError);
    }, SLOW);
});
