// `--format markdown`: a summary for a pull-request comment or `$GITHUB_STEP_SUMMARY` (GitHub-flavoured
// Markdown): the verdict, a table per policy and level, then each finding with where it is declared.
import { isPlanReport, Report } from "../engine/report";
import { countsByPolicy, FlatFinding, flatFindings } from "./findings";

/** Text in a table cell or inline: no table breaks, no HTML, no Markdown control characters acted on. */
function md(s: string): string {
    return s.replace(/\\/g, "\\\\").replace(/([|*_`<>[\]#])/g, "\\$1").replace(/\r?\n/g, " ");
}

const ICON: Record<string, string> = { mandatory: "❌", advisory: "⚠️", exempted: "➖", remediate: "🔧" };

/** At most this many findings are listed one by one; the table still counts all of them. */
export const MARKDOWN_MAX_FINDINGS = 200;

function findingLine(f: FlatFinding): string {
    const where = f.location ? ` — \`${f.location.file}:${f.location.line}\`` : "";
    const first = f.message.split("\n")[0];
    return `- ${ICON[f.level] ?? ""} **${md(f.level)}** \`${f.policyName}\` on ${md(f.resource)}${where}: ${md(first.length > 600 ? `${first.slice(0, 600)}…` : first)}`;
}

export function renderMarkdown(r: Report): string {
    const findings = flatFindings(r);
    const what = isPlanReport(r) ? `\`${r.input.file.split(/[\\/]/).pop()}\`` : `stack \`${md(r.stack)}\``;
    const out: string[] = [];
    out.push(`### ACKGuard: ${r.totals.mandatory > 0 ? "❌ blocked" : r.totals.advisory > 0 ? "⚠️ passed with warnings" : "✅ passed"}`, "");
    out.push(`${what} judged by policy pack \`${md(r.pack.name)}@${md(r.pack.version)}\`: ${r.totals.resources} resources, **${r.totals.mandatory} mandatory**, ${r.totals.advisory} advisory${r.totals.notApplicable ? `, ${r.totals.notApplicable} not applicable` : ""}.`, "");
    const counts = countsByPolicy(findings);
    if (counts.length > 0) {
        out.push("| Policy | Mandatory | Advisory | Exempted |", "|---|---:|---:|---:|");
        for (const c of counts) out.push(`| \`${c.policyName}\` | ${c.mandatory} | ${c.advisory} | ${c.exempted} |`);
        out.push("");
        out.push("<details><summary>Findings</summary>", "");
        for (const f of findings.slice(0, MARKDOWN_MAX_FINDINGS)) out.push(findingLine(f));
        if (findings.length > MARKDOWN_MAX_FINDINGS) out.push(`- … and ${findings.length - MARKDOWN_MAX_FINDINGS} more (see the text, JSON or SARIF report)`);
        out.push("", "</details>");
    }
    const notJudged = [
        ...(r.notExpanded ?? []).map((n) => `${n.type} (not expanded offline)`),
        ...(isPlanReport(r) ? r.unjudged.map((u) => `${u.type} (no ACKGuard mapping)`) : []),
    ];
    if (notJudged.length > 0) out.push("", `Not judged: ${md([...new Set(notJudged)].join(", "))}.`);
    for (const n of r.notes ?? []) out.push("", `Note: ${md(n)}`);
    return out.join("\n");
}

/** The Markdown of a run that judged nothing (exit 2): why, and that it is not a pass. */
export function markdownError(message: string): string {
    return `### ACKGuard: ⛔ not judged\n\n${md(message)}\n\nNothing was judged, so this is not a pass.`;
}
