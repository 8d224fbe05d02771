// The CI templates, run on fixtures: the shared gate script (ci/ackguard-ci.sh) in each mode, the
// GitHub composite action (action.yml) step by step as the runner runs it, and the GitLab CI template
// (ci/gitlab/ackguard.gitlab-ci.yml) validated against GitLab's CI JSON schema and its job script run.
// The Pulumi and Terraform CLIs are stubs that record their arguments and print fixture plans; no
// cloud, no Pulumi Cloud, no GitHub, no GitLab. The installed ackguard is this repository (compiled).
// Report formats the CLI does not have yet are checked to fail with exit 2 (never a false pass), and
// their content checks run once the CLI lists them in its help.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as yaml from "js-yaml";
import { ACKGUARD_DIR } from "../cli/engine/paths";
import { runCompositeAction, runShell, stubCommands } from "./ciRunner";
import { CLI } from "./processes";

const SCRIPT = path.join(ACKGUARD_DIR, "ci", "ackguard-ci.sh");
const HELP = spawnSync(process.execPath, [CLI, "help"], { encoding: "utf8" }).stdout;
const PLAN_HELP = spawnSync(process.execPath, [CLI, "help", "plan"], { encoding: "utf8" }).stdout;
/** Formats `--format` accepts (the plan command's help lists them). */
const supports = (format: string) => new RegExp(`\\b${format}\\b`).test(PLAN_HELP.split("\n").filter((l) => l.includes("--format")).join(" "));
const HAS_SCAN = /ackguard scan/.test(HELP);

test("the CLI has every format and command the templates use", () => {
    expect(["sarif", "markdown", "gitlab", "junit"].filter((f) => !supports(f))).toEqual([]);
    expect(HAS_SCAN).toBe(true);
});

const FIXTURES = path.join(ACKGUARD_DIR, "test", "fixtures");
const TF_NODE_POOLS = path.join(FIXTURES, "terraform", "node-pools");
const PULUMI_PLAN = path.join(FIXTURES, "plan", "delete-identity-with-access.json");
const VIOLATING_PROGRAM = path.join(ACKGUARD_DIR, "examples", "unmanaged-node-pool-violating");

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-ci-"));
const runnerDirs: string[] = [];
afterAll(() => {
    for (const d of [tmp, ...runnerDirs]) fs.rmSync(d, { recursive: true, force: true });
});
let n = 0;
const freshDir = (name: string) => fs.mkdtempSync(path.join(tmp, `${name}-${n++}-`));

/** PATH with the stubs first, then node, and only the system's own directories (no real pulumi or terraform). */
const pathWith = (stubs: string) => [stubs, path.dirname(process.execPath), "/usr/bin", "/bin"].join(":");

/** A Terraform configuration without Pulumi.yaml: node-pools' .tf file (its plan is the stubs' output). */
function terraformRepo(): string {
    const dir = freshDir("tf-repo");
    fs.cpSync(TF_NODE_POOLS, path.join(dir, "terraform"), { recursive: true });
    fs.rmSync(path.join(dir, "terraform", "plan.json"));
    return dir;
}

/** Stubs `terraform` (init, plan -out, show -json print node-pools' plan) and `pulumi` (preview --json prints PULUMI_PLAN, exit 255 as when policies block), recording calls in calls.log. */
function stubs(opts: { terraformPlanFails?: boolean; pulumiEmpty?: boolean } = {}): { dir: string; calls: () => string[] } {
    const dir = freshDir("bin");
    const log = path.join(dir, "calls.log");
    stubCommands(dir, {
        terraform: [
            `echo "terraform $*" >> ${JSON.stringify(log)}`,
            `case "$1" in`,
            `  init) exit 0 ;;`,
            `  plan) ${opts.terraformPlanFails ? 'echo "Error: no credentials" >&2; exit 1' : 'for a in "$@"; do case "$a" in -out=*) echo binary > "${a#-out=}" ;; esac; done; exit 0'} ;;`,
            `  show) cat ${JSON.stringify(path.join(TF_NODE_POOLS, "plan.json"))} ;;`,
            `esac`,
        ].join("\n"),
        pulumi: [
            `echo "pulumi $* (in $PWD)" >> ${JSON.stringify(log)}`,
            opts.pulumiEmpty ? `echo "error: no stack named dev" >&2` : `cat ${JSON.stringify(PULUMI_PLAN)}`,
            `exit 255`,
        ].join("\n"),
        npm: `echo "npm $* (in $PWD)" >> ${JSON.stringify(log)}`,
    });
    return { dir, calls: () => (fs.existsSync(log) ? fs.readFileSync(log, "utf8").trim().split("\n") : []) };
}

function gate(cwd: string, env: Record<string, string>, stubDir = stubs().dir) {
    const r = runShell(`bash ${JSON.stringify(SCRIPT)}`, cwd, { PATH: pathWith(stubDir), ...env });
    const out = path.join(cwd, env.ACKGUARD_OUT ?? "ackguard-reports");
    const read = (f: string) => (fs.existsSync(path.join(out, f)) ? fs.readFileSync(path.join(out, f), "utf8") : undefined);
    return { ...r, read, result: read("result")?.trim() };
}

const sarifRules = (text: string | undefined) => (JSON.parse(text!).runs[0].results as { ruleId: string; level: string }[]).map((r) => `${r.ruleId}:${r.level}`);

describe("ci/ackguard-ci.sh: the gate every template runs", () => {
    test("is executable, passes bash -n, and ships in the package", () => {
        expect(fs.statSync(SCRIPT).mode & 0o111).not.toBe(0);
        expect(spawnSync("bash", ["-n", SCRIPT]).status).toBe(0);
        expect(require(path.join(ACKGUARD_DIR, "package.json")).files).toContain("ci/");
    });

    test.each([
        [{ ACKGUARD_MODE: "preview" }, /ACKGUARD_MODE must be program, pulumi-preview, terraform-plan or terraform-scan, got "preview"/],
        [{ ACKGUARD_MODE: "terraform-plan", ACKGUARD_PLAN_FILE: "missing.json" }, /ACKGUARD_PLAN_FILE .*missing\.json does not exist/],
        [{ ACKGUARD_FORMATS: "sarif html" }, /unknown report format "html"/],
        [{ ACKGUARD_FAIL_ON_VIOLATIONS: "no" }, /ACKGUARD_FAIL_ON_VIOLATIONS must be true or false/],
        [{ ACKGUARD_WORKDIR: "nowhere" }, /ACKGUARD_WORKDIR nowhere is not a directory/],
        [{ ACKGUARD_MODE: "terraform-plan", ACKGUARD_POLICY_CONFIG: "policy.json" }, /ACKGUARD_POLICY_CONFIG policy.json does not exist/],
    ])("bad settings %j: exit 2 with one line", (env, message) => {
        const r = gate(freshDir("bad"), env);
        expect({ code: r.code, lines: r.stderr.trim().split("\n").length }).toEqual({ code: 2, lines: 1 });
        expect(r.stderr).toMatch(message);
    });

    test("mode program: the Pulumi program offline, one run per format; the first gives the verdict", () => {
        const r = gate(freshDir("program"), { ACKGUARD_MODE: "program", ACKGUARD_WORKDIR: VIOLATING_PROGRAM, ACKGUARD_FORMATS: "sarif json" });
        expect({ code: r.code, result: r.result }).toEqual({ code: 1, result: "blocked" });
        expect(sarifRules(r.read("ackguard.sarif"))).toContain("ack-nodepool-managed:error");
        expect(JSON.parse(r.read("ackguard.json")!).totals.mandatory).toBeGreaterThan(0);
    }, 300000);

    test("mode terraform-plan with a saved plan, in a Terraform-only repository (no Pulumi.yaml); text goes to the log", () => {
        const repo = terraformRepo();
        fs.copyFileSync(path.join(TF_NODE_POOLS, "plan.json"), path.join(repo, "plan.json"));
        const r = gate(repo, { ACKGUARD_MODE: "terraform-plan", ACKGUARD_WORKDIR: "terraform", ACKGUARD_PLAN_FILE: "plan.json", ACKGUARD_FORMATS: "text" });
        expect({ code: r.code, result: r.result }).toEqual({ code: 1, result: "blocked" });
        expect(r.stdout).toContain("ack-nodepool-managed");
        // Findings point at the .tf file that declares the block.
        expect(r.stdout).toMatch(/terraform\/main\.tf:\d+/);
        expect(r.stdout).toContain("ackguard-ci: mandatory policy violations");
    }, 120000);

    test("mode terraform-plan without a plan: terraform init, plan -out and show -json in the directory; the plan stays out of the reports", () => {
        const repo = terraformRepo();
        const s = stubs();
        const r = gate(repo, { ACKGUARD_MODE: "terraform-plan", ACKGUARD_WORKDIR: "terraform", ACKGUARD_FORMATS: "sarif" }, s.dir);
        expect({ code: r.code, result: r.result }).toEqual({ code: 1, result: "blocked" });
        const calls = s.calls();
        expect(calls.map((c) => c.split(" ").slice(0, 2).join(" "))).toEqual(["terraform init", "terraform plan", "terraform show"]);
        expect(calls[1]).toMatch(/^terraform plan -input=false -lock=false -out=\S+\/tf\.plan$/);
        expect(fs.readdirSync(path.join(repo, "ackguard-reports")).sort()).toEqual(["ackguard.sarif", "result"]);
        expect(sarifRules(r.read("ackguard.sarif"))).toContain("ack-nodepool-managed:error");
    }, 120000);

    test("a failed terraform plan is exit 2, not a verdict", () => {
        const r = gate(terraformRepo(), { ACKGUARD_MODE: "terraform-plan", ACKGUARD_WORKDIR: "terraform" }, stubs({ terraformPlanFails: true }).dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("ackguard-ci: terraform init / plan failed in");
        expect(r.result).toBeUndefined();
    });

    test("mode pulumi-preview: pulumi preview --policy-pack <this package> --json, then the plan gate on its JSON", () => {
        const s = stubs();
        const cwd = freshDir("pulumi");
        const r = gate(cwd, { ACKGUARD_MODE: "pulumi-preview", ACKGUARD_STACK: "prod", ACKGUARD_FORMATS: "json" }, s.dir);
        expect({ code: r.code, result: r.result }).toEqual({ code: 1, result: "blocked" });
        expect(s.calls()).toEqual([`pulumi preview --stack prod --policy-pack ${ACKGUARD_DIR} --json --non-interactive (in ${fs.realpathSync(cwd)})`]);
        expect(JSON.parse(r.read("ackguard.json")!).deletions.map((d: { policyName: string }) => d.policyName)).toEqual(["ack-identity-revoke-before-delete"]);
        expect(fs.readdirSync(path.join(cwd, "ackguard-reports")).sort()).toEqual(["ackguard.json", "result"]);
    }, 120000);

    test("mode pulumi-preview with a saved `pulumi stack export`: recognised by its shape and judged", () => {
        const r = gate(freshDir("export"), { ACKGUARD_MODE: "pulumi-preview", ACKGUARD_PLAN_FILE: path.join(FIXTURES, "plan", "stack-export.json"), ACKGUARD_FORMATS: "json" });
        expect({ code: r.code, result: r.result }).toEqual({ code: 0, result: "passed" });
        expect(JSON.parse(r.read("ackguard.json")!).input.kind).toBe("stack-export");
    }, 120000);

    test("mode pulumi-preview: a preview that prints nothing is exit 2; without the Pulumi CLI, exit 2 naming it", () => {
        const failed = gate(freshDir("pulumi"), { ACKGUARD_MODE: "pulumi-preview" }, stubs({ pulumiEmpty: true }).dir);
        expect(failed.code).toBe(2);
        expect(failed.stderr).toContain("ackguard-ci: pulumi preview failed (exit 255)");
        const missing = gate(freshDir("pulumi"), { ACKGUARD_MODE: "pulumi-preview" }, freshDir("empty-bin"));
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain("mode pulumi-preview needs the Pulumi CLI on PATH");
    });

    test("roll-out mode (ACKGUARD_FAIL_ON_VIOLATIONS=false): violations exit 0 with result blocked, a crash still exits 2", () => {
        const rollout = gate(freshDir("rollout"), { ACKGUARD_MODE: "pulumi-preview", ACKGUARD_PLAN_FILE: PULUMI_PLAN, ACKGUARD_FAIL_ON_VIOLATIONS: "false", ACKGUARD_FORMATS: "sarif" });
        expect({ code: rollout.code, result: rollout.result }).toEqual({ code: 0, result: "blocked" });
        expect(rollout.stdout).toContain("roll-out mode: not failing the job");
        const crash = gate(freshDir("rollout"), { ACKGUARD_MODE: "pulumi-preview", ACKGUARD_PLAN_FILE: path.join(FIXTURES, "plan", "malformed.json"), ACKGUARD_FAIL_ON_VIOLATIONS: "false" });
        expect(crash.code).toBe(2);
        expect(crash.stderr).toMatch(/ackguard-ci: ackguard plan --format text failed \(exit 2\)/);
        expect(crash.result).toBeUndefined();
    }, 120000);

    test("attested revocations (ACKGUARD_REVOKED_FILE) clear the deletion: passed", () => {
        const dir = path.join(FIXTURES, "terraform", "ram-delete");
        const r = gate(freshDir("revoked"), { ACKGUARD_MODE: "terraform-plan", ACKGUARD_WORKDIR: dir, ACKGUARD_PLAN_FILE: path.join(dir, "plan.json"), ACKGUARD_REVOKED_FILE: path.join(dir, "revoked.json"), ACKGUARD_FORMATS: "json" });
        expect({ code: r.code, result: r.result }).toEqual({ code: 0, result: "passed" });
        expect(JSON.parse(r.read("ackguard.json")!).cleared.length).toBe(1);
    }, 120000);

    test(`mode terraform-scan: ackguard scan of the .tf files${HAS_SCAN ? "" : " (the CLI has no scan command yet: exit 2)"}`, () => {
        const r = gate(terraformRepo(), { ACKGUARD_MODE: "terraform-scan", ACKGUARD_WORKDIR: "terraform", ACKGUARD_FORMATS: "sarif" });
        if (HAS_SCAN) {
            expect({ code: r.code, result: r.result }).toEqual({ code: 1, result: "blocked" });
            expect(sarifRules(r.read("ackguard.sarif"))).toContain("ack-nodepool-managed:error");
        } else {
            expect({ code: r.code, result: r.result }).toEqual({ code: 2, result: undefined });
            expect(r.stderr).toContain('unknown command "scan"');
        }
    }, 120000);

    const reportFormats = ["gitlab", "junit", "markdown"];
    const missingFormats = reportFormats.filter((f) => !supports(f));
    test(`the GitLab, JUnit and Markdown reports${missingFormats.length ? ` (not in the CLI yet: ${missingFormats.join(", ")}; checked to fail with exit 2)` : ""}`, () => {
        const dir = freshDir("formats");
        const r = gate(dir, { ACKGUARD_MODE: "terraform-plan", ACKGUARD_WORKDIR: TF_NODE_POOLS, ACKGUARD_PLAN_FILE: path.join(TF_NODE_POOLS, "plan.json"), ACKGUARD_FORMATS: `sarif ${reportFormats.join(" ")}` });
        if (missingFormats.length > 0) {
            expect({ code: r.code, result: r.result }).toEqual({ code: 2, result: undefined });
            expect(r.stderr).toContain(`--format ${missingFormats[0]} failed (exit 2)`);
            return;
        }
        expect({ code: r.code, result: r.result }).toEqual({ code: 1, result: "blocked" });
        // GitLab Code Quality (docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format, 2026-12-03): an
        // array of issues with description, check_name, fingerprint, severity, location.path and lines.begin; the
        // merge request shows one issue per fingerprint, so they must be unique.
        const issues = JSON.parse(r.read("gl-code-quality-report.json")!);
        expect(issues.length).toBeGreaterThan(0);
        expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(issues.length);
        for (const i of issues) {
            expect(typeof i.description).toBe("string");
            expect(typeof i.check_name).toBe("string");
            expect(typeof i.fingerprint).toBe("string");
            expect(["info", "minor", "major", "critical", "blocker"]).toContain(i.severity);
            expect(typeof i.location.path).toBe("string");
            expect(Number.isInteger(i.location.lines.begin)).toBe(true);
        }
        expect(r.read("junit.xml")).toMatch(/<testsuites?[\s>]/);
        expect(r.read("ackguard.md")!.length).toBeGreaterThan(0);
    }, 300000);
});

describe("the GitHub Action, step by step as the runner runs it", () => {
    const action = yaml.load(fs.readFileSync(path.join(ACKGUARD_DIR, "action.yml"), "utf8")) as any;

    /** A Terraform-only workspace whose terraform/ pins ackguard (node_modules/ackguard → this repository). */
    function workspace(pinned: boolean): string {
        const ws = terraformRepo();
        fs.copyFileSync(path.join(TF_NODE_POOLS, "plan.json"), path.join(ws, "plan.json"));
        if (pinned) {
            fs.mkdirSync(path.join(ws, "terraform", "node_modules"));
            fs.symlinkSync(ACKGUARD_DIR, path.join(ws, "terraform", "node_modules", "ackguard"), "dir");
        }
        return ws;
    }
    const run = (ws: string, inputs: Record<string, string>, stubDir = stubs().dir) => {
        const r = runCompositeAction(action, ACKGUARD_DIR, ws, inputs, { PATH: pathWith(stubDir) });
        runnerDirs.push(r.tmp);
        return r;
    };
    const status = (r: ReturnType<typeof run>) => Object.fromEntries(r.steps.map((s) => [s.name, s.status === "ran" ? s.code : s.status]));
    const summaryFormat = supports("markdown") ? "true" : "false";

    test("terraform-plan in a Terraform-only repository: the pinned ackguard, SARIF uploaded with its category, then the job fails", () => {
        const ws = workspace(true);
        expect(fs.existsSync(path.join(ws, "terraform", "Pulumi.yaml"))).toBe(false);
        const r = run(ws, { mode: "terraform-plan", "working-directory": "terraform", "plan-file": "plan.json", "job-summary": summaryFormat });
        expect(status(r)).toEqual({ "Install ACKGuard": 0, Gate: 0, "Upload findings to code scanning": "uses", "Fail on mandatory violations": 1 });
        expect(r.outputs.result).toBe("blocked");
        const upload = r.steps.find((s) => s.status === "uses")!;
        expect(upload.uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/);
        expect(upload.with).toEqual({ sarif_file: r.outputs["sarif-file"], category: "ackguard-terraform-plan" });
        expect(sarifRules(fs.readFileSync(r.outputs["sarif-file"], "utf8"))).toContain("ack-nodepool-managed:error");
        expect(r.success).toBe(false);
    }, 180000);

    test("roll-out (fail-on-violations: false): the findings are uploaded and the job passes", () => {
        const r = run(workspace(true), { mode: "terraform-plan", "working-directory": "terraform", "plan-file": "plan.json", "fail-on-violations": "false", "job-summary": summaryFormat });
        expect(status(r)).toEqual({ "Install ACKGuard": 0, Gate: 0, "Upload findings to code scanning": "uses", "Fail on mandatory violations": "skipped" });
        expect({ result: r.outputs.result, success: r.success }).toEqual({ result: "blocked", success: true });
    }, 180000);

    test("an ACKGuard error fails the gate step with exit 2 and nothing is uploaded", () => {
        const ws = workspace(true);
        fs.copyFileSync(path.join(FIXTURES, "plan", "malformed.json"), path.join(ws, "plan.json"));
        const r = run(ws, { mode: "terraform-plan", "working-directory": "terraform", "plan-file": "plan.json", "fail-on-violations": "false" });
        expect(status(r)).toEqual({ "Install ACKGuard": 0, Gate: 2, "Upload findings to code scanning": "skipped", "Fail on mandatory violations": "skipped" });
        expect(r.steps[1].stdout).toContain("::error::ackguard failed (exit 2)");
        expect(r.success).toBe(false);
    }, 180000);

    test("without a pinned ackguard, the action installs its own checkout (npm ci) and gates with it", () => {
        const s = stubs();
        const r = run(workspace(false), { mode: "pulumi-preview", "working-directory": "terraform", "plan-file": PULUMI_PLAN, "job-summary": summaryFormat }, s.dir);
        expect(s.calls()).toEqual([`npm ci --no-audit --no-fund (in ${ACKGUARD_DIR})`]);
        expect(status(r)).toEqual({ "Install ACKGuard": 0, Gate: 0, "Upload findings to code scanning": "uses", "Fail on mandatory violations": 1 });
        expect(r.steps.find((s) => s.status === "uses")!.with!.category).toBe("ackguard-pulumi-preview");
    }, 180000);

    (supports("markdown") ? test : test.skip)("the job summary gets the Markdown report (skipped until the CLI has --format markdown)", () => {
        const r = run(workspace(true), { mode: "terraform-plan", "working-directory": "terraform", "plan-file": "plan.json" });
        expect(r.summary).toContain("ack-nodepool-managed");
    }, 180000);
});

describe("the GitLab CI template", () => {
    const TEMPLATE = path.join(ACKGUARD_DIR, "ci", "gitlab", "ackguard.gitlab-ci.yml");
    const EXAMPLE = path.join(ACKGUARD_DIR, "examples", "gitlab-ci", ".gitlab-ci.yml");
    // gitlab-ci-local (dev dependency) validates a pipeline, includes and `extends` expanded, against
    // GitLab's CI JSON schema (app/assets/javascripts/editor/schema/ci.json, bundled). Its Node.js build
    // uses the Set methods of Node 22; on Node 20 they are added first.
    const GCL = require.resolve("gitlab-ci-local/dist/index.js");
    const SET_METHODS = path.join(ACKGUARD_DIR, "test", "fixtures", "set-methods.cjs");

    /** A git repository with the example pipeline, its include of the template made local. */
    function pipelineRepo(example = fs.readFileSync(EXAMPLE, "utf8")): string {
        const dir = freshDir("gitlab");
        fs.mkdirSync(path.join(dir, "ci", "gitlab"), { recursive: true });
        fs.copyFileSync(TEMPLATE, path.join(dir, "ci", "gitlab", "ackguard.gitlab-ci.yml"));
        const local = example.replace(/- project: your-group\/ackguard\n\s+ref: \S+\n\s+file: (\S+)/, "- local: $1");
        expect(local).not.toEqual(example);
        fs.writeFileSync(path.join(dir, ".gitlab-ci.yml"), local);
        for (const args of [["init", "-q"], ["add", "-A"], ["-c", "user.email=ci@example.com", "-c", "user.name=ci", "commit", "-qm", "pipeline"]]) {
            expect(spawnSync("git", args, { cwd: dir }).status).toBe(0);
        }
        return dir;
    }
    const preview = (dir: string) => spawnSync(process.execPath, ["--require", SET_METHODS, GCL, "--preview"], { cwd: dir, encoding: "utf8", timeout: 120000 });

    let expanded: Record<string, any>;
    beforeAll(() => {
        const r = preview(pipelineRepo());
        expect(r.stdout + r.stderr).toContain("json schema validated");
        expanded = yaml.load(r.stdout.slice(r.stdout.indexOf("---"))) as Record<string, any>;
    }, 120000);

    test("the schema check catches the mistakes it is here to catch (so a clean result means something)", () => {
        const broken = fs.readFileSync(EXAMPLE, "utf8").replace("exit_codes: [1]", "exit_code: 1");
        const r = preview(pipelineRepo(broken));
        expect(r.stdout + r.stderr).toMatch(/Invalid \.gitlab-ci\.yml configuration![\s\S]*allow_failure/);
    }, 120000);

    test("the example pipeline with the template is valid against GitLab's CI schema", () => {
        expect(Object.keys(expanded).filter((k) => k.startsWith("ackguard-")).sort()).toEqual(["ackguard-pulumi", "ackguard-terraform"]);
    });

    test("each job keeps a Code Quality and a JUnit report, also when it fails, in the directory the script writes", () => {
        for (const job of ["ackguard-pulumi", "ackguard-terraform"]) {
            const j = expanded[job];
            expect(j.artifacts.when).toBe("always");
            expect(j.artifacts.reports).toEqual({ codequality: `${j.variables.ACKGUARD_OUT}/gl-code-quality-report.json`, junit: `${j.variables.ACKGUARD_OUT}/junit.xml` });
            expect(j.variables.ACKGUARD_FORMATS.split(" ").sort()).toEqual(["gitlab", "junit"]);
        }
        expect(expanded["ackguard-terraform"].allow_failure).toEqual({ exit_codes: [1] });
    });

    /** Runs a job's script lines as the runner does (one bash, -eo pipefail), with its variables and `overrides`. */
    function runJob(job: string, repo: string, overrides: Record<string, string>, stubDir: string) {
        const j = expanded[job];
        const vars = { ...j.variables, ...overrides, CI_PROJECT_DIR: repo, PATH: pathWith(stubDir) };
        return runShell((j.script as string[]).join("\n"), repo, vars, ["-eo", "pipefail"]);
    }
    function repoWithAckguard(): string {
        const repo = terraformRepo();
        fs.writeFileSync(path.join(repo, "package.json"), JSON.stringify({ name: "infra", private: true, devDependencies: { ackguard: "file:ackguard.tgz" } }));
        fs.mkdirSync(path.join(repo, "node_modules"));
        fs.symlinkSync(ACKGUARD_DIR, path.join(repo, "node_modules", "ackguard"), "dir");
        fs.copyFileSync(path.join(TF_NODE_POOLS, "plan.json"), path.join(repo, "plan.json"));
        return repo;
    }

    test(`the job script: npm ci, then the installed ackguard's gate${missingFormatsNote()}`, () => {
        const repo = repoWithAckguard();
        const s = stubs();
        const r = runJob("ackguard-terraform", repo, { ACKGUARD_MODE: "terraform-plan", ACKGUARD_PLAN_FILE: "plan.json" }, s.dir);
        expect(s.calls()).toEqual([`npm ci --prefix . --no-audit --no-fund (in ${fs.realpathSync(repo)})`]);
        const missing = ["gitlab", "junit"].filter((f) => !supports(f));
        if (missing.length > 0) {
            expect(r.code).toBe(2);
            expect(r.stderr).toContain(`--format ${missing[0]} failed (exit 2)`);
            return;
        }
        expect(r.code).toBe(1);
        expect(JSON.parse(fs.readFileSync(path.join(repo, "ackguard-reports", "gl-code-quality-report.json"), "utf8")).length).toBeGreaterThan(0);
        expect(fs.readFileSync(path.join(repo, "ackguard-reports", "junit.xml"), "utf8")).toContain("ack-nodepool-managed");
    }, 180000);

    test("the job script with SARIF (any format works): exit 1 on violations, 0 in roll-out mode", () => {
        const repo = repoWithAckguard();
        const blocked = runJob("ackguard-terraform", repo, { ACKGUARD_MODE: "terraform-plan", ACKGUARD_PLAN_FILE: "plan.json", ACKGUARD_FORMATS: "sarif" }, stubs().dir);
        expect(blocked.code).toBe(1);
        const rollout = runJob("ackguard-terraform", repo, { ACKGUARD_MODE: "terraform-plan", ACKGUARD_PLAN_FILE: "plan.json", ACKGUARD_FORMATS: "sarif", ACKGUARD_FAIL_ON_VIOLATIONS: "false" }, stubs().dir);
        expect(rollout.code).toBe(0);
        expect(fs.readFileSync(path.join(repo, "ackguard-reports", "result"), "utf8").trim()).toBe("blocked");
    }, 180000);

    test("a repository that does not pin ackguard: exit 2 with the way to add it", () => {
        const repo = terraformRepo();
        fs.writeFileSync(path.join(repo, "package.json"), JSON.stringify({ name: "infra", private: true }));
        const r = runJob("ackguard-terraform", repo, {}, stubs().dir);
        expect(r.code).toBe(2);
        expect(r.stdout).toContain("ackguard is not a dependency of ./package.json");
    });

    function missingFormatsNote(): string {
        const missing = ["gitlab", "junit"].filter((f) => !supports(f));
        return missing.length ? ` (not in the CLI yet: --format ${missing.join(", ")}; checked to fail with exit 2)` : "";
    }
});
