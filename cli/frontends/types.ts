// What every plan front end (Pulumi preview JSON, stack export, Terraform plan JSON) yields: the
// new-state resources the pack judges, in the analyzer's wire form, and the old-state view the
// deletion gate needs.
import type { AnalyzerResource } from "../engine/analyzer";
import type { SourceLocation } from "../commands/preview";

/** An error the user can fix: one line, exit 2 (the same class as ackguard preview's). */
export { UsageError } from "../commands/preview";

export type InputKind = "pulumi-preview" | "stack-export" | "terraform";
export const INPUT_KINDS: readonly InputKind[] = ["pulumi-preview", "stack-export", "terraform"];

/** A resource of the old (or new) state, as the deletion gate reads it: plain values, no wire encoding. */
export interface GateState {
    urn: string;
    /** Pulumi type token. */
    type: string;
    /** What the report shows: the Pulumi resource name, or the Terraform address. */
    name: string;
    /** Known ids (for a RAM role also its role id, which is what grants name). */
    ids: string[];
    /** Other names an attestation may use (user / role name, address, URN). */
    aliases: string[];
    /** Inputs with Pulumi property names, plain values. */
    props: Record<string, unknown>;
    propertyDependencies: Record<string, string[]>;
    protect?: boolean;
    location?: SourceLocation;
}

/** An old-state resource the plan removes: a delete, or the old half of a replacement. */
export interface Removal {
    op: string;
    state: GateState;
}

/** A resource the front end read but the pack will not judge, and why; never silent. */
export interface Unjudged {
    address: string;
    type: string;
    reason: string;
}

export interface FrontEndResult {
    kind: InputKind;
    /** The new state, as the engine would send it to the pack. */
    resources: AnalyzerResource[];
    /** Where each new-state resource is declared (by URN), when known. */
    locations: Map<string, SourceLocation>;
    /** Display names for URNs (Terraform addresses); the report shows them instead of "type: name". */
    displayNames: Map<string, string>;
    /** Old and new states, for "which identity reaches which cluster". */
    world: GateState[];
    removals: Removal[];
    /** URNs the plan creates (an add-on created in the plan has not revoked anything yet). */
    created: Set<string>;
    /** Plaintexts of every secret value the input revealed; no output may print them. */
    secrets: Set<string>;
    unjudged: Unjudged[];
    /** Facts about the input worth a line in the report (unknown step ops...). */
    notes: string[];
    stack: string;
    project: string;
}
