// Runs a Pulumi program under the SDK's mocks in preview mode and records every resource
// registration as the engine would receive it. Runs in its own process (the Pulumi runtime is
// process-global): `node capture.js <programDir> <outFile>`, settings in ACKGUARD_CAPTURE.
//
// The resource monitor is hooked, not re-implemented: the SDK serializes each resource exactly as
// for the engine (unknowns as sentinels, secrets as signature objects, property dependencies), and
// we keep the RegisterResourceRequest it sends.
import * as fs from "fs";
import * as path from "path";
import type { AnalyzerResource } from "./analyzer";

export interface CaptureSettings {
    stack: string;
    project: string;
    organization: string;
    /** Stack config, "ns:key" -> string value (as PULUMI_CONFIG carries it). */
    config: Record<string, string>;
    secretKeys: string[];
    typeCheck: boolean;
}

export interface Captured extends AnalyzerResource {
    custom: boolean;
    /** The provider reference the SDK sent ("urn::id"), or "" for the default provider. */
    providerRef: string;
    /** Package version of the resource's provider (for default provider URNs). */
    version: string;
}

export type CaptureResult =
    | { ok: true; resources: Captured[] }
    | { ok: false; kind: "missing-package" | "syntax" | "program-error" | "no-program"; message: string };

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

function programEntry(dir: string): string | undefined {
    const pkgFile = path.join(dir, "package.json");
    if (fs.existsSync(pkgFile)) {
        try {
            const main = JSON.parse(fs.readFileSync(pkgFile, "utf8")).main;
            if (typeof main === "string") return path.resolve(dir, main);
        } catch {
            /* fall through to index.* */
        }
    }
    for (const f of ["index.ts", "index.js"]) {
        if (fs.existsSync(path.join(dir, f))) return path.join(dir, f);
    }
    return undefined;
}

function classify(e: unknown): CaptureResult {
    const err = e as Error & { code?: string; diagnosticText?: string };
    const msg = String(err?.message ?? e);
    if (err?.code === "MODULE_NOT_FOUND") {
        const m = /Cannot find module '([^']+)'/.exec(msg);
        return { ok: false, kind: "missing-package", message: `the program imports '${m ? m[1] : "?"}', which is not installed: run 'npm install' in the program directory` };
    }
    if (err?.name === "TSError" || err?.name === "SyntaxError") {
        return { ok: false, kind: "syntax", message: `the program does not compile: ${(err.diagnosticText ?? msg).split("\n").filter((l) => l.trim() !== "")[0]}` };
    }
    return { ok: false, kind: "program-error", message: `the program threw: ${msg.split("\n")[0]}` };
}

export async function capture(programDir: string, s: CaptureSettings): Promise<CaptureResult> {
    const entry = programEntry(programDir);
    if (!entry) {
        return { ok: false, kind: "no-program", message: `no Pulumi program in ${programDir} (no package.json main, index.ts or index.js)` };
    }
    // The program and this runner must share one @pulumi/pulumi, or the mocks never see its resources.
    let pulumiDir: string;
    try {
        pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [programDir] }));
    } catch {
        return { ok: false, kind: "missing-package", message: `the program cannot resolve '@pulumi/pulumi': run 'npm install' in ${programDir}` };
    }
    process.env.PULUMI_CONFIG = JSON.stringify(s.config);
    process.env.PULUMI_CONFIG_SECRET_KEYS = JSON.stringify(s.secretKeys);
    const runtime = require(path.join(pulumiDir, "runtime"));
    const settings = require(path.join(pulumiDir, "runtime", "settings"));
    const stackModule = require(path.join(pulumiDir, "runtime", "stack"));

    await runtime.setMocks(
        {
            // Preview of a create: no id, outputs = inputs; values derived from ids stay unknown.
            newResource: (a: { inputs: Record<string, unknown> }) => ({ id: undefined, state: a.inputs }),
            call: (a: { inputs: Record<string, unknown> }) => a.inputs,
        },
        s.project,
        s.stack,
        true,
        s.organization,
    );

    const captured: Captured[] = [];
    const monitor = settings.getMonitor();
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req: any, callback: (err: unknown, resp: any) => void) => {
        register(req, (err: unknown, resp: any) => {
            if (!err && resp) {
                const ct = req.getCustomtimeouts?.();
                captured.push({
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
                });
            }
            callback(err, resp);
        });
    };

    // TypeScript programs compile as `pulumi preview` would run them, via ts-node.
    if (entry.endsWith(".ts")) {
        // ts-node installs source-map-support, which makes every stack trace the SDK captures
        // (one or more per resource) cost ~20x more; messages here never show stack frames.
        const prepareStackTrace = Error.prepareStackTrace;
        require("ts-node").register({
            transpileOnly: !s.typeCheck,
            skipProject: !fs.existsSync(path.join(programDir, "tsconfig.json")),
            project: path.join(programDir, "tsconfig.json"),
            compilerOptions: { target: "ES2020", module: "commonjs", moduleResolution: "node", esModuleInterop: true, strict: false },
        });
        Error.prepareStackTrace = prepareStackTrace;
    }

    let failure: unknown;
    const onFailure = (e: unknown) => {
        failure = failure ?? e;
    };
    process.on("unhandledRejection", onFailure);
    process.on("uncaughtException", onFailure);
    try {
        await stackModule.runInPulumiStack(async () => {
            const mod = require(entry);
            // A program may export an async main.
            if (typeof mod?.default === "function") {
                return await mod.default();
            }
            return mod;
        });
        await settings.waitForRPCs();
    } catch (e) {
        failure = failure ?? e;
    }
    if (failure !== undefined) {
        return classify(failure);
    }
    return { ok: true, resources: captured };
}

// Child process entry.
if (require.main === module) {
    const [programDir, outFile] = process.argv.slice(2);
    const settingsJson = process.env.ACKGUARD_CAPTURE;
    (async () => {
        let result: CaptureResult;
        try {
            result = await capture(path.resolve(programDir), JSON.parse(settingsJson ?? "{}"));
        } catch (e) {
            result = classify(e);
        }
        fs.writeFileSync(outFile, JSON.stringify(result));
        process.exit(0);
    })();
}
