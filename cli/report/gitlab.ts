// `--format gitlab`: GitLab's Code Quality report (a JSON array of issues: description, check_name,
// fingerprint, severity, location.path, location.lines.begin), shown in merge requests when a job
// publishes it as `artifacts: reports: codequality`.
import * as crypto from "crypto";
import * as path from "path";
import { isPlanReport, Report } from "../engine/report";
import { FlatFinding, flatFindings } from "./findings";

export interface CodeQualityIssue {
    description: string;
    check_name: string;
    fingerprint: string;
    severity: "info" | "minor" | "major" | "critical" | "blocker";
    location: { path: string; lines: { begin: number } };
}

function severityOf(f: FlatFinding): CodeQualityIssue["severity"] {
    if (f.level === "exempted") return "info";
    if (f.level === "mandatory") return f.severity === "critical" ? "blocker" : "critical";
    return f.severity === "critical" || f.severity === "high" ? "major" : "minor";
}

/** The file an issue points at when its resource's declaration is not known: the plan, or the program's Pulumi.yaml. */
function fallbackPath(r: Report, root: string): string {
    const file = isPlanReport(r) ? r.input.file : path.join(r.program, "Pulumi.yaml");
    return path.relative(root, path.resolve(file)).split(path.sep).join("/") || path.basename(file);
}

export function renderGitlab(r: Report, opts: { root?: string } = {}): CodeQualityIssue[] {
    const root = path.resolve(opts.root ?? process.cwd());
    const seen = new Map<string, number>();
    return flatFindings(r).map((f) => {
        // The n-th finding of a policy on a resource: stable across reworded messages, unique within the report.
        const group = `${f.policyName}\0${f.urn}\0${f.resource}\0${f.exemption === undefined ? "" : "exempted"}`;
        const n = (seen.get(group) ?? 0) + 1;
        seen.set(group, n);
        const file = f.location ? path.relative(root, path.resolve(root, f.location.file)).split(path.sep).join("/") : fallbackPath(r, root);
        return {
            description: `${f.exemption !== undefined ? "Exempted: " : ""}${f.resource}: ${f.message.split("\n").join(" ")}`,
            check_name: f.policyName,
            fingerprint: crypto.createHash("sha256").update(`${group}\0${n}`).digest("hex").slice(0, 32),
            severity: severityOf(f),
            location: { path: file, lines: { begin: Math.max(1, Math.floor(f.location?.line ?? 1)) } },
        };
    });
}

export function gitlabText(r: Report): string {
    return JSON.stringify(renderGitlab(r), null, 2);
}

/** The Code Quality report of a run that judged nothing (exit 2): one blocker that says why, never an empty list. */
export function gitlabError(message: string): string {
    const issue: CodeQualityIssue = {
        description: `ACKGuard did not judge anything: ${message}`, check_name: "ackguard-not-judged", fingerprint: "ackguard-not-judged", severity: "blocker",
        location: { path: ".", lines: { begin: 1 } },
    };
    return JSON.stringify([issue], null, 2);
}
