// A report as a flat list of findings, in a fixed order: what the line-oriented formats (Markdown,
// GitLab Code Quality, JUnit) and the text summary render. Exempted findings are listed with their
// reason, never dropped.
import { isExemption, isPlanReport, Report, SourceLocation } from "../engine/report";

export interface FlatFinding {
    policyName: string;
    /** mandatory | advisory | remediate (remediations are reported by the text and SARIF formats). */
    level: string;
    severity: string;
    message: string;
    urn: string;
    /** What a user calls the resource: "cs.NodePool workers", a Terraform address, "stack". */
    resource: string;
    location?: SourceLocation;
    /** Set when the policy-pack config exempts the resource: the finding is shown, not enforced. */
    exemption?: string;
    /** From a gate on the old state (a deletion), not from the pack. */
    gate?: boolean;
}

/** "type: name" of a URN, as the Pulumi CLI shows resources in its Policies section. */
export function short(urn: string): string {
    const parts = urn.split("::");
    return parts.length >= 4 ? `${parts[2].split("$").pop()}: ${parts[3]}` : urn;
}

/** "cs.NodePool: workers" of a URN, or the Terraform address a plan names the resource by. */
export function resourceLabel(r: Report, urn: string, name: string): string {
    if (isPlanReport(r) && r.input.kind === "terraform") return name;
    return urn.split("::").length >= 4 ? short(urn) : name;
}

/** The order of enforcement levels in every report: the ones that block first. */
export const LEVEL_RANK: Record<string, number> = { mandatory: 0, advisory: 1, remediate: 2, disabled: 3 };

/** A sorted copy of `xs` by a string key, each key built once (not at every comparison: reports sort 100,000s). */
export function sortedBy<T>(xs: readonly T[], key: (x: T) => string): T[] {
    return xs
        .map((x) => ({ x, k: key(x) }))
        .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
        .map((e) => e.x);
}

export function flatFindings(r: Report): FlatFinding[] {
    const out: FlatFinding[] = [];
    for (const v of r.resources) {
        const resource = resourceLabel(r, v.urn, v.name);
        for (const d of v.diagnostics) out.push({ policyName: d.policyName, level: d.enforcementLevel, severity: d.severity, message: d.message, urn: d.urn || v.urn, resource, location: v.location });
        for (const n of (v.notApplicable ?? []).filter(isExemption)) {
            out.push({ policyName: n.policyName, level: "exempted", severity: "", message: n.reason, urn: v.urn, resource, location: v.location, exemption: n.reason });
        }
    }
    for (const d of r.stackDiagnostics) out.push({ policyName: d.policyName, level: d.enforcementLevel, severity: d.severity, message: d.message, urn: d.urn, resource: "stack" });
    for (const n of (r.stackNotApplicable ?? []).filter(isExemption)) {
        out.push({ policyName: n.policyName, level: "exempted", severity: "", message: n.reason, urn: "", resource: "stack", exemption: n.reason });
    }
    if (isPlanReport(r)) {
        for (const d of r.deletions) {
            out.push({ policyName: d.policyName, level: d.enforcementLevel, severity: d.severity, message: d.message, urn: d.urn, resource: `${resourceLabel(r, d.urn, d.name)} (${d.op})`, location: d.location, gate: true });
        }
    }
    return sortedBy(out, (f) => `${LEVEL_RANK[f.level] ?? 9}\0${f.location?.file ?? "~"}\0${String(f.location?.line ?? 0).padStart(9, "0")}\0${f.resource}\0${f.policyName}\0${f.message}`);
}

/** Per policy: how many findings at each level (the text report's closing table, Markdown's summary). */
export function countsByPolicy(findings: FlatFinding[]): { policyName: string; mandatory: number; advisory: number; exempted: number }[] {
    const m = new Map<string, { policyName: string; mandatory: number; advisory: number; exempted: number }>();
    for (const f of findings) {
        const row = m.get(f.policyName) ?? { policyName: f.policyName, mandatory: 0, advisory: 0, exempted: 0 };
        if (f.level === "mandatory") row.mandatory++;
        else if (f.level === "advisory") row.advisory++;
        else if (f.level === "exempted") row.exempted++;
        m.set(f.policyName, row);
    }
    return [...m.values()].sort((a, b) => b.mandatory - a.mandatory || b.advisory - a.advisory || (a.policyName < b.policyName ? -1 : 1));
}

/** "passed" / "BLOCKED": the one-word verdict every format states. */
export function verdictOf(r: Report): "passed" | "blocked" {
    return r.totals.mandatory > 0 ? "blocked" : "passed";
}
