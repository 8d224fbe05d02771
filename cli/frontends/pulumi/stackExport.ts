// Front end for the JSON of `pulumi stack export` (an UntypedDeployment): a state, so every live
// resource is judged and there are no removals to gate.
import { checkResource, gateStateOf, isObj, sourceLocations, stackAndProject, toAnalyzerResources } from "./state";
import { FrontEndResult, UsageError } from "../types";

export function isStackExport(doc: unknown): boolean {
    return isObj(doc) && isObj(doc.deployment) && (doc.version === undefined || typeof doc.version === "number");
}

export function fromStackExport(doc: unknown, file: string): FrontEndResult {
    if (!isObj(doc) || !isObj(doc.deployment)) {
        throw new UsageError(`${file}: not the JSON of 'pulumi stack export' (expected an object with "deployment")`);
    }
    const res = doc.deployment.resources ?? [];
    if (!Array.isArray(res)) throw new UsageError(`${file}: deployment.resources must be an array`);
    const states = res.map((r, i) => checkResource(r, `deployment.resources[${i}]`, file)).filter((r) => !r.delete);
    const secrets = new Set<string>();
    const notes: string[] = [];
    return {
        kind: "stack-export",
        resources: toAnalyzerResources(states, secrets),
        locations: sourceLocations(states, file, notes),
        oldAndNew: states.map(gateStateOf),
        removals: [],
        created: new Set(),
        secrets,
        unjudged: [],
        notes,
        ...stackAndProject(states.map((r) => r.urn)),
    };
}
