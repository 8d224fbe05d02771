// The one judge: every front end's resources go to a policy pack over the analyzer protocol, in the
// order the engine uses (ConfigureStack, GetAnalyzerInfo, Configure, the remediation pass, Analyze per
// resource, AnalyzeStack once), and come back as one report. Knows no input or output format.
import { AnalyzerClient, AnalyzerResource, Diagnostic, PolicyInfo } from "./analyzer";
import { UsageError } from "./errors";
import { PolicyPackConfigFile, resolvePolicyConfig } from "./policyConfig";
import { remediateResources } from "./remediate";
import { NotApplicable, Report, ResourceVerdict, SourceLocation } from "./report";

/** A resource to judge, with where it is declared when the front end knows. */
export type LocatedResource = AnalyzerResource & { location?: SourceLocation };

/** What the judge needs to know about the run besides the resources. */
export interface JudgeContext {
    /** The program directory or input file, as the report names it. */
    program: string;
    stack: string;
    project: string;
    policyConfig?: PolicyPackConfigFile;
    packDir?: string;
    /** false for a stack export (an update, not a preview). */
    dryRun?: boolean;
    tags?: Record<string, string>;
    /** "apply" (preview: remediations change the inputs, as the engine does) or "report" (a plan cannot be changed). */
    remediate?: "apply" | "report";
    /** Told how far the run is (for a progress line on a terminal). */
    progress?: Progress;
}

/** A phase of a run and, while analyzing, how many resources are done. */
export type Progress = (phase: string, done?: number, total?: number) => void;

/** Deeper than this, a value cannot cross the engine's protobuf boundary; judged it cannot be. */
export const MAX_DEPTH = 1000;

/** Whether a value nests deeper than `limit`, counted without recursion (a 10,000-deep value must not overflow the stack; a plan may hold millions of values). */
export function nestsDeeperThan(v: unknown, limit = MAX_DEPTH): boolean {
    const values: unknown[] = [v];
    const depths: number[] = [0];
    while (values.length > 0) {
        const x = values.pop() as Record<string, unknown>;
        const d = depths.pop()!;
        if (d > limit) return true;
        for (const k in x) {
            const y = x[k];
            if (y !== null && typeof y === "object") {
                values.push(y);
                depths.push(d + 1);
            }
        }
    }
    return false;
}

/** Rejects inputs nested too deeply for the protocol, naming the resource (exit 2). */
export function checkDepth(resources: AnalyzerResource[]): void {
    for (const r of resources) {
        if (nestsDeeperThan(r.props)) {
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

/** A judged run: the report, and the pack's policies as GetAnalyzerInfo gave them (SARIF rules, plan reports). */
export interface Judged {
    report: Report;
    policies: PolicyInfo[];
}

/** Judges already-captured resources with a running pack. */
export async function judge(client: AnalyzerClient, resources: LocatedResource[], ctx: JudgeContext): Promise<Judged> {
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
    let done = 0;
    ctx.progress?.("analyzing", 0, resources.length);
    await client.analyzeEach(resources, (i, res) => {
        ctx.progress?.("analyzing", ++done, resources.length);
        verdicts[i].diagnostics.push(...res.diagnostics.map((d) => capped({ ...d, urn: d.urn || resources[i].urn })));
        const na = meaningful(res.notApplicable);
        if (na.length > 0) verdicts[i].notApplicable = na;
    });
    const stackDiagnostics: Diagnostic[] = [];
    ctx.progress?.("analyzing the stack");
    const stackResult = await client.analyzeStack(resources);
    for (const d of stackResult.diagnostics.map(capped)) {
        const v = d.urn ? byUrn.get(d.urn) : undefined;
        if (v) v.diagnostics.push(d);
        else stackDiagnostics.push(d);
    }
    const stackNotApplicable = meaningful(stackResult.notApplicable);
    const all = [...verdicts.flatMap((v) => v.diagnostics), ...stackDiagnostics];
    const report = remediation.into({
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
    return { report, policies: info.policies };
}

