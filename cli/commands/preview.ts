// `ackguard preview`: gate a Pulumi program offline. Orchestration only: the program front end runs it
// under the SDK's mocks (frontends/program), the one judge sends its registrations to the pack
// (engine/judge), and every text the report carries is redacted of what the program sent as secret.
import * as fs from "fs";
import * as path from "path";
import type { AnalyzerClient, PolicyInfo } from "../engine/analyzer";
import { UsageError } from "../engine/errors";
import { judge, Progress } from "../engine/judge";
import { checkPackDir, DEFAULT_TIMEOUT_MS, withPack } from "../engine/pack";
import { ACKGUARD_DIR } from "../engine/paths";
import type { PolicyPackConfigFile } from "../engine/policyConfig";
import type { Report } from "../engine/report";
import { checkMocksFile } from "../frontends/program/invokes";
import { readProject, repositoryRoot } from "../frontends/program/project";
import { captureProgram, programResources, secretPlaintexts } from "../frontends/program/run";
import { redactReport } from "../report/redact";

export { ACKGUARD_DIR, DEFAULT_TIMEOUT_MS, UsageError };

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
    progress?: Progress;
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

/** The whole `ackguard preview`, with the pack's policies (for SARIF rules). */
export async function previewWithPolicies(programDir: string, opts: PreviewOptions = {}): Promise<{ report: Report; policies: PolicyInfo[] }> {
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
    opts.progress?.("running the program under mocks");
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
    const resources = programResources(captured.resources, project, stack);
    const secrets = secretPlaintexts(resources);
    opts.progress?.("starting the policy pack");
    return withPack(packDir, opts.client, async (client) => {
        client.timeoutMs = timeoutMs;
        const { report, policies } = await judge(client, resources, { program: dir, stack, project: project.name, policyConfig: opts.policyConfig, packDir, tags, progress: opts.progress });
        report.notExpanded = captured.notExpanded;
        report.invokes = captured.invokes;
        report.totals.notExpanded = captured.notExpanded.length;
        if (project.notes.length > 0) report.notes = project.notes;
        // Never print a secret: whatever the program sent as secret is redacted from every text.
        return { report: redactReport(report, secrets), policies };
    });
}

/** The whole `ackguard preview`: run the program, start (or reuse) the pack, judge, report. */
export async function previewProgram(programDir: string, opts: PreviewOptions = {}): Promise<Report> {
    return (await previewWithPolicies(programDir, opts)).report;
}
