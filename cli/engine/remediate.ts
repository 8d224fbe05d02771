// The engine's remediation pass, offline. Before it analyzes a resource, the Pulumi engine calls
// `Remediate` on every analyzer and, for each remediation that returns properties, replaces the
// resource's inputs with them; `Analyze` (and later `AnalyzeStack`) then see the new inputs, and a
// remediation that could not run is shown as an advisory warning (pulumi/pulumi
// pkg/resource/deploy/step_generator.go, "We do two passes: first we perform remediations, and
// *then* we do analysis"). Pulumi's analysis of an existing snapshot reports what would change
// without applying it; `ackguard plan` does the same, since a plan cannot be changed.
import { AnalyzerClient, AnalyzerInfo, AnalyzerResource, Diagnostic, PolicyConfigMap, Remediation } from "./analyzer";
import type { PropChange, RemediationRecord, RemediationSummary, Report } from "./report";

export type { PropChange, RemediationRecord, RemediationSummary };
import { shortTypeName } from "../../model/resources";
import { isSecret, isUnknown } from "../../model/wire";

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
): Promise<{ resources: R[]; into: <T extends Report>(report: T) => T }> {
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
