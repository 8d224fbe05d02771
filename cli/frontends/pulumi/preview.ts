// Front end for the JSON of `pulumi preview --json` (a PreviewDigest): the new state of every step
// is judged; the old state of every step that removes a resource goes to the deletion gate.
import { checkResource, gateStateOf, isObj, isStr, ResourceV3, sourceLocations, stackAndProject, toAnalyzerResources } from "./state";
import { FrontEndResult, Removal, UsageError } from "../types";

/** Steps whose newState is what the engine registers and the pack judges. */
const NEW_OPS = new Set(["create", "update", "same", "replace", "create-replacement", "import", "import-replacement"]);
/** Steps that remove the old resource: deletions and replacements. */
const REMOVING_OPS = new Set(["delete", "delete-replaced", "replace", "create-replacement", "import-replacement"]);
/** Steps that neither register a managed resource nor remove one (reads, refreshes, state-only discards). */
const OTHER_OPS = new Set(["read", "read-replacement", "refresh", "discard", "discard-replaced", "remove-pending-replace"]);

export interface PreviewStep {
    op: string;
    urn: string;
    oldState?: ResourceV3;
    newState?: ResourceV3;
}

export function isPulumiPreview(doc: unknown): boolean {
    return isObj(doc) && Array.isArray(doc.steps);
}

export function readPreviewSteps(doc: unknown, file: string): PreviewStep[] {
    if (!isObj(doc) || !Array.isArray(doc.steps)) {
        throw new UsageError(`${file}: not the JSON of 'pulumi preview --json' (expected an object with "steps")`);
    }
    return doc.steps.map((s, i) => {
        if (!isObj(s) || !isStr(s.op) || !isStr(s.urn)) {
            throw new UsageError(`${file}: steps[${i}] is not a preview step (needs string "op" and "urn")`);
        }
        return {
            op: s.op,
            urn: s.urn,
            oldState: s.oldState == null ? undefined : checkResource(s.oldState, `steps[${i}].oldState`, file),
            newState: s.newState == null ? undefined : checkResource(s.newState, `steps[${i}].newState`, file),
        };
    });
}

export function fromPulumiPreview(doc: unknown, file: string): FrontEndResult {
    const steps = readPreviewSteps(doc, file);
    const notes: string[] = [];
    const judged = new Map<string, ResourceV3>();
    const removals: Removal[] = [];
    const removed = new Set<string>();
    for (const s of steps) {
        const known = NEW_OPS.has(s.op) || REMOVING_OPS.has(s.op) || OTHER_OPS.has(s.op);
        if (!known) {
            // An op this version does not know: judge its new state and treat its old state as removed,
            // so that nothing it does can pass unseen.
            notes.push(`step op "${s.op}" on ${s.urn} is not one ackguard knows: its new state is judged and its old state treated as removed`);
        }
        if ((NEW_OPS.has(s.op) || !known) && s.newState && !judged.has(s.newState.urn)) judged.set(s.newState.urn, s.newState);
        if ((REMOVING_OPS.has(s.op) || !known) && s.oldState && !removed.has(s.oldState.urn)) {
            removed.add(s.oldState.urn);
            removals.push({ op: s.op, state: gateStateOf(s.oldState) });
        }
    }
    const secrets = new Set<string>();
    const states = steps.flatMap((s) => [s.oldState, s.newState]).filter((x): x is ResourceV3 => x !== undefined);
    const locations = sourceLocations(states, file, notes);
    const oldAndNew = states.map(gateStateOf);
    for (const r of removals) {
        const loc = locations.get(r.state.urn);
        if (loc) r.state.location = loc;
    }
    return {
        kind: "pulumi-preview",
        resources: toAnalyzerResources([...judged.values()], secrets),
        locations,
        oldAndNew,
        removals,
        created: new Set(steps.filter((s) => s.op === "create" || s.op === "import").map((s) => s.urn)),
        secrets,
        unjudged: [],
        notes,
        ...stackAndProject(steps.map((s) => s.urn)),
    };
}
