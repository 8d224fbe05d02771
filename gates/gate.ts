// How a gate is declared: the same metadata a policy carries (model/policy.ts PolicyMeta), so that docs,
// config validation, JSON and SARIF read one declaration; plus the check, which runs on a plan's old
// state beside the pack (CrossGuard never sees a deletion).
import type { DatedFact } from "../model/policy";
import type { Layer } from "../model/responsibility";
import type { GateFinding, GateInput, GateState, RevocationAttestation } from "./types";

export interface GateContext {
    /** Signed revocations from `--revoked FILE`. */
    revoked: RevocationAttestation[];
    /** The policy-pack config file as given (`--policy-pack-config`), for the knobs the gate shares with a policy. */
    policyConfig: Record<string, unknown>;
    pack: { name: string; version: string };
}

/** A removal a gate let through, and why. */
export interface GateClearance {
    policyName: string;
    urn: string;
    op: string;
    reason: string;
}

export interface GateResult {
    findings: GateFinding[];
    /** Removals the gate let through, with the reason (an attestation...). */
    cleared: GateClearance[];
}

export interface Gate {
    /** Stable kebab-case id, like a policy name. Never rename once released. */
    name: string;
    displayName: string;
    description: string;
    severity: "low" | "medium" | "high" | "critical";
    enforcementLevel: "mandatory";
    levelRationale: string;
    url: string;
    remediationSteps: string;
    responsibility: Layer;
    tags: string[];
    facts: DatedFact[];
    /** Knobs the gate reads, and the policy whose config carries them (one knob, one place). */
    config: { policy: string; knob: string; description: string }[];
    check: (input: GateInput, ctx: GateContext) => GateResult;
}

/** One example of a gate: a plan's states and removals, and what the gate must say. */
export interface GateExampleCase {
    title: string;
    oldAndNew: GateState[];
    /** URNs of `oldAndNew` entries the plan removes, with the step op. */
    removals: { urn: string; op: string }[];
    created?: string[];
    revoked?: RevocationAttestation[];
    policyConfig?: Record<string, unknown>;
    language?: "pulumi" | "terraform";
    outcome:
        | { kind: "blocked"; urn: string; messageIncludes: string[] }
        | { kind: "cleared"; urn: string; reasonIncludes: string }
        | { kind: "pass" };
}

export interface GateExamples {
    gate: string;
    compliant: GateExampleCase[];
    violating: GateExampleCase[];
    /** An attribute left out (a grant that names no cluster, an identity without a name...). */
    omitted: GateExampleCase[];
    /** Values the new state does not know yet: never hide a deletion, never block on their own. */
    unknown: GateExampleCase[];
}
