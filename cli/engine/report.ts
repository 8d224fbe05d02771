// The one report model every front end fills and every output format renders: what the pack said about
// each resource (and the stack), what did not apply and why, what was not judged, and, for a plan, what
// the deletion gate said about the old state. Knows no input or output format.
import type { Diagnostic, PolicyInfo } from "./analyzer";
import type { GateClearance } from "../../gates/gate";
import type { GateFinding } from "../../gates/types";

/** Where a resource is declared: a program file (ackguard preview), a .tf file (terraform plan)... */
export interface SourceLocation {
    /** Path relative to the repository / working directory, with forward slashes. */
    file: string;
    line: number;
    column?: number;
}

/** A policy the pack reported as not applying to a resource, for a reason worth showing (exemptions...). */
export interface NotApplicable {
    policyName: string;
    reason: string;
}

/** An exemption from the policy-pack config (model/policy.ts words its reason so), as opposed to another reason. */
export const isExemption = (n: NotApplicable): boolean => n.reason.startsWith("exempted by configuration");

export interface ResourceVerdict {
    urn: string;
    type: string;
    name: string;
    diagnostics: Diagnostic[];
    /** Where the resource is declared, when known. */
    location?: SourceLocation;
    /** Exemptions and other reasons a policy did not apply (type-filter entries left out). */
    notApplicable?: NotApplicable[];
}

/** A component whose children only its provider can register: they are not judged offline. */
export interface NotExpanded {
    type: string;
    name: string;
    urn?: string;
    reason: string;
}

/** A data source a program called, and what answered it offline. */
export interface InvokeUse {
    token: string;
    calls: number;
    answeredBy: "mocks" | "default" | "echo";
}

/** A resource the front end read but the pack will not judge, and why; never silent. */
export interface Unjudged {
    address: string;
    type: string;
    reason: string;
}

/** The formats `ackguard plan` reads. */
export type InputKind = "pulumi-preview" | "stack-export" | "terraform";
export const INPUT_KINDS: readonly InputKind[] = ["pulumi-preview", "stack-export", "terraform"];

export interface Report {
    /** The program directory (preview) or the input file (plan). */
    program: string;
    stack: string;
    pack: { name: string; version: string; dir?: string };
    resources: ResourceVerdict[];
    /** Stack-policy diagnostics that name no resource of the input. */
    stackDiagnostics: Diagnostic[];
    /** Stack policies that did not apply, with the reason (exemptions). */
    stackNotApplicable?: NotApplicable[];
    /** Components whose children only their provider registers: not judged offline. */
    notExpanded?: NotExpanded[];
    /** The data sources the program called, and what answered them offline. */
    invokes?: InvokeUse[];
    totals: { resources: number; mandatory: number; advisory: number; notApplicable?: number; notExpanded?: number };
    /** The remediation pass, when a policy is at level remediate. */
    remediation?: RemediationSummary;
    /** Facts about the input worth a line in the report (a stack without config, unknown step ops...). */
    notes?: string[];
}

/** A report of `ackguard plan`: the new state judged by the pack, plus the deletion gate on the old state. */
export interface PlanReport extends Report {
    /** `via`: how the input was read when it is not a plan file (ackguard scan: a Terraform configuration). */
    input: { file: string; kind: InputKind; via?: string };
    /** Findings of the deletion gate (old state). */
    deletions: GateFinding[];
    /** Identities removed by the plan whose access ended properly, with the reason. */
    cleared: GateClearance[];
    /** Resources in the input the pack did not judge, and why. */
    unjudged: Unjudged[];
    notes: string[];
    /** The pack's policies (for SARIF rules). */
    policies: PolicyInfo[];
}

export const isPlanReport = (r: Report): r is PlanReport => Array.isArray((r as PlanReport).deletions);

// ---- the remediation pass (cli/engine/remediate.ts fills it) ----

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
