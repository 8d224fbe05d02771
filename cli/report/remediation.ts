// The remediation pass as reports show it: lines of the text report, and SARIF results with `fixes`
// at the resource's declaration. The pass itself is the engine's (cli/engine/remediate.ts).
import type { Diagnostic } from "../engine/analyzer";
import { changeLine, PropChange, RemediationSummary } from "../engine/remediate";
import type { Report, SourceLocation } from "../engine/report";

/** The text report's lines for the remediation pass (none when no policy is at level remediate). */
export function remediationText(summary: RemediationSummary | undefined): string[] {
    if (summary === undefined) return [];
    const out = ["", summary.mode === "apply"
        ? "Remediations (level remediate; applied to the inputs before the policies ran, as the Pulumi engine does):"
        : "Remediations (level remediate; NOT applied: a plan cannot be changed, so the policies judged the inputs as planned):"];
    if (summary.changes.length === 0) out.push("    none");
    for (const r of summary.changes) {
        for (const c of r.changes) out.push(`    ${changeLine(r, c)}  (${r.policyName})`);
    }
    for (const f of summary.fallbacks) out.push(`    ${f.policyName}: level remediate, but ${f.reason}`);
    return out;
}

/** A remediation as a SARIF result's extra fields: the diff and a `fixes` entry at the resource's declaration. */
export interface SarifRemediation {
    urn: string;
    policyName: string;
    message: string;
    location?: SourceLocation;
    changes: PropChange[];
    applied: boolean;
}

/** The remediations of a report, one per policy and resource, for SARIF (level note). */
export function sarifRemediations(report: Report): SarifRemediation[] {
    const locations = new Map(report.resources.map((v) => [v.urn, v.location]));
    return (report.remediation?.changes ?? []).map((r) => ({
        urn: r.urn,
        policyName: r.policyName,
        message: `${r.applied ? "Remediated" : "Level remediate would change"}: ${r.changes.map((c) => changeLine(r, c)).join("; ")}.`,
        location: locations.get(r.urn),
        changes: r.changes,
        applied: r.applied,
    }));
}

/**
 * The SARIF 2.1.0 `fixes` of a remediation. The engine rewrites the inputs, not the program's text,
 * so the fix names the change in its description and marks the resource's declaration with an empty
 * replacement (SARIF requires one artifact change with one replacement).
 */
export function sarifFixes(r: SarifRemediation, artifactUri: string, uriBaseId = "%SRCROOT%"): Record<string, unknown>[] {
    const line = Math.max(1, Math.floor(r.location?.line ?? 1));
    const column = Math.max(1, Math.floor(r.location?.column ?? 1));
    return [{
        description: { text: r.changes.map((c) => `${c.path}: ${c.from} → ${c.to}`).join("; ") },
        artifactChanges: [{
            artifactLocation: { uri: artifactUri, uriBaseId },
            replacements: [{ deletedRegion: { startLine: line, startColumn: column, endLine: line, endColumn: column }, insertedContent: { text: "" } }],
        }],
    }];
}

const FIX_OF = new WeakMap<Diagnostic, SarifRemediation>();

/**
 * The remediations of a report as SARIF-ready findings (level `remediate`, a SARIF note), located at
 * the resource's declaration, for sarif.ts to list beside the diagnostics.
 */
export function remediationFindings(report: Report): { d: Diagnostic; urn: string; loc?: SourceLocation }[] {
    return sarifRemediations(report).map((x) => {
        const d: Diagnostic = {
            policyName: x.policyName, policyPackName: report.pack.name, policyPackVersion: report.pack.version,
            description: "", message: x.message, enforcementLevel: "remediate", severity: "", urn: x.urn,
        };
        FIX_OF.set(d, x);
        return { d, urn: x.urn, loc: x.location };
    });
}

/** `{ fixes }` for a finding made by remediationFindings, else nothing (spread into a SARIF result). */
export function sarifFixesOf(d: Diagnostic, artifactUri: string): { fixes?: Record<string, unknown>[] } {
    const x = FIX_OF.get(d);
    return x ? { fixes: sarifFixes(x, artifactUri) } : {};
}
