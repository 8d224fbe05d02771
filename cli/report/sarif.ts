// SARIF 2.1.0 output of `ackguard preview` and `ackguard plan`, for GitHub code scanning
// (github/codeql-action/upload-sarif). One rule per policy of the pack (plus the deletion gate's rule
// for a plan); one result per finding. Every result carries a physical location (GitHub rejects a
// result without one): where the resource is declared when known, else the project's Pulumi.yaml
// (or the plan file), line 1. The resource URN rides along as a logical location.
// The same report always gives the same bytes: rules and results are sorted, and no timestamp is written.
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { Diagnostic, Level, PolicyInfo } from "../engine/analyzer";
import { ACKGUARD_VERSION as VERSION } from "../engine/paths";
import { isExemption, isPlanReport, PlanReport, Report, SourceLocation } from "../engine/report";
import { Gate, gates } from "../../gates";
import { remediationFindings, sarifFixesOf } from "./remediation";
import { sortedBy } from "./findings";

// The model ACKGuard enforces; rules without a url of their own point here too.
export const INFORMATION_URI = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/security-and-compliance/shared-responsibility-model";
export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/** A gate's rule, from its one declaration (gates/): the pack does not list it. */
function gatePolicy(g: Gate): PolicyInfo {
    return {
        name: g.name,
        displayName: g.displayName,
        description: g.description,
        enforcementLevel: g.enforcementLevel,
        policyType: "unknown",
        severity: g.severity,
        url: g.url,
        remediationSteps: g.remediationSteps,
        tags: g.tags,
    };
}

type SarifLevel = "none" | "note" | "warning" | "error";

export function sarifLevel(l: Level): SarifLevel {
    switch (l) {
        case "mandatory":
            return "error";
        case "advisory":
            return "warning";
        case "remediate":
            return "note";
        case "disabled":
            return "none";
    }
}

// GitHub ranks security alerts by `security-severity` (critical >= 9.0, high 7.0-8.9, medium 4.0-6.9, low < 4.0).
const SECURITY_SEVERITY: Record<string, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

export interface SarifOptions {
    /** The pack's policies (GetAnalyzerInfo); a PlanReport carries its own. */
    policies?: PolicyInfo[];
    /** Directory the artifact URIs are relative to (the repository checkout); default: the working directory. */
    root?: string;
}

export interface SarifLog {
    $schema: string;
    version: "2.1.0";
    runs: SarifRun[];
}

interface SarifRun {
    tool: { driver: Record<string, unknown> & { rules: SarifRule[] } };
    invocations?: Record<string, unknown>[];
    results: SarifResult[];
    columnKind: "utf16CodeUnits";
}

interface SarifRule {
    id: string;
    name: string;
    shortDescription: { text: string };
    fullDescription: { text: string };
    help: { text: string; markdown: string };
    helpUri: string;
    defaultConfiguration: { level: SarifLevel };
    properties: Record<string, unknown>;
}

interface SarifResult {
    ruleId: string;
    ruleIndex: number;
    level: SarifLevel;
    message: { text: string };
    locations: {
        physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn?: number } };
        logicalLocations: { fullyQualifiedName: string; kind: string }[];
    }[];
    partialFingerprints: Record<string, string>;
    properties: Record<string, unknown>;
    /** An exemption from --policy-pack-config: the finding is shown, suppressed, with its reason. */
    suppressions?: { kind: "external"; justification: string }[];
}

/** "ack-nodepool-managed" -> "AckNodepoolManaged" (SARIF asks for a readable, Pascal-case rule name). */
function pascal(id: string): string {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join("");
}

const firstSentence = (s: string) => {
    const m = /^(.+?[.!?])(\s|$)/s.exec(s.trim());
    return (m ? m[1] : s.trim()).replace(/\s+/g, " ");
};

/** A sentence ends with a period (SARIF2001); adds one where missing. */
const sentence = (s: string) => {
    const t = s.trim();
    return t === "" || /[.!?]$/.test(t) ? t : `${t}.`;
};

function ruleOf(p: PolicyInfo): SarifRule {
    const description = sentence(p.description || p.displayName || p.name);
    const url = p.url || INFORMATION_URI;
    const fix = p.remediationSteps ? sentence(p.remediationSteps) : "";
    const tags = [...new Set(["security", "alibaba-cloud", "ack", ...(p.tags ?? [])])].sort();
    return {
        id: p.name,
        name: pascal(p.name),
        shortDescription: { text: sentence(p.displayName || firstSentence(description)) },
        fullDescription: { text: description },
        help: {
            text: `${description}${fix ? `\n\nHow to fix: ${fix}` : ""}\n\nReference: ${url}`,
            markdown: `**${p.displayName || p.name}** (\`${p.name}\`)\n\n${description}${fix ? `\n\n**How to fix:** ${fix}` : ""}\n\n[Reference](${url})`,
        },
        helpUri: url,
        defaultConfiguration: { level: sarifLevel(p.enforcementLevel) === "none" ? "note" : sarifLevel(p.enforcementLevel) },
        properties: {
            tags,
            precision: "high",
            ...(SECURITY_SEVERITY[p.severity] ? { "security-severity": SECURITY_SEVERITY[p.severity] } : {}),
        },
    };
}

/** A rule for a diagnostic whose policy the pack did not list (another pack's, or the plan gate's). */
function ruleFromDiagnostic(d: Diagnostic): PolicyInfo {
    return {
        name: d.policyName,
        displayName: d.policyName,
        description: d.description || d.policyName,
        enforcementLevel: d.enforcementLevel,
        policyType: "unknown",
        severity: d.severity,
        url: "",
        remediationSteps: "",
        tags: [],
    };
}

const toPosix = (p: string) => p.split(path.sep).join("/");

/** A repository-relative URI for a path (absolute, or relative to the working directory). */
function relativeUri(file: string, root: string): string {
    const abs = path.resolve(file);
    const rel = path.relative(root, abs);
    return encodeURI(toPosix(rel === "" ? path.basename(abs) : rel));
}

/** The file a result points at when its resource's declaration is not known. */
function fallbackFile(r: Report | PlanReport): string {
    if (isPlanReport(r)) {
        const beside = [path.join(path.dirname(r.input.file), "Pulumi.yaml"), path.join(process.cwd(), "Pulumi.yaml")].find((f) => fs.existsSync(f));
        return beside ?? r.input.file;
    }
    return path.join(r.program, "Pulumi.yaml");
}

const hash = (...parts: string[]) => crypto.createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);

/** The SARIF log of a preview or plan report. */
export function renderSarif(r: Report, opts: SarifOptions = {}): SarifLog {
    const root = path.resolve(opts.root ?? process.cwd());
    const fallback = relativeUri(fallbackFile(r), root);
    const plan = isPlanReport(r) ? r : undefined;
    const stackUrn = `urn:pulumi:${r.stack}::stack`;
    const located: { d: Diagnostic; urn: string; loc?: SourceLocation; exemption?: string }[] = [
        ...r.resources.flatMap((v) => v.diagnostics.map((d) => ({ d, urn: d.urn || v.urn, loc: v.location }))),
        ...r.stackDiagnostics.map((d) => ({ d, urn: d.urn || stackUrn })),
        ...(plan?.deletions ?? []).map((d) => ({ d, urn: d.urn, loc: d.location })),
        ...remediationFindings(r),
    ];

    const infos = new Map<string, PolicyInfo>();
    for (const p of plan?.policies ?? opts.policies ?? []) infos.set(p.name, p);
    if (plan) for (const g of gates) if (!infos.has(g.name)) infos.set(g.name, gatePolicy(g));
    // Exempted findings are results too, suppressed with the reason (GitHub shows them as dismissed).
    const exempted = (n: { policyName: string; reason: string }, urn: string, loc?: SourceLocation) => {
        const level = infos.get(n.policyName)?.enforcementLevel ?? "advisory";
        const d: Diagnostic = {
            policyName: n.policyName, policyPackName: r.pack.name, policyPackVersion: r.pack.version,
            description: "", message: `Not applied: ${n.reason}`, enforcementLevel: level, severity: infos.get(n.policyName)?.severity ?? "", urn,
        };
        return { d, urn, loc, exemption: n.reason };
    };
    located.push(
        ...r.resources.flatMap((v) => (v.notApplicable ?? []).filter(isExemption).map((n) => exempted(n, v.urn, v.location))),
        ...(r.stackNotApplicable ?? []).filter(isExemption).map((n) => exempted(n, stackUrn)),
    );
    for (const { d } of located) if (!infos.has(d.policyName)) infos.set(d.policyName, ruleFromDiagnostic(d));
    const rules = [...infos.values()].map(ruleOf).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const index = new Map(rules.map((x, i) => [x.id, i]));

    // The n-th finding of one policy on one resource (in message order, whatever order the pack answered in):
    // with one finding per policy and resource, as is usual, the fingerprint survives a reworded message.
    const groupOf = (x: { d: Diagnostic; urn: string; exemption?: string }) => `${x.d.policyName}\0${x.urn}\0${x.exemption === undefined ? "finding" : "exemption"}`;
    const nth = new Map<(typeof located)[number], number>();
    const groups = new Map<string, (typeof located)[number][]>();
    for (const x of located) {
        const k = groupOf(x);
        const g = groups.get(k);
        if (g) g.push(x);
        else groups.set(k, [x]);
    }
    for (const g of groups.values()) {
        g.sort((a, b) => (a.d.message < b.d.message ? -1 : a.d.message > b.d.message ? 1 : 0)).forEach((x, i) => nth.set(x, i + 1));
    }
    const results: SarifResult[] = located.map((x) => {
        const { d, urn, loc, exemption } = x;
        const n = nth.get(x)!;
        const uri = loc ? relativeUri(loc.file, root) : fallback;
        const region = loc ? { startLine: Math.max(1, Math.floor(loc.line)), ...(loc.column && loc.column >= 1 ? { startColumn: Math.floor(loc.column) } : {}) } : { startLine: 1 };
        const level = sarifLevel(d.enforcementLevel);
        return {
            ruleId: d.policyName,
            ruleIndex: index.get(d.policyName)!,
            level: level === "none" ? "note" : level,
            message: { text: d.message || d.description || d.policyName },
            locations: [
                {
                    physicalLocation: { artifactLocation: { uri, uriBaseId: "%SRCROOT%" }, region },
                    logicalLocations: [{ fullyQualifiedName: urn, kind: "resource" }],
                },
            ],
            // Stable across runs, line moves and reworded messages: the same policy on the same resource is the same alert.
            partialFingerprints: { "ackguardFinding/v2": hash(d.policyName, urn, String(n)) },
            properties: { urn, enforcementLevel: d.enforcementLevel, ...(d.severity ? { severity: d.severity } : {}) },
            ...sarifFixesOf(d, uri),
            ...(exemption !== undefined ? { suppressions: [{ kind: "external" as const, justification: exemption }] } : {}),
        };
    });
    const sorted = sortedBy(results, (x) => {
        const l = x.locations[0];
        return [l.physicalLocation.artifactLocation.uri, String(l.physicalLocation.region.startLine).padStart(9, "0"), x.ruleId, l.logicalLocations[0].fullyQualifiedName, x.message.text].join("\0");
    });

    return {
        $schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: "ackguard",
                        fullName: `ACKGuard (policy pack ${r.pack.name}@${r.pack.version})`,
                        version: VERSION,
                        semanticVersion: VERSION,
                        informationUri: INFORMATION_URI,
                        rules,
                    },
                },
                results: sorted,
                columnKind: "utf16CodeUnits",
            },
        ],
    };
}

/** The serialised log, as written to stdout or a file. */
export function sarifText(log: SarifLog): string {
    return JSON.stringify(log, null, 2);
}

/**
 * The SARIF log of a run that judged nothing (exit 2): a valid document with no results and a failed
 * invocation that says why, so that an upload step never gets an empty file and nobody reads "no alerts" as a pass.
 */
export function errorSarif(message: string): SarifLog {
    return {
        $schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: [{
            tool: { driver: { name: "ackguard", version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules: [] } },
            invocations: [{ executionSuccessful: false, exitCode: 2, toolExecutionNotifications: [{ level: "error", message: { text: sentence(`Nothing was judged: ${message}`) } }] }],
            results: [],
            columnKind: "utf16CodeUnits",
        }],
    };
}
