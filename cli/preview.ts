// `ackguard preview`: gate a Pulumi program offline. The program runs under the SDK's mocks in
// preview mode (capture.ts, in a child process); its registrations go to the policy pack over the
// Analyzer protocol in the order the engine uses: ConfigureStack, GetAnalyzerInfo, Configure,
// Analyze per resource, AnalyzeStack once.
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as yaml from "js-yaml";
import { AnalyzerClient, AnalyzerResource, Diagnostic, startPackProcess } from "./analyzer";
import type { CaptureResult, CaptureSettings, Captured } from "./capture";
import { PolicyPackConfigFile, resolvePolicyConfig } from "./policyConfig";
import { remediateResources, RemediationSummary } from "./remediate";

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
}

/** Where a resource is declared: a program file (ackguard preview), a .tf file (terraform plan)... */
export interface SourceLocation {
    /** Path relative to the repository / working directory, with forward slashes. */
    file: string;
    line: number;
    column?: number;
}

export interface ResourceVerdict {
    urn: string;
    type: string;
    name: string;
    diagnostics: Diagnostic[];
    /** Where the resource is declared, when known. */
    location?: SourceLocation;
}

export interface PreviewReport {
    program: string;
    stack: string;
    pack: { name: string; version: string; dir?: string };
    resources: ResourceVerdict[];
    /** Stack-policy diagnostics that name no resource of the program. */
    stackDiagnostics: Diagnostic[];
    totals: { resources: number; mandatory: number; advisory: number };
    /** The remediation pass, when a policy is at level remediate. */
    remediation?: RemediationSummary;
}

export const ACKGUARD_DIR = path.join(__dirname, "..", "..");

interface ProjectInfo {
    name: string;
    config: Record<string, string>;
    secretKeys: string[];
}

function readYaml(file: string): Record<string, unknown> {
    try {
        const doc = yaml.load(fs.readFileSync(file, "utf8"));
        return doc !== null && typeof doc === "object" ? (doc as Record<string, unknown>) : {};
    } catch (e) {
        throw new UsageError(`cannot read ${file}: ${(e as Error).message.split("\n")[0]}`);
    }
}

/** Project name from Pulumi.yaml and stack config from Pulumi.<stack>.yaml, as the CLI reads them. */
export function readProject(dir: string, stack: string, extra: string[] = []): ProjectInfo {
    const projectFile = path.join(dir, "Pulumi.yaml");
    const project = fs.existsSync(projectFile) ? readYaml(projectFile) : {};
    const name = typeof project.name === "string" ? project.name : path.basename(dir);
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
        if (i <= 0) throw new UsageError(`--config expects key=value, got "${kv}"`);
        config[qualify(kv.slice(0, i))] = kv.slice(i + 1);
    }
    return { name, config, secretKeys };
}

/** Runs capture.ts in a child process and returns what it recorded. */
export function captureProgram(dir: string, settings: CaptureSettings): Promise<Captured[]> {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-")), "capture.json");
    return new Promise((resolve, reject) => {
        execFile(
            process.execPath,
            [path.join(__dirname, "capture.js"), dir, out],
            { env: { ...process.env, ACKGUARD_CAPTURE: JSON.stringify(settings) }, cwd: dir, timeout: 300000, maxBuffer: 64 * 1024 * 1024 },
            (err, _stdout, stderr) => {
                let result: CaptureResult | undefined;
                try {
                    result = JSON.parse(fs.readFileSync(out, "utf8"));
                } catch {
                    /* no result written */
                }
                fs.rmSync(path.dirname(out), { recursive: true, force: true });
                if (result === undefined) {
                    const last = String(stderr).trim().split("\n").slice(-1)[0];
                    reject(new UsageError(`the program could not be run${err ? ` (${err.message.split("\n")[0]})` : ""}${last ? `: ${last}` : ""}`));
                } else if (!result.ok) {
                    reject(new UsageError(result.message));
                } else {
                    resolve(result.resources);
                }
            },
        );
    });
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

export function toAnalyzerResources(captured: Captured[], project: ProjectInfo, stack: string): AnalyzerResource[] {
    const byUrn = new Map(captured.map((c) => [c.urn, c]));
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
    }));
}

/** Judges already-captured resources with a running pack. */
export async function judge(
    client: AnalyzerClient,
    resources: AnalyzerResource[],
    ctx: { program: string; stack: string; project: string; policyConfig?: PolicyPackConfigFile; packDir?: string; dryRun?: boolean; tags?: Record<string, string>; remediate?: "apply" | "report" },
): Promise<PreviewReport> {
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
        verdicts.push(v);
        byUrn.set(r.urn, v);
    }
    // The engine analyzes resources concurrently; results are attributed per resource either way.
    const results = await Promise.all(resources.map((r) => client.analyze(r)));
    results.forEach((res, i) => verdicts[i].diagnostics.push(...res.diagnostics.map((d) => ({ ...d, urn: d.urn || resources[i].urn }))));
    const stackDiagnostics: Diagnostic[] = [];
    for (const d of (await client.analyzeStack(resources)).diagnostics) {
        const v = d.urn ? byUrn.get(d.urn) : undefined;
        if (v) v.diagnostics.push(d);
        else stackDiagnostics.push(d);
    }
    const all = [...verdicts.flatMap((v) => v.diagnostics), ...stackDiagnostics];
    return remediation.into({
        program: ctx.program,
        stack: ctx.stack,
        pack: { name: info.name, version: info.version, dir: ctx.packDir },
        resources: verdicts,
        stackDiagnostics,
        totals: {
            resources: resources.length,
            mandatory: all.filter((d) => d.enforcementLevel === "mandatory").length,
            advisory: all.filter((d) => d.enforcementLevel === "advisory").length,
        },
    });
}

/** The whole `ackguard preview`: capture the program, start (or reuse) the pack, judge, report. */
export async function previewProgram(programDir: string, opts: PreviewOptions = {}): Promise<PreviewReport> {
    const dir = path.resolve(programDir);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
        throw new UsageError(`program directory ${programDir} does not exist`);
    }
    const stack = opts.stack ?? "dev";
    const project = readProject(dir, stack, opts.config);
    const captured = await captureProgram(dir, {
        stack,
        project: project.name,
        organization: "organization",
        config: project.config,
        secretKeys: project.secretKeys,
        typeCheck: !!opts.typeCheck,
    });
    const resources = toAnalyzerResources(captured, project, stack);
    const packDir = opts.packDir ?? ACKGUARD_DIR;
    return withPack(packDir, opts.client, (client) =>
        judge(client, resources, { program: dir, stack, project: project.name, policyConfig: opts.policyConfig, packDir }));
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
    } finally {
        started.close();
        pack.stop();
    }
}
