// Runs CI templates' script steps on this machine, as their CI system would, for the template tests:
// - a GitHub composite action (action.yml): each step's `if`, its `env` with `${{ }}` expressions
//   resolved, `run` steps under `bash --noprofile --norc -eo pipefail` (GitHub's `shell: bash`),
//   $GITHUB_OUTPUT / $GITHUB_STEP_SUMMARY / $RUNNER_TEMP as files, `uses` steps recorded, not run;
// - a shell script (a GitLab job's `script` lines, a shared CI script) with an environment.
// Only the expression syntax the templates use is understood (contexts inputs, steps, github, runner;
// ==, !=, &&, ||, !, always(), success(), failure(), string literals); anything else throws.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export interface ShellRun {
    code: number;
    stdout: string;
    stderr: string;
}

/** Runs `script` with bash in `cwd` with `env` added to this process's environment. */
export function runShell(script: string, cwd: string, env: Record<string, string>, bashFlags: string[] = []): ShellRun {
    const r = spawnSync("bash", ["--noprofile", "--norc", ...bashFlags, "-c", script], {
        cwd,
        env: { ...process.env, ...env },
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        timeout: 600000,
    });
    return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/** A directory of stub commands (name → bash script body) to put first on PATH. */
export function stubCommands(dir: string, stubs: Record<string, string>): string {
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, body] of Object.entries(stubs)) {
        fs.writeFileSync(path.join(dir, name), `#!/usr/bin/env bash\n${body}\n`, { mode: 0o755 });
    }
    return dir;
}

export interface ActionStepResult {
    name: string;
    status: "ran" | "skipped" | "uses";
    code?: number;
    stdout?: string;
    stderr?: string;
    uses?: string;
    with?: Record<string, string>;
}

export interface ActionRun {
    steps: ActionStepResult[];
    outputs: Record<string, string>;
    summary: string;
    /** The job's state after the action: false once a step failed. */
    success: boolean;
    /** $RUNNER_TEMP and the runner's files: the caller removes it. */
    tmp: string;
}

interface Contexts {
    inputs: Record<string, string>;
    steps: Record<string, { outputs: Record<string, string> }>;
    github: Record<string, string>;
    runner: Record<string, string>;
    failed: boolean;
}

function lookup(ctx: Contexts, ref: string): string {
    const [head, ...rest] = ref.split(".");
    let v: unknown = head === "inputs" ? ctx.inputs : head === "steps" ? ctx.steps : head === "github" ? ctx.github : head === "runner" ? ctx.runner : undefined;
    if (v === undefined) throw new Error(`unsupported context in expression: ${ref}`);
    for (const k of rest) v = v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined;
    return v === undefined || v === null ? "" : String(v);
}

/** Evaluates an expression (the inside of `${{ }}`, or an `if` without it). */
function evaluate(expr: string, ctx: Contexts): unknown {
    const js = expr
        .replace(/'([^']*)'/g, (_m, s: string) => JSON.stringify(s))
        .replace(/"[^"]*"|\b(inputs|steps|github|runner)(\.[A-Za-z0-9_-]+)+/g, (m) => (m.startsWith('"') ? m : JSON.stringify(lookup(ctx, m))))
        .replace(/\balways\(\)/g, "true")
        .replace(/\bsuccess\(\)/g, String(!ctx.failed))
        .replace(/\bfailure\(\)/g, String(ctx.failed))
        .replace(/\s*(==|!=)\s*/g, (_m, op: string) => (op === "==" ? " === " : " !== "));
    const rest = js.replace(/"(?:[^"\\]|\\.)*"/g, "").replace(/\b(true|false)\b/g, "").replace(/===|!==|&&|\|\||!|\(|\)|\s/g, "");
    if (rest !== "") throw new Error(`unsupported expression: ${expr}`);
    return new Function(`return (${js});`)();
}

/** Replaces every `${{ expr }}` of a string value. */
function interpolate(text: string, ctx: Contexts): string {
    return text.replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_m, e: string) => String(evaluate(e, ctx) ?? ""));
}

function condition(ifExpr: unknown, ctx: Contexts): boolean {
    if (ifExpr === undefined) return !ctx.failed;
    const e = String(ifExpr).trim().replace(/^\$\{\{\s*([\s\S]*?)\s*\}\}$/, "$1");
    // GitHub adds success() unless the condition names a status function.
    const hasStatus = /\b(always|success|failure|cancelled)\(\)/.test(e);
    return (hasStatus || !ctx.failed) && Boolean(evaluate(e, ctx));
}

function readOutputs(file: string): Record<string, string> {
    const out: Record<string, string> = {};
    if (!fs.existsSync(file)) return out;
    for (const line of fs.readFileSync(file, "utf8").split("\n")) {
        const i = line.indexOf("=");
        if (i > 0) out[line.slice(0, i)] = line.slice(i + 1);
    }
    return out;
}

/**
 * Runs a composite action's steps with `inputs` (defaults from the action), in `workspace`, with the
 * action checked out at `actionPath`. `env` is added to every step's environment (the job's env).
 */
export function runCompositeAction(action: any, actionPath: string, workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): ActionRun {
    // Kept after the run (the caller reads the reports in $RUNNER_TEMP); under the OS's temporary directory.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-action-"));
    const summaryFile = path.join(tmp, "step-summary.md");
    fs.writeFileSync(summaryFile, "");
    const runnerTemp = path.join(tmp, "runner-temp");
    fs.mkdirSync(runnerTemp);
    const declared = action.inputs as Record<string, { default?: string }>;
    for (const k of Object.keys(inputs)) if (!(k in declared)) throw new Error(`input ${k} is not declared by the action`);
    const ctx: Contexts = {
        inputs: Object.fromEntries(Object.entries(declared).map(([k, v]) => [k, inputs[k] ?? v.default ?? ""])),
        steps: {},
        github: { action_path: actionPath, workspace },
        runner: { temp: runnerTemp },
        failed: false,
    };
    const steps: ActionStepResult[] = [];
    for (const [i, step] of (action.runs.steps as any[]).entries()) {
        const name = step.name ?? step.id ?? `step ${i}`;
        if (!condition(step.if, ctx)) {
            steps.push({ name, status: "skipped" });
            continue;
        }
        if (step.uses) {
            const w = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), ctx)]));
            steps.push({ name, status: "uses", uses: step.uses, with: w });
            continue;
        }
        const outFile = path.join(tmp, `output-${i}`);
        fs.writeFileSync(outFile, "");
        const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), ctx)]));
        const r = runShell(step.run, workspace, {
            ...env,
            ...stepEnv,
            GITHUB_OUTPUT: outFile,
            GITHUB_STEP_SUMMARY: summaryFile,
            GITHUB_ACTION_PATH: actionPath,
            GITHUB_WORKSPACE: workspace,
            RUNNER_TEMP: runnerTemp,
        }, ["-eo", "pipefail"]);
        if (step.id) ctx.steps[step.id] = { outputs: readOutputs(outFile) };
        steps.push({ name, status: "ran", code: r.code, stdout: r.stdout, stderr: r.stderr });
        if (r.code !== 0) ctx.failed = true;
    }
    const outputs = Object.fromEntries(Object.entries(action.outputs ?? {}).map(([k, v]) => [k, interpolate(String((v as { value: string }).value), ctx)]));
    return { steps, outputs, summary: fs.readFileSync(summaryFile, "utf8"), success: !ctx.failed, tmp };
}
