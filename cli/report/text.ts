// The human report of every command, shaped like the "Policies:" section the Pulumi CLI prints after a
// preview: findings per resource (mandatory first), the deletion gate's findings for a plan, what did
// not apply and why (exemptions), what was not judged, the remediation pass, totals, the result.
import type { Diagnostic } from "../engine/analyzer";
import { InputKind, isPlanReport, Report, SourceLocation } from "../engine/report";
import { countsByPolicy, flatFindings, short } from "./findings";

export { short };
import { remediationText } from "./remediation";

/** "index.ts:42" */
export function where(l: SourceLocation | undefined): string {
    return l ? `${l.file}:${l.line}` : "";
}

/** One diagnostic, indented like the Pulumi CLI's Policies section. */
export function block(d: Diagnostic, resource: string, location?: SourceLocation): string[] {
    const lines = [`        - [${d.enforcementLevel}]  ${d.policyName}  (${resource})${location ? `  ${where(location)}` : ""}`];
    for (const l of d.message.split("\n")) {
        lines.push(`          ${l}`);
    }
    return lines;
}

const INPUT_NAMES: Record<InputKind, string> = {
    "pulumi-preview": "pulumi preview --json",
    "stack-export": "pulumi stack export",
    terraform: "terraform show -json",
};

const order = (d: Diagnostic) => (d.enforcementLevel === "mandatory" ? 0 : 1);

export interface TextOptions {
    /** Findings and the result line only (`--quiet`). */
    quiet?: boolean;
}

/** The closing table: findings per policy and level, the largest first (long runs read this first). */
function summaryTable(r: Report): string[] {
    const counts = countsByPolicy(flatFindings(r));
    if (counts.length === 0) return [];
    const width = Math.max(...counts.map((c) => c.policyName.length), "Policy".length);
    const row = (a: string, b: string, c: string, d: string) => `    ${a.padEnd(width)}  ${b.padStart(9)}  ${c.padStart(8)}  ${d.padStart(8)}`;
    return ["", "Summary by policy:", row("Policy", "mandatory", "advisory", "exempted"), ...counts.map((c) => row(c.policyName, String(c.mandatory), String(c.advisory), String(c.exempted)))];
}

export function renderText(r: Report, opts: TextOptions = {}): string {
    const out: string[] = [];
    const plan = isPlanReport(r) ? r : undefined;
    const tf = plan?.input.kind === "terraform";
    // A Terraform resource is named by its address and followed by " at file:line"; a Pulumi one by "type: name".
    const label = (urn: string, name: string, loc: SourceLocation | undefined): [string, SourceLocation | undefined] =>
        tf ? [`${name}${loc ? ` at ${where(loc)}` : ""}`, undefined] : [short(urn), loc];
    if (opts.quiet) return quietText(r, label);
    if (plan) {
        out.push(`Checking ${plan.input.file} (${plan.input.via ?? INPUT_NAMES[plan.input.kind]}${tf ? "" : `, stack ${r.stack}`}) with policy pack ${r.pack.name}@v${r.pack.version}`, "");
    } else {
        out.push(`Previewing ${r.program} (stack ${r.stack}) with policy pack ${r.pack.name}@v${r.pack.version}`, "");
    }
    const mark = r.totals.mandatory > 0 ? "❌" : r.totals.advisory > 0 ? "⚠️" : "✅";
    out.push("Policies:");
    out.push(`    ${mark} ${r.pack.name}@v${r.pack.version}${r.pack.dir ? ` (local: ${r.pack.dir})` : ""}`);
    // Never `out.push(...lines)`: a big stack's report has more lines than a call takes arguments.
    for (const line of packBlocks(r, label)) out.push(line);
    if (plan && (plan.deletions.length > 0 || plan.cleared.length > 0)) {
        out.push("", "Deletions and replacements (old state):");
        for (const line of gateBlocks(r, label)) out.push(line);
        for (const c of plan.cleared) {
            const name = tf ? c.urn.slice(c.urn.lastIndexOf("::") + 2) : short(c.urn);
            out.push(`        - [cleared]  ${c.policyName}  (${name}, ${c.op}): ${c.reason}`);
        }
    }
    const na = r.resources.filter((v) => (v.notApplicable ?? []).length > 0);
    if (na.length > 0 || (r.stackNotApplicable ?? []).length > 0) {
        out.push("", "Not applicable (exemptions and reasons):");
        for (const v of na) {
            const [name, loc] = label(v.urn, v.name, v.location);
            for (const n of v.notApplicable!) out.push(`    - ${n.policyName}  (${name})${loc ? `  ${where(loc)}` : ""}: ${n.reason}`);
        }
        for (const n of r.stackNotApplicable ?? []) out.push(`    - ${n.policyName}  (stack): ${n.reason}`);
    }
    const notExpanded = r.notExpanded ?? [];
    if (notExpanded.length > 0) {
        out.push("", "Not judged offline (a real `pulumi preview --policy-pack` judges their children):");
        const byType = new Map<string, string[]>();
        for (const n of notExpanded) {
            const k = `${n.type} (${n.reason})`;
            const names = byType.get(k);
            if (names) names.push(n.name);
            else byType.set(k, [n.name]);
        }
        for (const [k, names] of byType) out.push(`    - not expanded: ${names.length} resource${names.length === 1 ? "" : "s"} of type ${k}: ${names.slice(0, 5).join(", ")}${names.length > 5 ? ", …" : ""}`);
    }
    const echoed = (r.invokes ?? []).filter((i) => i.answeredBy === "echo");
    if (echoed.length > 0) {
        out.push("", "Data sources without an offline result (they returned their inputs; give results with --mocks FILE):");
        for (const i of echoed) out.push(`    - ${i.token} (${i.calls} call${i.calls === 1 ? "" : "s"})`);
    }
    if (plan && plan.unjudged.length > 0) {
        const byType = new Map<string, number>();
        for (const u of plan.unjudged) byType.set(u.type, (byType.get(u.type) ?? 0) + 1);
        out.push("", `Not judged (no ACKGuard mapping): ${[...byType].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(", ")}`);
    }
    for (const n of r.notes ?? []) out.push(`Note: ${n}`);
    for (const line of remediationText(r.remediation)) out.push(line);
    for (const line of summaryTable(r)) out.push(line);
    out.push("");
    const notApplicable = r.totals.notApplicable ? `${r.totals.notApplicable} not applicable` : "";
    if (plan) {
        const extra = [plan.unjudged.length > 0 ? `${plan.unjudged.length} not judged` : "", notApplicable].filter((x) => x !== "");
        out.push(`Resources: ${r.totals.resources} analyzed (new state), ${plan.deletions.length + plan.cleared.length} identity removals checked (old state)${extra.length ? `, ${extra.join(", ")}` : ""}`);
    } else {
        const extra = [notApplicable, r.totals.notExpanded ? `${r.totals.notExpanded} components not expanded` : ""].filter((x) => x !== "");
        out.push(`Resources: ${r.totals.resources} analyzed${extra.length ? `; ${extra.join(", ")}` : ""}`);
    }
    out.push(`Violations: ${r.totals.mandatory} mandatory, ${r.totals.advisory} advisory`);
    out.push(r.totals.mandatory > 0 ? "Result: BLOCKED (mandatory policy violations)" : "Result: passed");
    return out.join("\n");
}

type Labeler = (urn: string, name: string, loc: SourceLocation | undefined) => [string, SourceLocation | undefined];

/** The pack's findings, per resource (mandatory first), then the stack's. */
function packBlocks(r: Report, label: Labeler): string[] {
    const out: string[] = [];
    for (const v of r.resources) {
        const [name, loc] = label(v.urn, v.name, v.location);
        for (const d of [...v.diagnostics].sort((a, b) => order(a) - order(b))) out.push(...block(d, name, loc));
    }
    for (const d of r.stackDiagnostics) out.push(...block(d, "stack"));
    return out;
}

/** The gates' findings on the old state, with the step that removes each identity. */
function gateBlocks(r: Report, label: Labeler): string[] {
    if (!isPlanReport(r)) return [];
    return r.deletions.flatMap((d) => {
        const [name, loc] = label(d.urn, d.name, d.location);
        return block(d, `${name}, ${d.op}`, loc);
    });
}

/** `--quiet`: each finding (pack and gates) and the result line, nothing else. */
function quietText(r: Report, label: Labeler): string {
    const out = packBlocks(r, label).concat(gateBlocks(r, label));
    out.push(r.totals.mandatory > 0 ? `Result: BLOCKED (${r.totals.mandatory} mandatory, ${r.totals.advisory} advisory)` : `Result: passed (${r.totals.advisory} advisory)`);
    return out.join("\n");
}
