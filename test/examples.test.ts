// Every bundled example program goes through `ackguard preview` (program under mocks in preview
// mode -> the pack process over gRPC) and must give exactly its expected outcome: nothing missing,
// nothing extra. Also the CLI's exit codes and one-line errors.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerClient } from "../cli/engine/analyzer";
import { exampleDirs, expectedOf, findingsOf, sortFindings } from "../cli/commands/exampleOutcomes";
import { readPolicyConfigFile } from "../cli/engine/policyConfig";
import { ACKGUARD_DIR, previewProgram } from "../cli/commands/preview";
import { renderText } from "../cli/report/text";
import { runCli, withPackProcess, writeProgram } from "./processes";

let client: AnalyzerClient;
withPackProcess((c) => (client = c));

describe("example programs give exactly their expected outcome", () => {
    for (const dir of exampleDirs()) {
        test(path.basename(dir), async () => {
            const expected = expectedOf(dir);
            const report = await previewProgram(dir, {
                client,
                policyConfig: expected.policyPackConfig ? readPolicyConfigFile(path.join(dir, expected.policyPackConfig)) : undefined,
            });
            expect(findingsOf(report)).toEqual(sortFindings(expected.findings));
            expect(report.totals.mandatory > 0 ? 1 : 0).toBe(expected.exitCode);
            const printed = [JSON.stringify(report), renderText(report)].join("\n");
            for (const secret of expected.neverPrinted ?? []) {
                expect(printed).not.toContain(secret);
            }
        });
    }
});


describe("ackguard preview (the command)", () => {
    const tmp: string[] = [];
    afterAll(() => tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

    test("a violating program exits 1 and names each violated policy on its resource", async () => {
        const r = await runCli(["preview", "examples/unmanaged-node-pool-violating"]);
        expect(r.code).toBe(1);
        expect(r.stdout).toContain("- [mandatory]  ack-nodepool-managed  (alicloud:cs/nodePool:NodePool: legacy-workers)");
        expect(r.stdout).toContain("- [mandatory]  ack-nodepool-custom-image-patch-owner  (alicloud:cs/nodePool:NodePool: gpu-workers)");
        expect(r.stdout).toContain("Result: BLOCKED");
    });

    test("a compliant program exits 0; --json gives the machine report", async () => {
        const r = await runCli(["preview", "examples/managed-node-pools-compliant", "--json"]);
        expect(r.code).toBe(0);
        const report = JSON.parse(r.stdout);
        expect(report.totals.mandatory).toBe(0);
        expect(report.resources.map((x: { name: string }) => x.name)).toContain("workers");
    });

    test("a missing program directory exits 2 with one line and no stack trace", async () => {
        const r = await runCli(["preview", "examples/does-not-exist"]);
        expect(r.code).toBe(2);
        expect(r.stderr.trim()).toBe("ackguard: program directory examples/does-not-exist does not exist");
    });

    test("a program with a syntax error exits 2 with the compile error", async () => {
        const dir = writeProgram({ "Pulumi.yaml": "name: broken\nruntime: nodejs\n", "index.ts": "import * as alicloud from \"@pulumi/alicloud\";\nconst x = ;\n" });
        tmp.push(dir);
        const r = await runCli(["preview", dir]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^ackguard: the program does not compile: .+/);
        expect(r.stderr.trim().split("\n")).toHaveLength(1);
        expect(r.stderr).not.toMatch(/\n\s+at /);
    });

    test("--type-check type-checks the program against the SDK types, as `pulumi preview` does", async () => {
        const dir = writeProgram({ "Pulumi.yaml": "name: typed\nruntime: nodejs\n", "index.ts": "import * as alicloud from \"@pulumi/alicloud\";\nnew alicloud.cs.NodePool(\"p\", { clusterId: 42 });\n" });
        tmp.push(dir);
        const checked = await runCli(["preview", dir, "--type-check"]);
        expect(checked.code).toBe(2);
        expect(checked.stderr.trim()).toBe("ackguard: the program does not compile: index.ts(2,33): error TS2322: Type 'number' is not assignable to type 'Input<string>'.");
        const transpiled = await runCli(["preview", dir]);
        expect(transpiled.code).toBe(1);
    });

    test("a program that throws exits 2 naming the error", async () => {
        const dir = writeProgram({ "Pulumi.yaml": "name: throws\nruntime: nodejs\n", "index.ts": "throw new Error(\"no region configured\");\n" });
        tmp.push(dir);
        const r = await runCli(["preview", dir]);
        expect(r.code).toBe(2);
        // The program's own error and its line (relative to the repository root), not the runner's frames.
        expect(r.stderr.trim()).toBe(`ackguard: the program threw: no region configured (${path.relative(ACKGUARD_DIR, dir)}/index.ts:1)`);
    });

    test("a program importing a package that is not installed exits 2 naming the package", async () => {
        const dir = writeProgram({ "Pulumi.yaml": "name: missing\nruntime: nodejs\n", "index.ts": "import * as x from \"@acme/not-installed\";\nconsole.error(x);\n" });
        tmp.push(dir);
        const r = await runCli(["preview", dir]);
        expect(r.code).toBe(2);
        expect(r.stderr.trim()).toBe("ackguard: the program imports '@acme/not-installed', which is not installed: run 'npm install' in the program directory");
    });

    test("a malformed policy pack config exits 2", async () => {
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-cfg-")), "policy.json");
        fs.writeFileSync(file, "{ \"ack-nodepool-managed\": ");
        const r = await runCli(["preview", "examples/managed-node-pools-compliant", "--policy-pack-config", file]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^ackguard: policy pack config .+policy\.json is not valid JSON: /);
    });

    test("a config that violates a policy's schema exits 2 naming the policy", async () => {
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-cfg-")), "policy.json");
        fs.writeFileSync(file, JSON.stringify({ "ack-nodepool-auto-vul-fix": { requiredVulLevels: ["critical"] } }));
        const r = await runCli(["preview", "examples/managed-node-pools-compliant", "--policy-pack-config", file]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("ackguard: \"ack-nodepool-auto-vul-fix\": invalid config: /requiredVulLevels/0 must be equal to one of the allowed values");
    });

    test("policy pack config downgrades a policy to advisory: exit 0", async () => {
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-cfg-")), "policy.json");
        fs.writeFileSync(file, JSON.stringify({ all: "advisory" }));
        const r = await runCli(["preview", "examples/unmanaged-node-pool-violating", "--policy-pack-config", file]);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain("- [advisory]  ack-nodepool-managed  (alicloud:cs/nodePool:NodePool: legacy-workers)");
    });

    test("--pack runs another Node.js policy pack through the same protocol", async () => {
        const r = await runCli(["preview", "examples/ram-kubeconfig-violating", "--pack", "test/fixtures/other-pack", "--json"]);
        expect(r.code).toBe(1);
        const report = JSON.parse(r.stdout);
        expect(report.pack).toEqual({ name: "other-pack", version: "1.2.3", dir: path.join(ACKGUARD_DIR, "test", "fixtures", "other-pack") });
        const found = report.resources.flatMap((v: { name: string; diagnostics: { policyName: string; enforcementLevel: string }[] }) =>
            v.diagnostics.map((d) => [d.policyName, v.name, d.enforcementLevel]));
        expect(found).toEqual([["no-ram-users", "dev-alice", "mandatory"]]);
    });

    test("stack config from Pulumi.<stack>.yaml and --config reaches the program", async () => {
        const dir = writeProgram({
            "Pulumi.yaml": "name: cfg\nruntime: nodejs\n",
            "Pulumi.prod.yaml": "config:\n  cfg:poolName: from-stack-file\n",
            "index.ts": [
                "import * as pulumi from \"@pulumi/pulumi\";",
                "import * as alicloud from \"@pulumi/alicloud\";",
                "const c = new pulumi.Config();",
                "new alicloud.cs.NodePool(c.require(\"poolName\"), { clusterId: c.require(\"clusterId\"), management: { enable: c.requireBoolean(\"managed\") } });",
            ].join("\n"),
        });
        tmp.push(dir);
        const r = await runCli(["preview", dir, "--stack", "prod", "--config", "clusterId=c-123", "--config", "cfg:managed=false", "--json"]);
        const report = JSON.parse(r.stdout);
        const pool = report.resources.find((v: { type: string }) => v.type === "alicloud:cs/nodePool:NodePool");
        expect(pool.name).toBe("from-stack-file");
        expect(pool.urn).toBe("urn:pulumi:prod::cfg::pulumi:pulumi:Stack$alicloud:cs/nodePool:NodePool::from-stack-file");
        expect(pool.diagnostics.map((d: { policyName: string }) => d.policyName)).toContain("ack-nodepool-managed");
    });

    test("unknown options are usage errors (exit 2)", async () => {
        const r = await runCli(["preview", "--frobnicate"]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("ackguard: unknown option --frobnicate");
    });
});
