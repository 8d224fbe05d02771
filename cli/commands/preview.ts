// `ackguard preview`: gate a Pulumi program offline. The program runs under the SDK's mocks in
// preview mode (capture.ts, in a child process); its registrations go to the policy pack over the
// Analyzer protocol in the order the engine uses: ConfigureStack, GetAnalyzerInfo, Configure,
// Analyze per resource, AnalyzeStack once.
import { spawnWatched } from "../engine/parentWatch";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as readline from "readline";
import * as yaml from "js-yaml";
import { AnalyzerClient, AnalyzerResource, Diagnostic, packError, PackTimeoutError, startPackProcess, trackProcess } from "../engine/analyzer";
import type { CaptureEnd, CaptureSettings, Captured, InvokeUse, NotExpanded } from "../frontends/program/capture";
import { checkMocksFile } from "../frontends/program/invokes";
import { PolicyPackConfigFile, resolvePolicyConfig } from "../engine/policyConfig";
import { ACKGUARD_DIR } from "../engine/paths";
import { remediateResources, RemediationSummary } from "../engine/remediate";

/** An error the user can fix: printed as one line, exit code 2. */
export class UsageError extends Error {}

export interface PreviewOptions {
    stack?: string;
    /** Extra stack config, "key=value" ("ns:key" or a key of the project namespace). */
    config?: string[];
    policyConfig?: PolicyPackConfigFile;
    typeCheck?: boolean;
    /** A running pack to use; otherwise `packDir` is started as the Pulumi CLI starts it. */
    client?: AnalyzerClient;
    packDir?: string;
    /** Stack tags, "key=value", sent with ConfigureStack (stack-tag exemptions). */
    stackTags?: string[];
    /** `--mocks FILE`: invoke results by token (JSON) or a JS module. */
    mocksFile?: string;
    /** Deadline of the program run and of each call to the pack, milliseconds (default 600 s). */
    timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 600000;

/** Where a resource is declared: a program file (ackguard preview), a .tf file (terraform plan)... */
export interface SourceLocation {
    /** Path relative to the repository / working directory, with forward slashes. */
    file: string;
    line: number;
    column?: number;
}

/** A policy the pack reported as not applying to a resource, for a reason worth showing (exemptions...). */
export interface NotApplicable {
    policyName: string;
    reason: string;
}

export interface ResourceVerdict {
    urn: string;
    type: string;
    name: string;
    diagnostics: Diagnostic[];
    /** Where the resource is declared, when known. */
    location?: SourceLocation;
    /** Exemptions and other reasons a policy did not apply (type-filter entries left out). */
    notApplicable?: NotApplicable[];
}

export interface PreviewReport {
    program: string;
    stack: string;
    pack: { name: string; version: string; dir?: string };
    resources: ResourceVerdict[];
    /** Stack-policy diagnostics that name no resource of the program. */
    stackDiagnostics: Diagnostic[];
    /** Stack policies that did not apply, with the reason (exemptions). */
    stackNotApplicable?: NotApplicable[];
    /** Components whose children only their provider registers: not judged offline. */
    notExpanded?: NotExpanded[];
    /** The data sources the program called, and what answered them offline. */
    invokes?: InvokeUse[];
    totals: { resources: number; mandatory: number; advisory: number; notApplicable?: number; notExpanded?: number };
    /** The remediation pass, when a policy is at level remediate. */
    remediation?: RemediationSummary;
}

export { ACKGUARD_DIR };

export interface ProjectInfo {
    name: string;
    config: Record<string, string>;
    secretKeys: string[];
    /** Pulumi.yaml `main`, `runtime.options.typescript`, `runtime.options.tsconfig`. */
    main?: string;
    typescript?: boolean;
    tsconfig?: string;
}

function readYaml(file: string): Record<string, unknown> {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        throw new UsageError(`cannot read ${file}: ${ioReason(e)}`);
    }
    try {
        const doc = yaml.load(text);
        return doc !== null && typeof doc === "object" && !Array.isArray(doc) ? (doc as Record<string, unknown>) : {};
    } catch (e) {
        throw new UsageError(`${file} is not valid YAML: ${(e as Error).message.split("\n")[0]}`);
    }
}

/** A file-system error as words ("no such file", "is a directory"...), not a bare code. */
export function ioReason(e: unknown): string {
    const code = (e as NodeJS.ErrnoException)?.code;
    const words: Record<string, string> = {
        ENOENT: "no such file or directory",
        EISDIR: "it is a directory, not a file",
        ENOTDIR: "a parent of it is not a directory",
        EACCES: "permission denied",
        EPERM: "permission denied",
        EMFILE: "too many open files",
    };
    return code && words[code] ? words[code] : (e as Error)?.message?.split("\n")[0] ?? String(e);
}

/** Pulumi's own rule for stack names: letters, digits, `-`, `_`, `.`, at most 100 characters. */
export function checkStackName(stack: string): void {
    if (!/^[A-Za-z0-9_.-]{1,100}$/.test(stack) || stack === "." || stack === "..") {
        throw new UsageError(`--stack "${stack.length > 60 ? stack.slice(0, 60) + "…" : stack}" is not a stack name: use letters, digits, "-", "_" and "." (at most 100)`);
    }
}

/** Project name from Pulumi.yaml and stack config from Pulumi.<stack>.yaml, as the CLI reads them. */
export function readProject(dir: string, stack: string, extra: string[] = []): ProjectInfo {
    checkStackName(stack);
    const projectFile = ["Pulumi.yaml", "Pulumi.yml"].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    if (!projectFile) {
        throw new UsageError(`${dir} is not a Pulumi project: no Pulumi.yaml (give the program directory: ackguard preview <dir>)`);
    }
    const project = readYaml(projectFile);
    if (typeof project.name !== "string" || project.name === "") {
        throw new UsageError(`${projectFile} has no project name ("name: ...")`);
    }
    const runtime = project.runtime;
    const runtimeName = typeof runtime === "string" ? runtime : (runtime as { name?: unknown } | undefined)?.name;
    if (runtimeName !== undefined && runtimeName !== "nodejs") {
        throw new UsageError(`${projectFile}: runtime "${String(runtimeName)}" is not supported offline (ackguard preview runs Node.js programs; use pulumi preview --policy-pack)`);
    }
    const options = (typeof runtime === "object" && runtime !== null ? (runtime as { options?: Record<string, unknown> }).options : undefined) ?? {};
    const name = project.name;
    const qualify = (k: string) => (k.includes(":") ? k : `${name}:${k}`);
    const config: Record<string, string> = {};
    const secretKeys: string[] = [];
    const stackFile = path.join(dir, `Pulumi.${stack}.yaml`);
    if (fs.existsSync(stackFile)) {
        const c = readYaml(stackFile).config;
        for (const [k, v] of Object.entries(c !== null && typeof c === "object" ? (c as Record<string, unknown>) : {})) {
            if (v !== null && typeof v === "object" && "secure" in (v as object)) {
                // Encrypted values cannot be decrypted offline; the program sees a placeholder secret.
                config[qualify(k)] = "[secret]";
                secretKeys.push(qualify(k));
            } else {
                config[qualify(k)] = typeof v === "string" ? v : JSON.stringify(v);
            }
        }
    }
    for (const kv of extra) {
        const i = kv.indexOf("=");
        if (i <= 0) throw new UsageError(`--config expects key=value, got "${kv.slice(0, 80)}"`);
        config[qualify(kv.slice(0, i))] = kv.slice(i + 1);
    }
    return {
        name,
        config,
        secretKeys,
        main: typeof project.main === "string" ? project.main : undefined,
        typescript: typeof options.typescript === "boolean" ? options.typescript : undefined,
        tsconfig: typeof options.tsconfig === "string" ? options.tsconfig : undefined,
    };
}

/** The repository root (nearest directory with .git), else the program directory: locations are relative to it. */
export function repositoryRoot(dir: string): string {
    for (let d = path.resolve(dir); ; d = path.dirname(d)) {
        if (fs.existsSync(path.join(d, ".git"))) return d;
        if (path.dirname(d) === d) return path.resolve(dir);
    }
}

export interface CaptureOutcome {
    resources: Captured[];
    notExpanded: NotExpanded[];
    invokes: InvokeUse[];
    stackOutputs: string[];
}

/**
 * Runs capture.ts in a child process and returns what it recorded. The child is stopped after
 * `timeoutMs` (exit 2 with the cause) and whenever ACKGuard itself stops.
 */
export function captureProgram(dir: string, settings: CaptureSettings, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<CaptureOutcome> {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-"));
    const out = path.join(tmp, "capture.jsonl");
    return new Promise((resolve, reject) => {
        // A big program's SDK bookkeeping outgrows Node's default heap; the child may use more.
        const heapMb = Math.max(4096, Math.min(16384, Math.floor((os.totalmem() / 1048576) * 0.5)));
        const child = spawnWatched(process.execPath, [`--max-old-space-size=${heapMb}`, path.join(__dirname, "..", "frontends", "program", "capture.js"), dir, out], {
            env: { ...process.env, ACKGUARD_CAPTURE: JSON.stringify(settings) },
            cwd: dir,
            stdio: ["ignore", "ignore", "pipe"],
        });
        const untrack = trackProcess(() => child.kill("SIGKILL"));
        let stderr = "";
        child.stderr!.on("data", (d) => {
            stderr = (stderr + d.toString()).slice(-16384);
        });
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill("SIGKILL");
        }, timeoutMs);
        child.on("error", (e) => {
            clearTimeout(timer);
            untrack();
            fs.rmSync(tmp, { recursive: true, force: true });
            reject(new UsageError(`the program could not be run: ${e.message}`));
        });
        child.on("exit", (code, signal) => {
            clearTimeout(timer);
            untrack();
            readCapture(out)
                .then((r) => {
                    fs.rmSync(tmp, { recursive: true, force: true });
                    if (timedOut) {
                        reject(new UsageError(`the program did not finish within ${Math.round(timeoutMs / 1000)} s (--timeout): it was stopped after registering ${r.resources.length} resources`));
                    } else if (r.end === undefined) {
                        const why = /heap out of memory|Allocation failed/i.test(stderr)
                            ? `it ran out of memory after ${r.resources.length} resources`
                            : signal ? `it was killed by ${signal}` : `it exited with code ${code}${stderr.trim() ? `: ${packError(stderr)}` : ""}`;
                        reject(new UsageError(`the program could not be run: ${why}`));
                    } else if (!r.end.ok) {
                        reject(new UsageError(r.end.message));
                    } else {
                        resolve({ resources: r.resources, notExpanded: r.end.notExpanded, invokes: r.end.invokes, stackOutputs: r.end.stackOutputs });
                    }
                })
                .catch((e) => {
                    fs.rmSync(tmp, { recursive: true, force: true });
                    reject(e);
                });
        });
    });
}

async function readCapture(file: string): Promise<{ resources: Captured[]; end?: CaptureEnd }> {
    const resources: Captured[] = [];
    let end: CaptureEnd | undefined;
    if (!fs.existsSync(file)) return { resources };
    const rl = readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity });
    for await (const line of rl) {
        if (line === "") continue;
        let o: { r?: Captured; end?: CaptureEnd };
        try {
            o = JSON.parse(line);
        } catch {
            continue; // a line cut by a killed child
        }
        if (o.r) resources.push(o.r);
        else if (o.end) end = o.end;
    }
    return { resources, end };
}

/** The provider object the engine hands the analyzer: the explicit provider, or the default one. */
function providerFor(r: Captured, byUrn: Map<string, Captured>, project: ProjectInfo, stack: string): AnalyzerResource["provider"] {
    if (!r.custom || r.type.startsWith("pulumi:providers:")) return undefined;
    if (r.providerRef) {
        const urn = r.providerRef.split("::").slice(0, -1).join("::");
        const p = byUrn.get(urn);
        if (p) return { type: p.type, name: p.name, urn: p.urn, props: p.props };
    }
    const pkg = r.type.split(":")[0];
    const version = r.version || "0.0.0";
    const props: Record<string, unknown> = { version };
    for (const [k, v] of Object.entries(project.config)) {
        if (k.startsWith(`${pkg}:`)) props[k.slice(pkg.length + 1)] = v;
    }
    const name = `default_${version.replace(/[.-]/g, "_")}`;
    return { type: `pulumi:providers:${pkg}`, name, urn: `urn:pulumi:${stack}::${project.name}::pulumi:providers:${pkg}::${name}`, props };
}

export type LocatedResource = AnalyzerResource & { location?: SourceLocation };

export function toAnalyzerResources(captured: Captured[], project: ProjectInfo, stack: string): LocatedResource[] {
    const byUrn = new Map(captured.map((c) => [c.urn, c]));
    // Children a component registers from its own code (e.g. yaml.ConfigFile) point at the component's line.
    const locationOf = (c: Captured | undefined, hops = 0): SourceLocation | undefined =>
        !c || hops > 100 ? undefined : c.location ?? (c.parent ? locationOf(byUrn.get(c.parent), hops + 1) : undefined);
    return captured.map((c) => ({
        type: c.type,
        name: c.name,
        urn: c.urn,
        props: c.props,
        options: { ...c.options, parent: c.parent },
        parent: c.parent,
        provider: providerFor(c, byUrn, project, stack),
        dependencies: c.dependencies,
        propertyDependencies: c.propertyDependencies,
        location: locationOf(c),
    }));
}

/** Deeper than this, a value cannot cross the engine's protobuf boundary; judged it cannot be. */
export const MAX_DEPTH = 1000;

/** Nesting depth of a value, counted without recursion (a 10,000-deep value must not overflow the stack). */
export function depthOf(v: unknown, limit = MAX_DEPTH): number {
    let max = 0;
    const stack: [unknown, number][] = [[v, 0]];
    while (stack.length > 0) {
        const [x, d] = stack.pop()!;
        if (d > max) max = d;
        if (max > limit) return max;
        if (x !== null && typeof x === "object") {
            for (const y of Array.isArray(x) ? x : Object.values(x)) {
                if (y !== null && typeof y === "object") stack.push([y, d + 1]);
            }
        }
    }
    return max;
}

/** Rejects inputs nested too deeply for the protocol, naming the resource (exit 2). */
export function checkDepth(resources: AnalyzerResource[]): void {
    for (const r of resources) {
        if (depthOf(r.props) > MAX_DEPTH) {
            throw new UsageError(`${r.type} "${r.name.slice(0, 100)}": its inputs nest more than ${MAX_DEPTH} levels deep, beyond what the engine's protocol carries; it cannot be judged`);
        }
    }
}

/** Longest diagnostic message a report carries: a policy quoting a 10 MB input must not make a 20 MB report. */
export const MAX_MESSAGE = 8000;

/** A message cut to MAX_MESSAGE characters, saying how much was left out. */
export function capMessage(m: string): string {
    return m.length <= MAX_MESSAGE ? m : `${m.slice(0, MAX_MESSAGE)}… [message cut: ${m.length - MAX_MESSAGE} more characters]`;
}

const capped = (d: Diagnostic): Diagnostic => (d.message.length > MAX_MESSAGE ? { ...d, message: capMessage(d.message) } : d);

/** Not-applicable entries worth showing: exemptions and real reasons, not "this policy is for another type". */
export function meaningful(na: NotApplicable[]): NotApplicable[] {
    return na.filter((n) => !/^Policy only applies to |^Policy does not implement validateResource/.test(n.reason));
}

/** Judges already-captured resources with a running pack. */
export async function judge(
    client: AnalyzerClient,
    resources: LocatedResource[],
    ctx: { program: string; stack: string; project: string; policyConfig?: PolicyPackConfigFile; packDir?: string; dryRun?: boolean; tags?: Record<string, string>; remediate?: "apply" | "report" },
): Promise<PreviewReport> {
    checkDepth(resources);
    await client.configureStack({
        stack: ctx.stack,
        project: ctx.project,
        organization: "organization",
        dryRun: ctx.dryRun ?? true,
        tags: { "pulumi:project": ctx.project, "pulumi:runtime": "nodejs", ...(ctx.tags ?? {}) },
    });
    const info = await client.getAnalyzerInfo();
    const config = resolvePolicyConfig(info, ctx.policyConfig ?? {});
    await client.configure(config);
    const remediation = await remediateResources(client, info, config, resources, ctx.remediate);
    resources = remediation.resources;
    const verdicts: ResourceVerdict[] = [];
    const byUrn = new Map<string, ResourceVerdict>();
    for (const r of resources) {
        const v: ResourceVerdict = { urn: r.urn, type: r.type, name: r.name, diagnostics: [] };
        if (r.location) v.location = r.location;
        verdicts.push(v);
        byUrn.set(r.urn, v);
    }
    // Results are attributed per resource, whatever order they arrive in.
    await client.analyzeEach(resources, (i, res) => {
        verdicts[i].diagnostics.push(...res.diagnostics.map((d) => capped({ ...d, urn: d.urn || resources[i].urn })));
        const na = meaningful(res.notApplicable);
        if (na.length > 0) verdicts[i].notApplicable = na;
    });
    const stackDiagnostics: Diagnostic[] = [];
    const stackResult = await client.analyzeStack(resources);
    for (const d of stackResult.diagnostics.map(capped)) {
        const v = d.urn ? byUrn.get(d.urn) : undefined;
        if (v) v.diagnostics.push(d);
        else stackDiagnostics.push(d);
    }
    const stackNotApplicable = meaningful(stackResult.notApplicable);
    const all = [...verdicts.flatMap((v) => v.diagnostics), ...stackDiagnostics];
    return remediation.into({
        program: ctx.program,
        stack: ctx.stack,
        pack: { name: info.name, version: info.version, dir: ctx.packDir },
        resources: verdicts,
        stackDiagnostics,
        stackNotApplicable,
        totals: {
            resources: resources.length,
            mandatory: all.filter((d) => d.enforcementLevel === "mandatory").length,
            advisory: all.filter((d) => d.enforcementLevel === "advisory").length,
            notApplicable: verdicts.reduce((n, v) => n + (v.notApplicable?.length ?? 0), 0) + stackNotApplicable.length,
        },
    });
}

/** Parses repeated `--stack-tag key=value`. */
export function parseStackTags(tags: string[] = []): Record<string, string> {
    const out: Record<string, string> = {};
    for (const t of tags) {
        const i = t.indexOf("=");
        if (i <= 0) throw new UsageError(`--stack-tag expects key=value, got "${t.slice(0, 80)}"`);
        out[t.slice(0, i)] = t.slice(i + 1);
    }
    return out;
}

/** Checks that `dir` is a policy pack directory before anything is started (exit 2 otherwise). */
export function checkPackDir(dir: string): void {
    let st: fs.Stats;
    try {
        st = fs.statSync(dir);
    } catch {
        throw new UsageError(`--pack ${dir}: no such directory`);
    }
    if (!st.isDirectory()) throw new UsageError(`--pack ${dir} is a file, not a policy pack directory`);
    if (!fs.existsSync(path.join(dir, "PulumiPolicy.yaml"))) throw new UsageError(`--pack ${dir} is not a policy pack: no PulumiPolicy.yaml`);
}

/** The whole `ackguard preview`: capture the program, start (or reuse) the pack, judge, report. */
export async function previewProgram(programDir: string, opts: PreviewOptions = {}): Promise<PreviewReport> {
    const dir = path.resolve(programDir);
    let st: fs.Stats | undefined;
    try {
        st = fs.statSync(dir);
    } catch {
        st = undefined;
    }
    if (!st) throw new UsageError(`program directory ${programDir} does not exist`);
    if (!st.isDirectory()) throw new UsageError(`${programDir} is a file: give the program's directory (the one with Pulumi.yaml)`);
    const stack = opts.stack ?? "dev";
    const project = readProject(dir, stack, opts.config);
    const tags = parseStackTags(opts.stackTags);
    if (opts.mocksFile) {
        const bad = checkMocksFile(opts.mocksFile);
        if (bad) throw new UsageError(bad);
    }
    const packDir = opts.packDir ?? ACKGUARD_DIR;
    if (!opts.client) checkPackDir(packDir);
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const captured = await captureProgram(dir, {
        stack,
        project: project.name,
        organization: "organization",
        config: project.config,
        secretKeys: project.secretKeys,
        typeCheck: !!opts.typeCheck,
        main: project.main,
        typescript: project.typescript,
        tsconfig: project.tsconfig,
        mocksFile: opts.mocksFile ? path.resolve(opts.mocksFile) : undefined,
        rootDir: repositoryRoot(dir),
    }, timeoutMs);
    // The Stack resource is always registered; a program that registers nothing else was not judged.
    if (captured.resources.filter((r) => r.type !== "pulumi:pulumi:Stack").length === 0 && captured.notExpanded.length === 0) {
        throw new UsageError(`the program registered no resources, so nothing was judged (does it create its resources at load, or in an exported function?)`);
    }
    const resources = toAnalyzerResources(captured.resources, project, stack);
    const report = await withPack(packDir, opts.client, (client) => {
        client.timeoutMs = timeoutMs;
        return judge(client, resources, { program: dir, stack, project: project.name, policyConfig: opts.policyConfig, packDir, tags });
    });
    report.notExpanded = captured.notExpanded;
    report.invokes = captured.invokes;
    report.totals.notExpanded = captured.notExpanded.length;
    return report;
}

/** Runs `fn` with `client`, or with a pack started from `packDir` (as the CLI starts it) and stopped after. */
export async function withPack<T>(packDir: string, client: AnalyzerClient | undefined, fn: (client: AnalyzerClient) => Promise<T>): Promise<T> {
    if (client) {
        return fn(client);
    }
    let pack;
    try {
        pack = await startPackProcess(packDir);
    } catch (e) {
        throw new UsageError(`cannot start the policy pack: ${(e as Error).message}`);
    }
    const started = new AnalyzerClient(pack.address);
    try {
        return await fn(started);
    } catch (e) {
        if (e instanceof PackTimeoutError) throw new UsageError(e.message);
        throw e;
    } finally {
        started.close();
        pack.stop();
    }
}
