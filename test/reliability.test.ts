// Bad inputs, signals and secrets (issue 22, "Reliability"): each test reproduces one report and
// failed before its fix.
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerClient, AnalyzerResource } from "../cli/engine/analyzer";
import { findingsOf } from "../cli/commands/exampleOutcomes";
import { planFile } from "../cli/commands/plan";
import { ACKGUARD_DIR } from "../cli/engine/paths";
import { captureProgram } from "../cli/frontends/program/run";
import { readPlanFile } from "../cli/frontends";
import { MAX_MODULE_CALLS, scanLocations } from "../cli/frontends/terraform/locations";
import type { Captured } from "../cli/frontends/program/capture";
import { isSecret, UNKNOWN } from "../model/wire";
import { CLI, CliRun, runCli, withPackProcess, writeProgram } from "./processes";
import { resolvePolicyConfig } from "../cli/engine/policyConfig";
import { MESSAGE_MAX } from "../model/policy";
import { T } from "../model/resources";
import type { Report, ResourceVerdict } from "../cli/engine/report";
import { renderText } from "../cli/report/text";
import { reportJson } from "../cli/report/json";
import { renderSarif } from "../cli/report/sarif";
import { renderGitlab } from "../cli/report/gitlab";
import { renderMarkdown } from "../cli/report/markdown";
import { renderJunit } from "../cli/report/junit";

let client: AnalyzerClient;
withPackProcess((c) => (client = c));

const tmp: string[] = [];
afterAll(() => {
    tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

/** A temporary directory, removed after the file's tests. */
function tmpDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-rel-"));
    tmp.push(dir);
    return dir;
}

/** A program directory (see writeProgram), removed after the file's tests. */
function program(files: Record<string, string>): string {
    const dir = writeProgram(files);
    tmp.push(dir);
    return dir;
}

/** The registrations of a program, as the preview sends them to the pack. */
async function captured(dir: string): Promise<Captured[]> {
    const r = await captureProgram(dir, { stack: "dev", project: "prog", organization: "organization", config: {}, secretKeys: [], typeCheck: false });
    return r.resources;
}

/** Exit 2 with one line on stderr, no stack trace. */
function exit2(r: CliRun): void {
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^ackguard: /);
    expect(r.stderr).not.toMatch(/\n\s+at |TypeError|\(no message\)|Maximum call stack|heap out of memory/);
}

const SLOW = 300000;

/** A 420-byte ConfigMap whose aliases expand to 9^9 strings (a "billion laughs"). */
function aliasBomb(): string {
    const lines = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: bomb", "data:", `  a: &a [${Array(9).fill('"lol"').join(",")}]`];
    const names = "abcdefghi";
    for (let i = 1; i < names.length; i++) lines.push(`  ${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(",")}]`);
    return lines.join("\n") + "\n";
}

describe("YAML component expansion", () => {
    const deployment = (image: string) =>
        `apiVersion: apps/v1\\nkind: Deployment\\nmetadata:\\n  name: api\\nspec:\\n  template:\\n    spec:\\n      containers:\\n      - name: c\\n        image: ${image}\\n`;

    test("a secret `yaml` text, secret `objs` fields and a secret manifest URL stay secret", async () => {
        const dir = program({
            "index.ts": [
                `import * as pulumi from "@pulumi/pulumi";`,
                `import * as k8s from "@pulumi/kubernetes";`,
                `new k8s.yaml.v2.ConfigGroup("g", { yaml: pulumi.secret("${deployment("registry.example/yamlsecret:1.0")}") });`,
                `new k8s.yaml.v2.ConfigGroup("o", { objs: [{ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "b" }, spec: { template: { spec: { containers: [{ name: "c", image: pulumi.secret("registry.example/objsecret:2.0") }] } } } }] });`,
                `new k8s.yaml.v2.ConfigGroup("u", { files: [pulumi.secret("https://raw.example/x.yaml?token=tok-sekret-123")] as any });`,
            ].join("\n"),
        });
        const rs = await captured(dir);
        const g = rs.find((r) => r.name === "g-api")!;
        expect(g.type).toBe("kubernetes:apps/v1:Deployment");
        // Every property of an object parsed from a secret text is secret (the type token is public anyway).
        expect(Object.keys(g.props).filter((k) => !isSecret(g.props[k])).sort()).toEqual(["apiVersion", "kind"]);
        const o = rs.find((r) => r.name === "o-b")!;
        const container = (o.props as any).spec.template.spec.containers[0];
        expect(container.name).toBe("c");
        expect(isSecret(container.image)).toBe(true);
        expect(container.image.value).toBe("registry.example/objsecret:2.0");

        const r = await runCli(["preview", dir]);
        expect(r.stdout).toContain("manifest at a secret URL is fetched over the network by the provider");
        expect(r.stdout + r.stderr).not.toContain("tok-sekret-123");
    }, SLOW);

    test("an alias bomb is refused as the provider's YAML parser refuses it: exit 2, one line, in seconds", async () => {
        const dir = program({
            "index.ts": `import * as k8s from "@pulumi/kubernetes";\nnew k8s.yaml.v2.ConfigFile("b", { file: "bomb.yaml" });\n`,
            "bomb.yaml": aliasBomb(),
        });
        const v1 = program({
            "index.ts": `import * as k8s from "@pulumi/kubernetes";\nnew k8s.yaml.ConfigFile("b", { file: "bomb.yaml" });\n`,
            "bomb.yaml": aliasBomb(),
        });
        const started = Date.now();
        for (const d of [dir, v1]) {
            const r = await runCli(["preview", d]);
            exit2(r);
            expect(r.stderr).toContain("yaml: document contains excessive aliasing");
        }
        expect(Date.now() - started).toBeLessThan(60000);
    }, SLOW);

    test("a few aliases, as real manifests use them, are expanded", async () => {
        const dir = program({
            "index.ts": `import * as k8s from "@pulumi/kubernetes";\nnew k8s.yaml.v2.ConfigFile("f", { file: "m.yaml" });\n`,
            "m.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: &n shared\n  labels: &l { app: *n, tier: web }\ndata:\n  a: *n\n  b: *n\n",
        });
        const rs = await captured(dir);
        expect((rs.find((r) => r.name === "f-shared")!.props as any).data).toEqual({ a: "shared", b: "shared" });
    }, SLOW);

    test("two objects with one name are refused as the engine refuses a duplicate URN", async () => {
        const cm = "apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: a\\n";
        const dir = program({ "index.ts": `import * as k8s from "@pulumi/kubernetes";\nnew k8s.yaml.v2.ConfigGroup("g", { yaml: "${cm}---\\n${cm}" });\n` });
        const r = await runCli(["preview", dir]);
        exit2(r);
        expect(r.stderr).toContain("Duplicate resource URN 'urn:pulumi:dev::prog::pulumi:pulumi:Stack$kubernetes:yaml/v2:ConfigGroup$kubernetes:core/v1:ConfigMap::g-a'; try giving it a unique name");
    }, SLOW);

    test("a List with a null item, and malformed YAML read by the v1 SDK, give the cause", async () => {
        const list = program({ "index.ts": `import * as k8s from "@pulumi/kubernetes";\nnew k8s.yaml.v2.ConfigGroup("g", { yaml: "apiVersion: v1\\nkind: List\\nitems:\\n- null\\n" });\n` });
        const r = await runCli(["preview", list]);
        exit2(r);
        expect(r.stderr).toContain(`kubernetes:yaml/v2:ConfigGroup "g": v1/List items[0] is not an object (null)`);
        const bad = program({ "index.ts": `import * as k8s from "@pulumi/kubernetes";\nnew k8s.yaml.ConfigGroup("bad", { yaml: "apiVersion: v1\\nkind: [unclosed\\n" });\n` });
        const b = await runCli(["preview", bad]);
        exit2(b);
        expect(b.stderr).toContain("unexpected end of the stream within a flow collection (3:1)");
    }, SLOW);
});

describe("Terraform plan reader", () => {
    const NODE_POOLS = path.join(ACKGUARD_DIR, "test", "fixtures", "terraform", "node-pools");
    const POOL = "alicloud_cs_kubernetes_node_pool.legacy-workers";

    /** The node-pools plan changed by `edit` (its first change is POOL), in a new directory with `tf` as main.tf if given. */
    function plan(edit: (change: any, plan: any) => void, tf?: string, text?: (json: string) => string): string {
        const doc = JSON.parse(fs.readFileSync(path.join(NODE_POOLS, "plan.json"), "utf8"));
        const change = doc.resource_changes.find((c: any) => c.address === POOL);
        edit(change.change, doc);
        const dir = tmpDir();
        const json = JSON.stringify(doc);
        fs.writeFileSync(path.join(dir, "plan.json"), text ? text(json) : json);
        if (tf !== undefined) fs.writeFileSync(path.join(dir, "main.tf"), tf);
        return path.join(dir, "plan.json");
    }
    const poolOf = (file: string): AnalyzerResource => readPlanFile(file, { tfDir: path.dirname(file) }).resources.find((r) => r.name === POOL)!;

    test("a `dynamic` block whose for_each is unknown is unknown to the policies, not absent", async () => {
        // As Terraform plans it: the block is missing from `after`, `after_unknown.management` is true
        // and the configuration lists no expression for it.
        const source = fs.readFileSync(path.join(NODE_POOLS, "main.tf"), "utf8").replace(
            "  install_cloud_monitor = true\n",
            `  install_cloud_monitor = true\n\n  dynamic "management" {\n    for_each = var.managed ? [1] : []\n    content {\n      auto_repair  = true\n      auto_vul_fix = true\n    }\n  }\n`,
        );
        expect(source).toContain(`dynamic "management"`);
        const file = plan((c) => {
            delete c.after.management;
            c.after_unknown.management = true;
        }, source);
        expect(poolOf(file).props.management).toBe(UNKNOWN);
        const r = await planFile(file, { client, tfDir: path.dirname(file) });
        expect(findingsOf(r).filter((f) => f.resource === POOL && f.level === "mandatory").map((f) => f.policy)).toEqual([]);

        // The same plan beside a source where the pool writes no management block: the provider
        // computes it, Pulumi would not send it, and it is judged as not written (unchanged).
        const computed = plan((c) => {
            delete c.after.management;
            c.after_unknown.management = true;
        }, fs.readFileSync(path.join(NODE_POOLS, "main.tf"), "utf8"));
        expect(poolOf(computed).props.management).toBeUndefined();
        const rc = await planFile(computed, { client, tfDir: path.dirname(computed) });
        expect(findingsOf(rc).filter((f) => f.resource === POOL && f.policy === "ack-nodepool-managed").map((f) => f.level)).toEqual(["mandatory"]);
        expect(rc.notes.join("\n")).not.toContain("--tf-dir");
        // Without the source the two cannot be told apart: judged as not written, and a note says so.
        const bare = plan((c) => {
            delete c.after.management;
            c.after_unknown.management = true;
        });
        const rb = await planFile(bare, { client, tfDir: tmpDir() });
        expect(rb.notes.join("\n")).toContain("judged as not written because their .tf source was not found (--tf-dir): ");
        expect(rb.notes.join("\n")).toContain(`${POOL}.management`);
    }, SLOW);

    test("sensitivity on a whole one-item block or a whole resource makes its values secret, never printed", async () => {
        const block = plan((c) => {
            c.after_sensitive.instance_metadata_options = [true];
        });
        const options = poolOf(block).props.instanceMetadataOptions as Record<string, unknown>;
        expect(isSecret(options.httpTokens)).toBe(true);

        const whole = plan((c) => {
            c.after_sensitive = true;
        });
        const props = poolOf(whole).props;
        expect(Object.keys(props).filter((k) => !isSecret(props[k]))).toEqual([]);
        const r = await runCli(["plan", whole]);
        expect(r.code).toBe(1);
        // The cluster id is quoted by ack-nodepool-* messages when it is not secret.
        expect(r.stdout).not.toContain("c8a1f0e2d4b6a4c3e9f1d2b3a4c5d6e7f");
    }, SLOW);

    test("10,000-level nesting in tags, after_sensitive or after_unknown: one line, exit 2", async () => {
        const deep = "{\"a\":".repeat(10000) + "1" + "}".repeat(10000);
        const files = [
            plan((c) => (c.after.tags = "__DEEP__"), undefined, (j) => j.replace(`"__DEEP__"`, deep)),
            plan((c) => (c.after_sensitive.tags = "__DEEP__"), undefined, (j) => j.replace(`"__DEEP__"`, deep)),
            plan((c) => (c.after_sensitive.labels = "__DEEP__"), undefined, (j) => j.replace(`"__DEEP__"`, "[".repeat(10000) + "]".repeat(10000))),
            plan((c) => (c.before_sensitive = "__DEEP__"), undefined, (j) => j.replace(`"__DEEP__"`, deep)),
        ];
        for (const f of files) {
            const r = await runCli(["plan", f]);
            exit2(r);
            expect(r.stderr).toMatch(/resource_changes\[\d+\]\.change\.(after|after_sensitive|before_sensitive)\S* nests more than 1000 levels deep/);
        }
        // A Pulumi preview JSON as deep: the same.
        const dir = tmpDir();
        fs.writeFileSync(path.join(dir, "preview.json"), `{"steps":[{"op":"create","urn":"urn:pulumi:dev::p::alicloud:cs/nodePool:NodePool::p","newState":{"type":"alicloud:cs/nodePool:NodePool","inputs":{"tags":${deep}}}}]}`);
        const p = await runCli(["plan", path.join(dir, "preview.json")]);
        exit2(p);
    }, SLOW);

    test("a resource address with trailing text is malformed", async () => {
        for (const bad of [`${POOL} trailing`, `${POOL}[0]extra`, `${POOL}.attr`]) {
            const file = plan((_c, doc) => (doc.resource_changes.find((c: any) => c.address === POOL).address = bad));
            const r = await runCli(["plan", file]);
            exit2(r);
            expect(r.stderr).toContain("is not a resource address");
        }
    }, SLOW);
});

describe("the .tf scan for file:line", () => {
    test("a module that calls itself (`source = \"./\"`) three times is read once, in well under a second", () => {
        const dir = tmpDir();
        fs.writeFileSync(path.join(dir, "main.tf"), ["a", "b", "c"].map((m) => `module "${m}" {\n  source = "./"\n}\n`).join("") + `resource "alicloud_ram_user" "u" {\n  name = "u"\n}\n`);
        const started = Date.now();
        const found = scanLocations(dir, dir);
        expect(Date.now() - started).toBeLessThan(1000);
        expect([...found.keys()]).toEqual(["alicloud_ram_user.u"]);
        expect(found.get("alicloud_ram_user.u")!.location).toEqual({ file: "main.tf", line: 10 });
    });

    test("16 modules each calling the next three times (3^16 paths, no cycle) stop after a bounded number of calls", () => {
        const dir = tmpDir();
        for (let i = 0; i < 16; i++) {
            const d = path.join(dir, `m${i}`);
            fs.mkdirSync(d);
            const calls = i < 15 ? ["x", "y", "z"].map((m) => `module "${m}" {\n  source = "../m${i + 1}"\n}\n`).join("") : "";
            fs.writeFileSync(path.join(d, "main.tf"), calls + `resource "alicloud_ram_user" "u${i}" {\n  name = "u"\n}\n`);
        }
        fs.writeFileSync(path.join(dir, "main.tf"), `module "top" {\n  source = "./m0"\n}\n`);
        const started = Date.now();
        const found = scanLocations(dir, dir);
        expect(Date.now() - started).toBeLessThan(10000);
        expect(found.size).toBeLessThanOrEqual(MAX_MODULE_CALLS);
        expect(found.get("module.top.alicloud_ram_user.u0")!.location).toEqual({ file: "m0/main.tf", line: 10 });
    });
});

describe("children of a killed ackguard", () => {
    /** Running (not gone, not a zombie waiting for its new parent to reap it). */
    const alive = (pid: number) => {
        try {
            return !/^\d+ \(.*\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
        } catch {
            return false;
        }
    };
    /** Pids of the processes whose parent is `pid` and whose command line contains `text`. */
    const childrenOf = (pid: number, text: string) =>
        fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p)).map(Number).filter((p) => {
            try {
                const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
                return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid && fs.readFileSync(`/proc/${p}/cmdline`, "utf8").includes(text);
            } catch {
                return false;
            }
        });
    const until = async (cond: () => boolean, ms: number) => {
        for (const end = Date.now() + ms; Date.now() < end && !cond(); ) await new Promise((r) => setTimeout(r, 100));
        return cond();
    };

    test("the pack server (detached) exits when the process that started it is SIGKILLed", async () => {
        const analyzer = path.join(__dirname, "..", "cli", "engine", "analyzer.js");
        const starter = spawn(process.execPath, ["-e", `require(${JSON.stringify(analyzer)}).startPackProcess(${JSON.stringify(ACKGUARD_DIR)}).then((p) => { console.log(p.child.pid); setInterval(() => {}, 1000); })`], { stdio: ["ignore", "pipe", "inherit"] });
        const pid = await new Promise<number>((resolve) => starter.stdout!.once("data", (d) => resolve(Number(String(d).trim()))));
        expect(alive(pid)).toBe(true);
        starter.kill("SIGKILL");
        expect(await until(() => !alive(pid), 15000)).toBe(true);
    }, SLOW);

    test("the program run exits when `ackguard preview` is SIGKILLed", async () => {
        const dir = program({ "index.ts": `import * as alicloud from "@pulumi/alicloud";\nnew alicloud.ram.User("u", { name: "u" });\nsetTimeout(() => {}, 120000);\n` });
        const cli = spawn(process.execPath, [CLI, "preview", dir], { cwd: ACKGUARD_DIR, stdio: "ignore" });
        let runs: number[] = [];
        expect(await until(() => (runs = childrenOf(cli.pid!, "capture.js")).length === 1, 60000)).toBe(true);
        cli.kill("SIGKILL");
        expect(await until(() => !alive(runs[0]), 15000)).toBe(true);
    }, SLOW);
});

describe("--policy-pack-config", () => {
    test("a property no policy declares is refused with the one it resembles: exit 2", async () => {
        const dir = tmpDir();
        fs.writeFileSync(path.join(dir, "config.json"), JSON.stringify({ "ack-nodepool-auto-vul-fix": { requiredVulLevel: ["asap"] } }));
        const plan = path.join(ACKGUARD_DIR, "test", "fixtures", "terraform", "node-pools", "plan.json");
        const r = await runCli(["plan", plan, "--policy-pack-config", path.join(dir, "config.json")]);
        exit2(r);
        expect(r.stderr).toContain(`"ack-nodepool-auto-vul-fix": unknown property "requiredVulLevel" (did you mean "requiredVulLevels"?)`);
    }, SLOW);
});

describe("messages quoting long lists", () => {
    test("a 5,000-entry permission list gives messages of at most a few thousand characters", async () => {
        await client.configureStack({ stack: "dev", project: "p", organization: "o", dryRun: true, tags: {} });
        await client.configure(resolvePolicyConfig(await client.getAnalyzerInfo(), {}));
        const permissions = Array.from({ length: 5000 }, (_, i) => ({ cluster: `c-${i}`, roleType: "cluster", roleName: "admin", isRamRole: false }));
        const urn = "urn:pulumi:dev::p::alicloud:cs/kubernetesPermission:KubernetesPermission::grants";
        const r = await client.analyze({ type: T.KubernetesPermission, name: "grants", urn, props: { uid: "200800000000000001", permissions }, options: {} });
        const policies = r.diagnostics.map((d) => d.policyName).sort();
        expect(policies).toEqual(expect.arrayContaining(["ack-permission-no-cluster-admin-for-users", "ack-permission-prefer-roles"]));
        for (const d of r.diagnostics) {
            expect(d.message.length).toBeLessThanOrEqual(MESSAGE_MAX);
        }
        expect(r.diagnostics.find((d) => d.policyName === "ack-permission-prefer-roles")!.message).toContain("… and 4990 more granted to a RAM user");
    }, SLOW);
});

describe("secrets shaped like names in `ackguard preview` reports", () => {
    // Policies get secrets as plain values and quote name-shaped ones (5 of these 6 were printed before
    // preview redacted what the program sent as secret, cli/report/redact.ts).
    test("no report format prints a pulumi.secret() value, whatever its shape", async () => {
        const markers = ["ZqSpec001Xv", "ZqVers001Xv", "ZqSecGrp1Xv", "ZqRunt001Xv", "ZqImage01Xv", "ZqMfaReq1Xv"];
        const dir = program({
            "index.ts": [
                `import * as pulumi from "@pulumi/pulumi";`,
                `import * as alicloud from "@pulumi/alicloud";`,
                `new alicloud.cs.ManagedKubernetes("c", { clusterSpec: pulumi.secret("${markers[0]}"), version: pulumi.secret("${markers[1]}"), vswitchIds: ["vsw-1"], isEnterpriseSecurityGroup: pulumi.secret("${markers[2]}") as any });`,
                `new alicloud.cs.NodePool("p", { clusterId: "c-1", vswitchIds: ["vsw-1"], instanceTypes: ["ecs.g7.xlarge"], runtimeName: pulumi.secret("${markers[3]}"), imageId: pulumi.secret("${markers[4]}") });`,
                `new alicloud.ram.LoginProfile("lp", { userName: "alice", password: pulumi.secret("x-Pa55word-1"), mfaBindRequired: pulumi.secret("${markers[5]}") as any });`,
            ].join("\n"),
        });
        for (const format of ["text", "json", "sarif", "markdown", "gitlab", "junit"]) {
            const r = await runCli(["preview", dir, "--format", format]);
            expect(r.code).toBe(1);
            expect(markers.filter((m) => (r.stdout + r.stderr).includes(m))).toEqual([]);
        }
    }, SLOW);
});

describe("big reports", () => {
    // 150,000 findings (~600,000 report lines): more than a call takes arguments, so no renderer may
    // spread its lines or findings into one call (`out.push(...lines)` threw "Maximum call stack size
    // exceeded" on the text report of a 10,000-resource program).
    test("every format renders a report of 150,000 findings", () => {
        const pack = { name: "ackguard", version: "0.1.0" };
        const resources: ResourceVerdict[] = Array.from({ length: 50000 }, (_, i) => {
            const urn = `urn:pulumi:dev::p::alicloud:cs/nodePool:NodePool::pool-${i}`;
            return {
                urn, type: T.NodePool, name: `pool-${i}`, location: { file: "index.ts", line: i + 1 },
                diagnostics: ["ack-nodepool-auto-repair", "ack-nodepool-auto-vul-fix", "ack-nodepool-system-disk-encrypted"].map((policyName) => ({
                    policyName, policyPackName: pack.name, policyPackVersion: pack.version, description: "d", message: `${policyName}: not set`,
                    enforcementLevel: "mandatory" as const, severity: "high", urn,
                })),
            };
        });
        const report: Report = { program: "/p", stack: "dev", pack, resources, stackDiagnostics: [], totals: { resources: resources.length, mandatory: 150000, advisory: 0 } };
        const text = renderText(report);
        expect(text.split("\n").filter((l) => l.includes("ack-nodepool-auto-repair")).length).toBeGreaterThanOrEqual(50000);
        expect(text.endsWith("Result: BLOCKED (mandatory policy violations)")).toBe(true);
        expect(renderText(report, { quiet: true }).endsWith("Result: BLOCKED (150000 mandatory, 0 advisory)")).toBe(true);
        expect(JSON.parse(reportJson(report)).resources).toHaveLength(50000);
        expect(renderSarif(report).runs[0].results).toHaveLength(150000);
        expect(renderGitlab(report)).toHaveLength(150000);
        expect(renderMarkdown(report)).toContain("ack-nodepool-system-disk-encrypted");
        expect(renderJunit(report)).toContain("pool-49999");
    }, SLOW);
});

describe("the program run without the SDK's promise-leak debugging", () => {
    // capture.ts leaves out the SDK's per-promise stack traces and leak bookkeeping unless
    // PULUMI_DEBUG_PROMISE_LEAKS is set (it was over half the run's memory); what the SDK registers must not change.
    test.each(["ram-kubeconfig-violating", "k8s-yaml-components-violating", "autoscaled-nodes-violating", "remediate-pool-and-cluster"])(
        "%s: the same registrations, in the same order, with and without it",
        async (example) => {
            const dir = path.join(ACKGUARD_DIR, "examples", example);
            const without = await captured(dir);
            process.env.PULUMI_DEBUG_PROMISE_LEAKS = "1";
            let withDebugging: Captured[];
            try {
                withDebugging = await captured(dir);
            } finally {
                delete process.env.PULUMI_DEBUG_PROMISE_LEAKS;
            }
            expect(without.length).toBeGreaterThan(2);
            expect(without).toEqual(withDebugging);
        },
        SLOW,
    );
});

describe("a program that waits forever", () => {
    // A promise that never settles leaves resources unregistered: `pulumi preview` fails with "promises
    // were still active"; a run that judged only what was registered must not pass (nor end without a cause).
    test("an input that never resolves: exit 2, naming the resource that was never registered", async () => {
        const dir = program({
            "index.ts": [
                `import * as alicloud from "@pulumi/alicloud";`,
                `new alicloud.cs.ManagedKubernetes("c", { clusterSpec: "ack.pro.small", vswitchIds: ["vsw-a"] });`,
                `new alicloud.cs.NodePool("stuck", { clusterId: new Promise<string>(() => {}), vswitchIds: ["vsw-a"], instanceTypes: ["ecs.g7.xlarge"] });`,
            ].join("\n"),
        });
        const r = await runCli(["preview", dir]);
        exit2(r);
        expect(r.stderr).toContain(`never settles`);
        expect(r.stderr).toContain(`not registered: alicloud:cs/nodePool:NodePool "stuck"`);
        expect(r.stdout).not.toMatch(/passed/);
    }, SLOW);

    test("a stack output that never resolves: exit 2 with the cause", async () => {
        const dir = program({
            "index.ts": [
                `import * as alicloud from "@pulumi/alicloud";`,
                `new alicloud.cs.ManagedKubernetes("c", { clusterSpec: "ack.pro.small", vswitchIds: ["vsw-a"] });`,
                `export const never = new Promise<string>(() => {});`,
            ].join("\n"),
        });
        const r = await runCli(["preview", dir, "--format", "json"]);
        exit2(r);
        expect(r.stderr).toContain(`never settles`);
        expect(r.stderr).not.toContain("not registered");
        expect(JSON.parse(r.stdout).error).toContain("never settles");
    }, SLOW);
});
