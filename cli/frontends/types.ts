// What every plan front end (Pulumi preview JSON, stack export, Terraform plan JSON) yields: the
// new-state resources the pack judges, in the analyzer's wire form, and the old-state view the
// deletion gate needs.
import type { AnalyzerResource } from "../engine/analyzer";
import type { InputKind, SourceLocation, Unjudged } from "../engine/report";
import type { GateState, Removal } from "../../gates/types";

/** An error the user can fix: one line, exit 2 (the same class everywhere). */
export { UsageError } from "../engine/errors";
export type { InputKind, Unjudged } from "../engine/report";
export { INPUT_KINDS } from "../engine/report";
export type { GateState, Removal } from "../../gates/types";

export interface FrontEndResult {
    kind: InputKind;
    /** The new state, as the engine would send it to the pack. */
    resources: AnalyzerResource[];
    /** Where each new-state resource is declared (by URN), when known. */
    locations: Map<string, SourceLocation>;
    /** Old and new states, for "which identity reaches which cluster". */
    oldAndNew: GateState[];
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
