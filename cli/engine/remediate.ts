// The engine's remediation pass, offline. Before it analyzes a resource, the Pulumi engine calls
// `Remediate` on every analyzer and, for each remediation that returns properties, replaces the
// resource's inputs with them; `Analyze` (and later `AnalyzeStack`) then see the new inputs, and a
// remediation that could not run is shown as an advisory warning (pulumi/pulumi
// pkg/resource/deploy/step_generator.go, "We do two passes: first we perform remediations, and
// *then* we do analysis"). Pulumi's analysis of an existing snapshot reports what would change
// without applying it; `ackguard plan` does the same, since a plan cannot be changed.
import { AnalyzerClient, AnalyzerInfo, AnalyzerResource, Diagnostic, PolicyConfigMap, Remediation } from "./analyzer";
import type { PreviewReport, SourceLocation } from "../commands/preview";
import { shortTypeName } from "../../model/resources";
import { isSecret, isUnknown } from "../../model/wire";

/** One changed input: `management.autoVulFix false → true`. Secret values are shown as [secret]. */
export interface PropChange {
    path: string;
    from: string;
    to: string;
}

export interface RemediationRecord {
    urn: string;
    type: string;
    name: string;
    policyName: string;
    changes: PropChange[];
    /** True when the inputs were replaced before analysis (preview); false when only reported (plan). */
    applied: boolean;
}

export interface RemediationSummary {
    /** "apply" (ackguard preview, like `pulumi preview/up`) or "report" (ackguard plan). */
    mode: "apply" | "report";
    /** Policies configured at level remediate. */
    policies: string[];
    changes: RemediationRecord[];
    /** Policies at level remediate that cannot remediate and are enforced as mandatory, with why. */
    fallbacks: { policyName: string; reason: string }[];
}

const NO_REMEDIATE = "Policy does not implement remediateResource";

function render(v: unknown, secret: boolean): string {
    if (secret) return "[secret]";
    if (v === undefined || v === null) return "not set";
    if (isUnknown(v)) return "(unknown)";
    if (typeof v === "string") return JSON.stringify(v);
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    return JSON.stringify(v);
}

const plain = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v) && !isSecret(v);

/** JSON with object keys sorted (the engine's Struct does not keep key order). */
function canon(v: unknown): string {
    if (Array.isArray(v)) return `[${v.map(canon).join(",")}]`;
    if (v !== null && typeof v === "object") {
        return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canon((v as Record<string, unknown>)[k])}`).join(",")}}`;
    }
    return JSON.stringify(v) ?? "undefined";
}

/** The leaf changes from `before` to `after` (wire form), in key order; values under a secret stay hidden. */
export function diffProps(before: unknown, after: unknown, path = "", secret = false): PropChange[] {
    if (isSecret(before) || isSecret(after)) {
        const b = isSecret(before) ? before.value : before;
        const a = isSecret(after) ? after.value : after;
        return diffProps(b, a, path, true);
    }
    if (plain(before) && plain(after)) {
        const out: PropChange[] = [];
        for (const k of [...new Set([...Object.keys(before), ...Object.keys(after)])]) {
            out.push(...diffProps(before[k], after[k], path ? `${path}.${k}` : k, secret));
        }
        return out;
    }
    if (plain(after) && (before === undefined || before === null)) {
        return diffProps({}, after, path, secret);
    }
    if (canon(before) === canon(after)) return [];
    return [{ path: path || "(props)", from: render(before, secret), to: render(after, secret) }];
}

/** `cs.NodePool workers: management.autoVulFix false → true` */
export function changeLine(r: { type: string; name: string }, c: PropChange): string {
    return `${shortTypeName(r.type)} ${r.name}: ${c.path} ${c.from} → ${c.to}`;
}

function remediationDiagnostic(x: Remediation, urn: string): Diagnostic {
    return {
        policyName: x.policyName,
        policyPackName: x.policyPackName,
        policyPackVersion: x.policyPackVersion,
        description: x.description,
        message: x.diagnostic,
        enforcementLevel: "advisory",
        severity: "",
        urn,
    };
}

/**
 * Runs the remediation pass over `resources` (after Configure). In "apply" mode the returned
 * resources carry the remediated inputs, as the engine analyzes them; in "report" mode they are
 * the inputs as given. `into` adds the pass's findings to the report built from them.
 */
export async function remediateResources<R extends AnalyzerResource>(
    client: AnalyzerClient,
    info: AnalyzerInfo,
    config: PolicyConfigMap,
    resources: R[],
    mode: "apply" | "report" = "apply",
): Promise<{ resources: R[]; into: <T extends PreviewReport>(report: T) => T & { remediation?: RemediationSummary } }> {
    const policies = info.policies.filter((p) => config[p.name]?.enforcementLevel === "remediate").map((p) => p.name);
    if (policies.length === 0) {
        // The SDK runs only policies at level remediate, so the pass cannot change anything: skipped.
        return { resources, into: (report) => report };
    }
    const records: RemediationRecord[] = [];
    const diagnostics = new Map<string, Diagnostic[]>();
    const fallbacks = new Map<string, string>();
    for (const p of info.policies) {
        if (policies.includes(p.name) && p.policyType === "stack") {
            fallbacks.set(p.name, "stack policies cannot remediate (the SDK enforces them as mandatory)");
        }
    }
    const out: R[] = [];
    for (const r of resources) {
        const res = await client.remediate(r);
        let props = r.props;
        for (const x of res.remediations) {
            if (x.diagnostic) {
                diagnostics.set(r.urn, [...(diagnostics.get(r.urn) ?? []), remediationDiagnostic(x, r.urn)]);
            } else if (x.properties) {
                const changes = diffProps(props, x.properties);
                if (changes.length > 0) {
                    records.push({ urn: r.urn, type: r.type, name: r.name, policyName: x.policyName, changes, applied: mode === "apply" });
                }
                props = x.properties;
            }
        }
        for (const n of res.notApplicable) {
            if (n.reason === NO_REMEDIATE) fallbacks.set(n.policyName, "the policy does not implement remediateResource (the SDK enforces it as mandatory)");
        }
        out.push(mode === "apply" && props !== r.props ? { ...r, props } : r);
    }
    const summary: RemediationSummary = {
        mode,
        policies,
        changes: records,
        fallbacks: [...fallbacks].map(([policyName, reason]) => ({ policyName, reason })).sort((a, b) => a.policyName.localeCompare(b.policyName)),
    };
    return {
        resources: out,
        into: (report) => {
            for (const v of report.resources) {
                const ds = diagnostics.get(v.urn);
                if (ds) v.diagnostics.push(...ds);
            }
            const added = [...diagnostics.values()].reduce((n, ds) => n + ds.length, 0);
            return { ...report, totals: { ...report.totals, advisory: report.totals.advisory + added }, remediation: summary };
        },
    };
}

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
export function sarifRemediations(report: PreviewReport & { remediation?: RemediationSummary }): SarifRemediation[] {
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
 * the resource's declaration, for cli/sarif.ts to list beside the diagnostics.
 */
export function remediationFindings(report: PreviewReport & { remediation?: RemediationSummary }): { d: Diagnostic; urn: string; loc?: SourceLocation }[] {
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
