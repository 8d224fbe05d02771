// The program front end: runs a Pulumi program under the SDK's mocks in preview mode (capture.ts, in a
// child process) and turns its registrations into analyzer resources, as the engine would send them.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as readline from "readline";
import { AnalyzerResource, packError, trackProcess } from "../../engine/analyzer";
import { UsageError } from "../../engine/errors";
import { spawnWatched } from "../../engine/parentWatch";
import type { LocatedResource } from "../../engine/judge";
import { DEFAULT_TIMEOUT_MS } from "../../engine/pack";
import type { InvokeUse, NotExpanded, SourceLocation } from "../../engine/report";
import { isSecret } from "../../../model/wire";
import { collectSecretStrings } from "../pulumi/state";
import type { CaptureEnd, CaptureSettings, Captured } from "./capture";
import type { ProjectInfo } from "./project";

export interface CaptureOutcome {
    resources: Captured[];
    notExpanded: NotExpanded[];
    invokes: InvokeUse[];
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
        const child = spawnWatched(process.execPath, [`--max-old-space-size=${heapMb}`, path.join(__dirname, "capture.js"), dir, out], {
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
                        resolve({ resources: r.resources, notExpanded: r.end.notExpanded, invokes: r.end.invokes });
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

/** The analyzer resources of a program run: inputs in wire form, parent, provider, dependencies, declaration. */
export function programResources(captured: Captured[], project: ProjectInfo, stack: string): LocatedResource[] {
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


/**
 * The plaintexts of every value the program sent as a secret (wire secrets in any resource's inputs):
 * no output may print them, even where a policy quoted one that looked like a name.
 */
export function secretPlaintexts(resources: AnalyzerResource[]): Set<string> {
    const out = new Set<string>();
    // Iterative over the containers (a deep input must not overflow the stack); leaves under a secret are collected.
    const stack: unknown[] = resources.flatMap((r) => [r.props, r.provider?.props]);
    while (stack.length > 0) {
        const v = stack.pop();
        if (isSecret(v)) collectSecretStrings(v.value, out);
        else if (Array.isArray(v)) for (const x of v) stack.push(x);
        else if (v !== null && typeof v === "object") for (const x of Object.values(v)) stack.push(x);
    }
    return out;
}
