// SARIF 2.1.0 output of `ackguard preview` and `ackguard plan`, for GitHub code scanning
// (github/codeql-action/upload-sarif). One rule per policy of the pack (plus the deletion gate's rule
// for a plan); one result per finding. Every result carries a physical location (GitHub rejects a
// result without one): where the resource is declared when known, else the project's Pulumi.yaml
// (or the plan file), line 1. The resource URN rides along as a logical location.
// The same report always gives the same bytes: rules and results are sorted, and no timestamp is written.
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { AnalyzerClient, Diagnostic, Level, PolicyInfo } from "../engine/analyzer";
import { ACKGUARD_VERSION as VERSION } from "../engine/paths";
import { remediationFindings, sarifFixesOf } from "../engine/remediate";
import { PlanReport, REVOKE_KUBECONFIG_URL, REVOKE_RULE, REVOKE_RULE_DESCRIPTION } from "../commands/plan";
import { ACKGUARD_DIR, previewProgram, PreviewOptions, PreviewReport, SourceLocation, withPack } from "../commands/preview";

// The model ACKGuard enforces; rules without a url of their own point here too.
export const INFORMATION_URI = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/security-and-compliance/shared-responsibility-model";
export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/** The deletion gate's rule: it lives beside the pack (plan.ts), so the pack does not list it. */
const REVOKE_POLICY: PolicyInfo = {
    name: REVOKE_RULE,
    displayName: "Revoke a RAM identity's ACK access before deleting it",
    description: REVOKE_RULE_DESCRIPTION,
    enforcementLevel: "mandatory",
    policyType: "unknown",
    severity: "critical",
    url: REVOKE_KUBECONFIG_URL,
    remediationSteps:
        "Delete the identity's kubeconfig files (console KubeConfig File Management > Delete KubeConfig File, or CleanUserPermissions with Force=true after checking usage; RevokeK8sClusterKubeConfig revokes only the caller's own), remove the cs.KubernetesPermission grants, then delete the identity.",
    tags: ["deletion", "least-privilege"],
};

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
}

const isPlan = (r: PreviewReport | PlanReport): r is PlanReport => "deletions" in r && Array.isArray((r as PlanReport).deletions);

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
function fallbackFile(r: PreviewReport | PlanReport): string {
    if (isPlan(r)) {
        const beside = [path.join(path.dirname(r.input.file), "Pulumi.yaml"), path.join(process.cwd(), "Pulumi.yaml")].find((f) => fs.existsSync(f));
        return beside ?? r.input.file;
    }
    return path.join(r.program, "Pulumi.yaml");
}

const hash = (...parts: string[]) => crypto.createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);

/** The SARIF log of a preview or plan report. */
export function renderSarif(r: PreviewReport | PlanReport, opts: SarifOptions = {}): SarifLog {
    const root = path.resolve(opts.root ?? process.cwd());
    const fallback = relativeUri(fallbackFile(r), root);
    const deletions = isPlan(r) ? r.deletions : [];
    const located: { d: Diagnostic; urn: string; loc?: SourceLocation }[] = [
        ...r.resources.flatMap((v) => v.diagnostics.map((d) => ({ d, urn: d.urn || v.urn, loc: v.location }))),
        ...r.stackDiagnostics.map((d) => ({ d, urn: d.urn || `urn:pulumi:${r.stack}::stack` })),
        ...deletions.map((d) => ({ d, urn: d.urn })),
        ...remediationFindings(r),
    ];

    const infos = new Map<string, PolicyInfo>();
    for (const p of (isPlan(r) ? r.policies : undefined) ?? opts.policies ?? []) infos.set(p.name, p);
    if (isPlan(r) && !infos.has(REVOKE_RULE)) infos.set(REVOKE_RULE, REVOKE_POLICY);
    for (const { d } of located) if (!infos.has(d.policyName)) infos.set(d.policyName, ruleFromDiagnostic(d));
    const rules = [...infos.values()].map(ruleOf).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const index = new Map(rules.map((x, i) => [x.id, i]));

    const results: SarifResult[] = located.map(({ d, urn, loc }) => {
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
            // Stable across runs and line moves: the same policy on the same resource is the same alert.
            partialFingerprints: { "ackguardFinding/v1": hash(d.policyName, urn, d.message) },
            properties: { urn, enforcementLevel: d.enforcementLevel, ...(d.severity ? { severity: d.severity } : {}) },
            ...sarifFixesOf(d, uri),
        };
    });
    const key = (x: SarifResult) => {
        const l = x.locations[0];
        return [l.physicalLocation.artifactLocation.uri, String(l.physicalLocation.region.startLine).padStart(9, "0"), x.ruleId, l.logicalLocations[0].fullyQualifiedName, x.message.text].join("\0");
    };
    results.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

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
                results,
                columnKind: "utf16CodeUnits",
            },
        ],
    };
}

/** `ackguard preview --format sarif`: the preview report plus the pack's rules, from one pack process. */
export async function previewSarif(programDir: string, opts: PreviewOptions = {}, sarif: Omit<SarifOptions, "policies"> = {}): Promise<SarifLog> {
    return withPack(opts.packDir ?? ACKGUARD_DIR, opts.client, async (client: AnalyzerClient) => {
        const report = await previewProgram(programDir, { ...opts, client });
        const info = await client.getAnalyzerInfo();
        return renderSarif(report, { ...sarif, policies: info.policies });
    });
}

/** The serialised log, as written to stdout or a file. */
export function sarifText(log: SarifLog): string {
    return JSON.stringify(log, null, 2);
}
