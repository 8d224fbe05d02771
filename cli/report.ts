// The human report, shaped like the "Policies:" section the Pulumi CLI prints after a preview.
import { Diagnostic } from "./analyzer";
import { PreviewReport } from "./preview";
import { remediationText } from "./remediate";

/** "type: name" of a URN, as the Pulumi CLI shows resources in its Policies section. */
export function short(urn: string): string {
    const parts = urn.split("::");
    return parts.length >= 4 ? `${parts[2].split("$").pop()}: ${parts[3]}` : urn;
}

/** One diagnostic, indented like the Pulumi CLI's Policies section. */
export function block(d: Diagnostic, where: string): string[] {
    const lines = [`        - [${d.enforcementLevel}]  ${d.policyName}  (${where})`];
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
            out.push(...block(d, short(v.urn)));
        }
    }
    for (const d of r.stackDiagnostics) {
        out.push(...block(d, "stack"));
    }
    out.push(...remediationText(r.remediation));
    out.push("");
    out.push(`Resources: ${r.totals.resources} analyzed`);
    out.push(`Violations: ${r.totals.mandatory} mandatory, ${r.totals.advisory} advisory`);
    out.push(r.totals.mandatory > 0 ? "Result: BLOCKED (mandatory policy violations)" : "Result: passed");
    return out.join("\n");
}
