// Runs a Pulumi program under the SDK's mocks in preview mode and records every resource
// registration as the engine would receive it. Runs in its own process (the Pulumi runtime is
// process-global): `node capture.js <programDir> <outFile>`, settings in ACKGUARD_CAPTURE. Each
// registration is appended to <outFile> as one JSON line as soon as it is made (nothing held here),
// and a last line carries the outcome.
//
// The program is loaded the way the Pulumi Node.js language host loads it (@pulumi/pulumi
// cmd/run/run.js): entry point from Pulumi.yaml `main`, else package.json `exports` / `main`, else
// the directory; ts-node with the same compiler options; ES modules by dynamic import; and an
// exported function (`export = async () => {...}`) is called and awaited, its result being the stack
// outputs. The run ends, as there, when the event loop is empty.
//
// The resource monitor is hooked, not re-implemented: the SDK serializes each resource exactly as
// for the engine (unknowns as sentinels, secrets as signature objects, property dependencies, the
// source position), and we keep the RegisterResourceRequest it sends.
import * as fs from "fs";
import * as path from "path";
import * as url from "url";
import * as util from "util";
import type { AnalyzerResource } from "../../engine/analyzer";
import type { InvokeUse, NotExpanded } from "../../engine/report";
import { EXPANDED_COMPONENTS, expandYamlComponent, loadYamlDocuments, NotExpandable } from "./expand";
import { DEFAULT_INVOKES, InvokeSource, loadMocks, MocksSpec } from "./invokes";

/** Where a resource is declared (the report's SourceLocation). */
export interface Location {
    file: string;
    line: number;
    column?: number;
}

export interface CaptureSettings {
    stack: string;
    project: string;
    organization: string;
    /** Stack config, "ns:key" -> string value (as PULUMI_CONFIG carries it). */
    config: Record<string, string>;
    secretKeys: string[];
    typeCheck: boolean;
    /** Pulumi.yaml `main` (relative to the project directory); "." or unset: package.json, then the directory. */
    main?: string;
    /** Pulumi.yaml `runtime.options.typescript` (default true). */
    typescript?: boolean;
    /** Pulumi.yaml `runtime.options.tsconfig`. */
    tsconfig?: string;
    /** `--mocks FILE`, absolute. */
    mocksFile?: string;
    /** Source locations are given relative to this directory (the repository root). */
    rootDir?: string;
}

export interface Captured extends AnalyzerResource {
    custom: boolean;
    /** The provider reference the SDK sent ("urn::id"), or "" for the default provider. */
    providerRef: string;
    /** Package version of the resource's provider (for default provider URNs). */
    version: string;
    location?: Location;
    /** Set on resources ACKGuard expanded offline from a component (its URN). */
    expandedFrom?: string;
}

export type { InvokeUse, NotExpanded } from "../../engine/report";

export interface CaptureSummary {
    notExpanded: NotExpanded[];
    invokes: InvokeUse[];
}

export type CaptureFailure = { ok: false; kind: "missing-package" | "syntax" | "program-error" | "no-program"; message: string };
export type CaptureResult = ({ ok: true; resources: Captured[] } & CaptureSummary) | CaptureFailure;
/** The last line of the capture file. */
export type CaptureEnd = ({ ok: true } & CaptureSummary) | CaptureFailure;

/** "90m" / "1h30m" / "45s" -> seconds (the engine sends custom timeouts in seconds). */
function durationSeconds(s: string): number {
    let total = 0;
    const re = /(\d+(?:\.\d+)?)(h|m|s|ms)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
        const n = Number(m[1]);
        total += m[2] === "h" ? n * 3600 : m[2] === "m" ? n * 60 : m[2] === "s" ? n : n / 1000;
    }
    return total;
}

/** Drops the engine-internal keys (`__defaults`, ...) the engine strips before Analyze. */
function stripInternal(v: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v ?? {})) {
        if (!k.startsWith("__")) out[k] = x;
    }
    return out;
}

// Source maps of the program's own compiled files (ts-node inlines them). Stack traces stay in
// V8's fast native form (ts-node's source-map-support would map every frame of every stack the
// SDK takes, one per resource, at ~20x the cost); the few positions we report are mapped here.
const sourceMaps = new Map<string, string>();
type SourceMapLike = { findEntry(l: number, c: number): any } | null;
const parsedMaps = new Map<string, SourceMapLike>();

function hookCompile(): void {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const Module = require("module");
    const compile = Module.prototype._compile;
    Module.prototype._compile = function (content: string, filename: string) {
        if (!filename.includes(`${path.sep}node_modules${path.sep}`)) {
            const m = /\/\/# sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)\s*$/.exec(content);
            if (m) sourceMaps.set(filename, m[1]);
        }
        return compile.call(this, content, filename);
    };
}

function mapPosition(file: string, line: number, column: number): { line: number; column: number } {
    let map: SourceMapLike | undefined = parsedMaps.get(file);
    if (map === undefined) {
        const b64 = sourceMaps.get(file);
        map = null;
        if (b64) {
            try {
                // eslint-disable-next-line @typescript-eslint/no-var-requires
                const { SourceMap } = require("module");
                map = new SourceMap(JSON.parse(Buffer.from(b64, "base64").toString("utf8")));
            } catch {
                map = null;
            }
        }
        parsedMaps.set(file, map ?? null);
    }
    if (map) {
        const e = map.findEntry(line - 1, column - 1);
        if (e && typeof e.originalLine === "number") return { line: e.originalLine + 1, column: e.originalColumn + 1 };
    }
    return { line, column };
}

let rootDir = process.cwd();
let programDir = process.cwd();

/** A program file (not a dependency) at a position, relative to the root, source-mapped. */
function locate(file: string, line: number, column: number): Location | undefined {
    if (file.startsWith("file://")) {
        try {
            file = url.fileURLToPath(file);
        } catch {
            return undefined;
        }
    }
    if (!path.isAbsolute(file) || file.includes(`${path.sep}node_modules${path.sep}`) || file.startsWith(__dirname + path.sep) || !(file.startsWith(programDir) || file.startsWith(rootDir + path.sep))) return undefined;
    const p = mapPosition(file, line, column);
    return { file: path.relative(rootDir, file).split(path.sep).join("/"), line: p.line, column: p.column };
}

/** The registration's source position if it is in the program, else the innermost program frame. */
function locationOf(req: any): Location | undefined {
    const positions: any[] = [];
    const sp = req.getSourceposition?.();
    if (sp) positions.push(sp);
    for (const f of req.getStacktrace?.()?.getFramesList?.() ?? []) {
        const pc = f.getPc?.();
        if (pc) positions.push(pc);
    }
    for (const p of positions) {
        const loc = p.getUri() ? locate(p.getUri(), p.getLine(), p.getColumn()) : undefined;
        if (loc) return loc;
    }
    return undefined;
}

/** The innermost frame of an error's stack that is in the program. */
function errorLocation(e: unknown): Location | undefined {
    const stack = typeof (e as Error)?.stack === "string" ? (e as Error).stack! : "";
    for (const line of stack.split("\n").slice(1)) {
        const m = /\(?((?:file:\/\/)?\/[^():]+):(\d+):(\d+)\)?\s*$/.exec(line);
        if (m) {
            const loc = locate(m[1], Number(m[2]), Number(m[3]));
            if (loc) return loc;
        }
    }
    return undefined;
}

/** A one-line description of anything a program can throw (never "[object Object]"). */
export function describeThrown(e: unknown): string {
    let msg: string;
    if (e instanceof Error || (e !== null && typeof e === "object" && typeof (e as Error).message === "string" && (e as Error).message !== "")) {
        msg = String((e as Error).message);
    } else if (typeof e === "string") {
        msg = e;
    } else {
        msg = util.inspect(e, { depth: 2, breakLength: Infinity, maxArrayLength: 10, maxStringLength: 200 });
    }
    const first = msg.split("\n").map((l) => l.trim()).filter((l) => l !== "")[0] ?? "(no message)";
    return first.length > 300 ? `${first.slice(0, 300)}…` : first;
}

function classify(e: unknown, programPath?: string): CaptureFailure {
    const err = e as Error & { code?: string; diagnosticText?: string };
    const msg = describeThrown(e);
    if (err?.code === "MODULE_NOT_FOUND" || err?.code === "ERR_MODULE_NOT_FOUND") {
        const m = /Cannot find (?:module|package) '([^']+)'/.exec(String(err.message));
        const mod = m ? m[1] : "?";
        if (programPath && (mod === programPath || mod === `${programPath}/` || mod.startsWith(programPath))) {
            return { ok: false, kind: "no-program", message: `no Pulumi program to run in ${path.dirname(programPath + "/x")}: no package.json "main", index.ts or index.js` };
        }
        return { ok: false, kind: "missing-package", message: `the program imports '${mod}', which is not installed: run 'npm install' in the program directory` };
    }
    if (err?.name === "TSError" || err?.name === "SyntaxError") {
        const text = String(err.diagnosticText ?? err.message ?? msg).split("\n").filter((l) => l.trim() !== "")[0];
        return { ok: false, kind: "syntax", message: `the program does not compile: ${text}` };
    }
    const loc = errorLocation(e);
    if (/Maximum call stack size exceeded/.test(msg)) {
        // The SDK serializes inputs recursively; so does the engine's protocol. Say what it means.
        const prop = /serializing property "([^"]+)"/.exec(msg);
        return { ok: false, kind: "program-error", message: `a resource's inputs${prop ? ` (property "${prop[1]}")` : ""} nest too deeply for the Pulumi SDK to serialize; flatten them${loc ? ` (${loc.file}:${loc.line})` : ""}` };
    }
    return { ok: false, kind: "program-error", message: `the program threw: ${msg}${loc ? ` (${loc.file}:${loc.line})` : ""}` };
}

/**
 * The SDK wraps each promise it creates (four per output property of every resource: ~135 per resource)
 * for PULUMI_DEBUG_PROMISE_LEAKS: a formatted stack trace and a label on it, two more promises that
 * take it off a leak list when it settles, and a message at exit if any never did. A program registers
 * all its resources before the first registration returns, so all of that is held at once: measured
 * ~230 KB per resource, over half the run's peak memory, and four fifths of its time. ACKGuard reads
 * neither the tags nor the exit message (the run's end is its own last line), so unless that variable
 * is set the promise is used as it is; how the SDK serializes a resource is unchanged.
 */
function dropPromiseLeakDebugging(pulumiDir: string): void {
    if (process.env.PULUMI_DEBUG_PROMISE_LEAKS) return;
    const debuggable = require(path.join(pulumiDir, "runtime", "debuggable"));
    if (typeof debuggable.debuggablePromise === "function") debuggable.debuggablePromise = (p: Promise<unknown>) => p;
}

/** Resources whose constructor ran but whose registration has not reached the monitor yet ("type" "name"). */
const pendingRegistrations = new Map<string, number>();
const registrationKey = (type: string, name: string) => `${type} "${name}"`;

/** Counts each resource the program constructs until its registration reaches the monitor (see stalled()). */
function trackRegistrations(pulumiDir: string): void {
    const resource = require(path.join(pulumiDir, "runtime", "resource"));
    const register = resource.registerResource;
    if (typeof register !== "function") return;
    resource.registerResource = function (this: unknown, res: unknown, parent: unknown, t: string, name: string, ...rest: unknown[]) {
        const k = registrationKey(String(t), String(name));
        pendingRegistrations.set(k, (pendingRegistrations.get(k) ?? 0) + 1);
        return register.call(this, res, parent, t, name, ...rest);
    };
}

function registered(type: string, name: string): void {
    const k = registrationKey(type, name);
    const n = (pendingRegistrations.get(k) ?? 0) - 1;
    if (n > 0) pendingRegistrations.set(k, n);
    else pendingRegistrations.delete(k);
}

/**
 * The outcome of a run whose event loop emptied while the Pulumi runtime still waited: a promise the
 * program made never settles, so some resources were never registered. `pulumi preview` fails such a
 * program ("... promises were still active at the time that the process exited"); nothing is judged.
 */
export function stalled(): CaptureFailure {
    const waiting = [...pendingRegistrations.keys()];
    const which = waiting.length === 0 ? "" : `; not registered: ${waiting.slice(0, 5).join(", ")}${waiting.length > 5 ? ` and ${waiting.length - 5} more` : ""}`;
    return {
        ok: false,
        kind: "program-error",
        message: `the program ended while the Pulumi runtime still waited on a promise that never settles (an input, output or invoke that is never resolved)${which}. \`pulumi preview\` fails it too ("promises were still active at the time that the process exited"); nothing was judged`,
    };
}

function searchUp(dir: string, file: string): string | undefined {
    for (let d = dir; ; d = path.dirname(d)) {
        if (fs.existsSync(path.join(d, file))) return path.join(d, file);
        if (path.dirname(d) === d) return undefined;
    }
}

function readJson(file: string): Record<string, any> {
    try {
        return JSON.parse(fs.readFileSync(file, "utf8")) ?? {};
    } catch {
        return {};
    }
}

export async function capture(dir: string, s: CaptureSettings, emit: (r: Captured) => void): Promise<CaptureEnd> {
    programDir = dir.endsWith(path.sep) ? dir : dir + path.sep;
    rootDir = s.rootDir ?? dir;
    // The program and this runner must share one @pulumi/pulumi, or the mocks never see its resources.
    let pulumiDir: string;
    try {
        pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [dir] }));
    } catch {
        return { ok: false, kind: "missing-package", message: `the program cannot resolve '@pulumi/pulumi': run 'npm install' in ${dir}` };
    }
    let userMocks: MocksSpec | undefined;
    if (s.mocksFile) {
        try {
            userMocks = loadMocks(s.mocksFile);
        } catch (e) {
            return { ok: false, kind: "program-error", message: `--mocks ${s.mocksFile}: ${describeThrown(e)}` };
        }
    }
    process.env.PULUMI_CONFIG = JSON.stringify(s.config);
    process.env.PULUMI_CONFIG_SECRET_KEYS = JSON.stringify(s.secretKeys);
    const runtime = require(path.join(pulumiDir, "runtime"));
    const settings = require(path.join(pulumiDir, "runtime", "settings"));
    const stackModule = require(path.join(pulumiDir, "runtime", "stack"));
    const tsutils = require(path.join(pulumiDir, "tsutils"));
    dropPromiseLeakDebugging(pulumiDir);
    trackRegistrations(pulumiDir);

    const notExpanded: NotExpanded[] = [];
    const invokes = new Map<string, InvokeUse>();
    let failure: unknown;
    const onFailure = (e: unknown) => {
        failure = failure ?? e;
    };

    const answer = (token: string, inputs: Record<string, unknown>): Record<string, unknown> => {
        const use = (by: InvokeSource, r: Record<string, unknown>) => {
            const u = invokes.get(token) ?? { token, calls: 0, answeredBy: by };
            u.calls++;
            invokes.set(token, u);
            return r;
        };
        const mocked = userMocks?.(token, inputs);
        if (mocked !== undefined) return use("mocks", mocked);
        if (token === "kubernetes:yaml:decode") {
            // yaml.ConfigFile / ConfigGroup (v1) parse in the SDK and ask the provider only to decode.
            return use("default", { result: loadYamlDocuments(String(inputs.text ?? "")) });
        }
        if (token === "kubernetes:helm:template" || token === "kubernetes:kustomize:directory") {
            let name = "?";
            try {
                const o = token === "kubernetes:helm:template" ? JSON.parse(String(inputs.jsonOpts ?? "{}")) : inputs;
                name = String(o.release_name ?? o.releaseName ?? o.chart ?? o.path ?? o.directory ?? "?");
            } catch {
                /* keep "?" */
            }
            notExpanded.push(token === "kubernetes:helm:template"
                ? { type: "kubernetes:helm.sh/v3:Chart", name, reason: "the provider renders the chart (helm template)" }
                : { type: "kubernetes:kustomize:Directory", name, reason: "the provider runs kustomize" });
            return use("default", { result: [] });
        }
        const d = DEFAULT_INVOKES[token];
        if (d) return use("default", d(inputs));
        return use("echo", inputs);
    };

    await runtime.setMocks(
        {
            // Preview of a create: no id, outputs = inputs; values derived from ids stay unknown.
            newResource: (a: { inputs: Record<string, unknown> }) => ({ id: undefined, state: a.inputs }),
            call: (a: { token: string; inputs: Record<string, unknown> }) => {
                try {
                    return answer(a.token, a.inputs);
                } catch (e) {
                    // The SDK rethrows a failed invoke as `new Error(err.details)`, as from the engine's gRPC error.
                    throw Object.assign(new Error(describeThrown(e)), { details: describeThrown(e) });
                }
            },
        },
        s.project,
        s.stack,
        true,
        s.organization,
    );

    const monitor = settings.getMonitor();
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req: any, callback: (err: unknown, resp: any) => void) => {
        register(req, (err: unknown, resp: any) => {
            if (!err && resp) {
                try {
                    record(req, resp);
                } catch (e) {
                    onFailure(e);
                }
            }
            callback(err, resp);
        });
    };

    // The engine refuses a second registration of one URN; so does this run.
    const urns = new Set<string>();
    const claim = (urn: string) => {
        if (urns.has(urn)) throw Object.assign(new Error(`Duplicate resource URN '${urn}'; try giving it a unique name`), { stack: "" });
        urns.add(urn);
    };

    const record = (req: any, resp: any) => {
        const ct = req.getCustomtimeouts?.();
        const c: Captured = {
            type: req.getType(),
            name: req.getName(),
            urn: resp.getUrn(),
            custom: req.getCustom(),
            props: stripInternal(req.getObject()?.toJavaScript() ?? {}),
            parent: req.getParent() || undefined,
            providerRef: req.getProvider() || "",
            version: req.getVersion() || "",
            dependencies: req.getDependenciesList(),
            propertyDependencies: Object.fromEntries(
                [...req.getPropertydependenciesMap().entries()].map(([k, v]: [string, any]) => [k, v.getUrnsList()]),
            ),
            options: {
                protect: req.getProtect?.() ?? false,
                ignoreChanges: req.getIgnorechangesList(),
                deleteBeforeReplace: req.getDeletebeforereplacedefined() ? req.getDeletebeforereplace() : undefined,
                additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
                aliases: req.getAliasurnsList?.() ?? [],
                customTimeouts: ct
                    ? { create: durationSeconds(ct.getCreate()), update: durationSeconds(ct.getUpdate()), delete: durationSeconds(ct.getDelete()) }
                    : undefined,
            },
            location: locationOf(req),
        };
        registered(c.type, c.name);
        claim(c.urn);
        emit(c);
        if (!req.getRemote?.()) return;
        if (!EXPANDED_COMPONENTS.has(c.type)) {
            notExpanded.push({ type: c.type, name: c.name, urn: c.urn, reason: "a remote component: its provider registers its children" });
            return;
        }
        let children;
        try {
            children = expandYamlComponent(c.type, c.name, c.props, process.cwd());
        } catch (e) {
            if (e instanceof NotExpandable) {
                notExpanded.push({ type: c.type, name: c.name, urn: c.urn, reason: e.message });
                return;
            }
            // The provider fails the preview on a manifest it cannot parse; so do we.
            throw Object.assign(new Error(`${c.type} "${c.name}": ${describeThrown(e)}`), { stack: "" });
        }
        const prefix = c.urn.split("::").slice(0, 2).join("::");
        for (const ch of children) {
            const typeChain = `${c.urn.split("::")[2]}$${ch.type}`;
            const urn = `${prefix}::${typeChain}::${ch.name}`;
            claim(urn);
            emit({
                type: ch.type,
                name: ch.name,
                urn,
                custom: true,
                props: ch.props,
                parent: c.urn,
                providerRef: "",
                version: c.version,
                dependencies: [],
                propertyDependencies: {},
                options: { protect: false, ignoreChanges: [], additionalSecretOutputs: [], aliases: [] },
                location: c.location,
                expandedFrom: c.urn,
            });
        }
    };

    process.on("unhandledRejection", onFailure);
    process.on("uncaughtException", onFailure);

    // --- As cmd/run/run.js ---
    const main = s.main && s.main !== "." ? s.main : ".";
    let program = path.resolve(dir, main);
    const manifest = searchUp(fs.existsSync(program) && fs.statSync(program).isDirectory() ? program : path.dirname(program), "package.json");
    const packageRoot = manifest ? path.dirname(manifest) : dir;
    const pkg = manifest ? readJson(manifest) : {};
    const resolveEntrypoint = (entry: unknown, fallback: string) => {
        if (typeof entry !== "string") return fallback;
        const p = path.join(packageRoot, entry);
        return fs.existsSync(p) ? p : fallback;
    };
    if (main === ".") {
        if (typeof pkg.exports === "string") program = resolveEntrypoint(pkg.exports, program);
        else if (pkg.exports !== null && typeof pkg.exports === "object") {
            const e = pkg.exports["."];
            program = typeof e === "string" ? resolveEntrypoint(e, program)
                : e !== null && typeof e === "object" ? resolveEntrypoint(e.default || e.require || e.import, program) : program;
        } else if (pkg.main) program = resolveEntrypoint(pkg.main, program);
    }
    const isModule = pkg.type === "module";
    if (s.typescript !== false) {
        const tsConfigPath = s.tsconfig ?? "tsconfig.json";
        const compilerOptions = tsutils.loadTypeScriptCompilerOptions(tsConfigPath);
        const { tsnodeRequire, typescriptRequire } = tsutils.typeScriptRequireStrings();
        const options = {
            compiler: typescriptRequire,
            transpileOnly: !s.typeCheck,
            project: tsConfigPath,
            skipProject: !fs.existsSync(tsConfigPath),
            compilerOptions: {} as Record<string, unknown>,
        };
        if (isModule) {
            options.compilerOptions = { target: "ES2022", module: "nodenext", moduleResolution: "nodenext", sourceMap: "true", ...compilerOptions };
            require("module").register(url.pathToFileURL(path.join(pulumiDir, "cmd", "run", "hooks.js")).href, { data: options });
        } else {
            options.compilerOptions = { target: "ES2020", module: "nodenext", moduleResolution: "nodenext", sourceMap: "true", ...compilerOptions };
            hookCompile();
            const prepareStackTrace = Error.prepareStackTrace;
            require(tsnodeRequire).register(options);
            Error.prepareStackTrace = prepareStackTrace;
        }
    }
    const dynamicImport = new Function("u", "return import(u)") as (u: string) => Promise<any>;
    const runProgram = async () => {
        let programExport: any;
        if (isModule) {
            let mainPath = fs.realpathSync(program);
            if (fs.statSync(mainPath).isDirectory()) {
                const index = ["index.js", "index.mjs", "index.ts", "index.mts"].find((f) => fs.existsSync(path.join(mainPath, f)));
                if (!index) throw Object.assign(new Error(`No entrypoint found in ${mainPath}`), { code: "MODULE_NOT_FOUND" });
                mainPath = path.join(mainPath, index);
            }
            programExport = await dynamicImport(url.pathToFileURL(mainPath).href);
            if (Object.getOwnPropertyDescriptor(programExport, "default") !== undefined) {
                if (Object.keys(programExport).length !== 1) {
                    throw new Error("expected entrypoint module to have either a default export or named exports but not both");
                }
                programExport = programExport.default;
            }
        } else {
            if (fs.existsSync(program) && fs.statSync(program).isDirectory() && !program.endsWith("/")) program = program + "/";
            programExport = require(program);
        }
        const invokeResult = programExport instanceof Function ? programExport() : programExport;
        return await invokeResult;
    };
    try {
        await stackModule.runInPulumiStack(runProgram);
    } catch (e) {
        onFailure(e);
    }
    // The language host's process lives until its event loop is empty; so does this run.
    await new Promise<void>((resolve) => process.once("beforeExit", () => resolve()));
    try {
        await settings.waitForRPCs();
    } catch (e) {
        onFailure(e);
    }
    if (failure !== undefined) return classify(failure, program.replace(/\/$/, ""));
    return {
        ok: true,
        notExpanded,
        invokes: [...invokes.values()].sort((a, b) => a.token.localeCompare(b.token)),
    };
}

// Child process entry.
if (require.main === module) {
    const [dir, outFile] = process.argv.slice(2);
    const fd = fs.openSync(outFile, "w");
    const line = (o: unknown) => fs.writeSync(fd, JSON.stringify(o) + "\n");
    let ended = false;
    let loopEmptied = false;
    process.on("beforeExit", () => (loopEmptied = true));
    // The event loop emptied (not a process.exit() of the program) before the run finished: it waits on a
    // promise that can never settle. Say so, rather than leave the reader to guess from a missing end line.
    process.on("exit", (code) => {
        if (!ended && loopEmptied && code === 0) line({ end: stalled() });
    });
    (async () => {
        let end: CaptureEnd;
        try {
            end = await capture(path.resolve(dir), JSON.parse(process.env.ACKGUARD_CAPTURE ?? "{}"), (r) => line({ r }));
        } catch (e) {
            end = classify(e);
        }
        line({ end });
        ended = true;
        fs.closeSync(fd);
        process.exit(0);
    })();
}
