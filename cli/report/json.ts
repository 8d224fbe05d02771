// One order for machine-readable reports: the same input gives byte-identical `--json` output,
// whatever order the program registered its resources in or the pack answered. (The text report
// keeps the program's order, as the Pulumi CLI does.)
import type { Diagnostic } from "../engine/analyzer";
import type { Report } from "../engine/report";
import { LEVEL_RANK, sortedBy } from "./findings";

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const diagKey = (d: Diagnostic) => [d.urn ?? "", LEVEL_RANK[d.enforcementLevel] ?? 9, d.policyName, d.message].join("\0");

/** A copy of a preview or plan report with resources, diagnostics and findings in a fixed order. */
export function canonical<T extends Report>(r: T): T {
    const out: Record<string, unknown> = {
        ...(r as unknown as Record<string, unknown>),
        resources: [...r.resources].sort((a, b) => cmp(a.urn, b.urn)).map((v) => ({ ...v, diagnostics: sortedBy(v.diagnostics, diagKey) })),
        stackDiagnostics: sortedBy(r.stackDiagnostics, diagKey),
    };
    const plan = r as unknown as Record<string, unknown>;
    if (Array.isArray(plan.deletions)) out.deletions = sortedBy(plan.deletions as Diagnostic[], diagKey);
    if (Array.isArray(plan.cleared)) out.cleared = [...(plan.cleared as { urn: string; op: string }[])].sort((a, b) => cmp(`${a.urn}\0${a.op}`, `${b.urn}\0${b.op}`));
    if (Array.isArray(plan.policies)) out.policies = [...(plan.policies as { name: string }[])].sort((a, b) => cmp(a.name, b.name));
    return out as T;
}

/** The `--json` text of a report. */
export function reportJson(r: Report): string {
    return JSON.stringify(canonical(r), null, 2);
}

/** The `--json` document of a run that judged nothing (exit 2): why, so that a CI step never reads an empty file. */
export function errorJson(message: string): string {
    return JSON.stringify({ judged: false, error: message }, null, 2);
}
