// The human report, shaped like the "Policies:" section the Pulumi CLI prints after a preview.
import { Diagnostic } from "../engine/analyzer";
import { PreviewReport, SourceLocation } from "../commands/preview";
import { remediationText } from "../engine/remediate";

/** "type: name" of a URN, as the Pulumi CLI shows resources in its Policies section. */
export function short(urn: string): string {
    const parts = urn.split("::");
    return parts.length >= 4 ? `${parts[2].split("$").pop()}: ${parts[3]}` : urn;
}

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

export function renderText(r: PreviewReport): string {
    const out: string[] = [];
    out.push(`Previewing ${r.program} (stack ${r.stack}) with policy pack ${r.pack.name}@v${r.pack.version}`, "");
    const mark = r.totals.mandatory > 0 ? "❌" : r.totals.advisory > 0 ? "⚠️" : "✅";
    out.push("Policies:");
    out.push(`    ${mark} ${r.pack.name}@v${r.pack.version}${r.pack.dir ? ` (local: ${r.pack.dir})` : ""}`);
    const order = (d: Diagnostic) => (d.enforcementLevel === "mandatory" ? 0 : 1);
    for (const v of r.resources) {
        for (const d of [...v.diagnostics].sort((a, b) => order(a) - order(b))) {
            out.push(...block(d, short(v.urn), v.location));
        }
    }
    for (const d of r.stackDiagnostics) {
        out.push(...block(d, "stack"));
    }
    const na = r.resources.filter((v) => (v.notApplicable ?? []).length > 0);
    if (na.length > 0 || (r.stackNotApplicable ?? []).length > 0) {
        out.push("", "Not applicable (exemptions and reasons):");
        for (const v of na) {
            for (const n of v.notApplicable!) out.push(`    - ${n.policyName}  (${short(v.urn)})${v.location ? `  ${where(v.location)}` : ""}: ${n.reason}`);
        }
        for (const n of r.stackNotApplicable ?? []) out.push(`    - ${n.policyName}  (stack): ${n.reason}`);
    }
    const notExpanded = r.notExpanded ?? [];
    if (notExpanded.length > 0) {
        out.push("", "Not judged offline (a real `pulumi preview --policy-pack` judges their children):");
        const byType = new Map<string, string[]>();
        for (const n of notExpanded) byType.set(`${n.type} (${n.reason})`, [...(byType.get(`${n.type} (${n.reason})`) ?? []), n.name]);
        for (const [k, names] of byType) out.push(`    - not expanded: ${names.length} resource${names.length === 1 ? "" : "s"} of type ${k}: ${names.slice(0, 5).join(", ")}${names.length > 5 ? ", …" : ""}`);
    }
    const echoed = (r.invokes ?? []).filter((i) => i.answeredBy === "echo");
    if (echoed.length > 0) {
        out.push("", "Data sources without an offline result (they returned their inputs; give results with --mocks FILE):");
        for (const i of echoed) out.push(`    - ${i.token} (${i.calls} call${i.calls === 1 ? "" : "s"})`);
    }
    out.push(...remediationText(r.remediation));
    out.push("");
    const extra = [
        r.totals.notApplicable ? `${r.totals.notApplicable} not applicable` : "",
        r.totals.notExpanded ? `${r.totals.notExpanded} components not expanded` : "",
    ].filter((x) => x !== "");
    out.push(`Resources: ${r.totals.resources} analyzed${extra.length ? `; ${extra.join(", ")}` : ""}`);
    out.push(`Violations: ${r.totals.mandatory} mandatory, ${r.totals.advisory} advisory`);
    out.push(r.totals.mandatory > 0 ? "Result: BLOCKED (mandatory policy violations)" : "Result: passed");
    return out.join("\n");
}
