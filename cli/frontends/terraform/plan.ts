// Front end for the JSON of `terraform show -json <planfile>` (also OpenTofu's `tofu show -json`):
// resource changes become the analyzer resources a Pulumi program would register for the same
// resources (cli/terraform/convert.ts), configuration references become property dependencies, and
// deletions and replacements of RAM identities go to the same deletion gate as a Pulumi preview's.
import * as path from "path";
import type { AnalyzerResource } from "../../engine/analyzer";
import type { SourceLocation } from "../../engine/report";
import { Address, configKeyOf, Configuration, moduleInstanceOf, parseResourceAddress, referencesIn, specificReferences } from "./config";
import { convertObject } from "./convert";
import { Declaration, scanLocations } from "./locations";
import { ResourceMap, TERRAFORM_MAPPING } from "./mapping";
import { T } from "../../../model/resources";
import { isSecret } from "../../../model/wire";
import { collectSecretStrings, isObj, isStr } from "../pulumi/state";
import { FrontEndResult, GateState, Removal, Unjudged, UsageError } from "../types";

export const PLAN_COMMAND = "terraform plan -out tf.plan && terraform show -json tf.plan > plan.json";

/** A plan document: has a format_version and the plan's own sections. */
export function isTerraformPlan(doc: unknown): boolean {
    return isObj(doc) && isStr(doc.format_version) && ("resource_changes" in doc || "planned_values" in doc || "configuration" in doc);
}

/** The JSON of a Terraform state (`terraform show -json` without a plan, or terraform.tfstate itself). */
export function terraformStateKind(doc: unknown): string | undefined {
    if (!isObj(doc)) return undefined;
    if (isStr(doc.format_version) && isObj(doc.values) && !("resource_changes" in doc) && !("planned_values" in doc)) return "the JSON of a Terraform state ('terraform show -json' without a plan file)";
    if (typeof doc.version === "number" && isStr(doc.lineage) && Array.isArray(doc.resources)) return "a Terraform state file (terraform.tfstate)";
    return undefined;
}

interface Change {
    address: string;
    addr: Address;
    type: string;
    mode: string;
    index?: unknown;
    deposed?: string;
    actions: string[];
    before: unknown;
    after: unknown;
    afterUnknown: unknown;
    beforeSensitive: unknown;
    afterSensitive: unknown;
    importing: boolean;
}

function readChanges(doc: Record<string, unknown>, file: string): Change[] {
    const list = doc.resource_changes ?? [];
    if (!Array.isArray(list)) throw new UsageError(`${file}: resource_changes must be an array`);
    return list.map((c, i) => {
        const where = `${file}: resource_changes[${i}]`;
        if (!isObj(c) || !isStr(c.address) || !isStr(c.type) || !isObj(c.change)) {
            throw new UsageError(`${where} is not a resource change (needs string "address" and "type" and a "change" object)`);
        }
        const ch = c.change;
        if (!Array.isArray(ch.actions) || !ch.actions.every(isStr)) throw new UsageError(`${where}.change.actions must be an array of strings`);
        for (const k of ["before", "after"]) {
            if (ch[k] !== undefined && ch[k] !== null && !isObj(ch[k])) throw new UsageError(`${where}.change.${k} must be an object or null`);
        }
        const addr = parseResourceAddress(c.address);
        if (!addr) throw new UsageError(`${where}.address ${JSON.stringify(c.address.slice(0, 200))} is not a resource address`);
        return {
            address: c.address, addr, type: c.type, mode: isStr(c.mode) ? c.mode : addr.mode, index: c.index,
            deposed: isStr(c.deposed) ? c.deposed : undefined,
            actions: ch.actions as string[], before: ch.before, after: ch.after, afterUnknown: ch.after_unknown,
            beforeSensitive: ch.before_sensitive, afterSensitive: ch.after_sensitive, importing: ch.importing !== undefined && ch.importing !== null,
        };
    });
}

interface PriorResource {
    address: string;
    addr: Address;
    type: string;
    values: unknown;
    sensitive: unknown;
}

/** Managed resources of a values representation (prior_state.values), with child modules. */
function valuesResources(values: unknown, depth = 0): PriorResource[] {
    if (!isObj(values) || depth > 64) return [];
    const root = isObj(values.root_module) ? values.root_module : values;
    const out: PriorResource[] = [];
    for (const r of Array.isArray(root.resources) ? root.resources : []) {
        if (!isObj(r) || !isStr(r.address) || !isStr(r.type) || r.mode === "data") continue;
        const addr = parseResourceAddress(r.address);
        if (addr) out.push({ address: r.address, addr, type: r.type, values: r.values, sensitive: r.sensitive_values });
    }
    for (const m of Array.isArray(root.child_modules) ? root.child_modules : []) out.push(...valuesResources({ root_module: m }, depth + 1));
    return out;
}

function opOf(actions: string[]): string | undefined {
    switch (actions.join(",")) {
        case "no-op": return "same";
        case "create": return "create";
        case "update": return "update";
        case "delete": return "delete";
        case "delete,create": case "create,delete": return "replace";
        case "read": return "read";
        case "forget": return "forget";
        case "create,forget": return "create";
        default: return undefined;
    }
}

export interface TerraformOptions {
    /** Directory with the configuration's .tf files (for file:line locations). */
    tfDir?: string;
    /** Declarations already known (ackguard scan read the .tf files itself): no second scan. */
    declarations?: Map<string, Declaration>;
}

export function fromTerraformPlan(doc: unknown, file: string, opts: TerraformOptions = {}): FrontEndResult {
    if (!isObj(doc) || !isStr(doc.format_version)) {
        throw new UsageError(`${file}: not the JSON of a Terraform plan (no "format_version"); run: ${PLAN_COMMAND}`);
    }
    const major = Number(doc.format_version.split(".")[0]);
    if (!(major === 0 || major === 1)) {
        throw new UsageError(`${file}: unsupported Terraform plan format_version "${doc.format_version.slice(0, 20)}" (ackguard reads 0.x and 1.x); produce it with a Terraform or OpenTofu release that writes format 1.x: ${PLAN_COMMAND}`);
    }
    const changes = readChanges(doc, file);
    const config = new Configuration(doc.configuration);
    const secrets = new Set<string>();
    const ctx = { secrets };
    const project = path.basename(path.resolve(opts.tfDir ?? path.dirname(file)));
    const stack = "terraform";
    const urnOf = (token: string, address: string) => `urn:pulumi:${stack}::${project}::${token}::${address}`;
    const locations = opts.declarations ?? scanLocations(opts.tfDir ?? path.dirname(path.resolve(file)));
    const notes: string[] = [];
    const unjudged: Unjudged[] = [];

    // Root variables marked sensitive in the configuration: their values are never printed.
    const rootVars = isObj(doc.configuration) && isObj(doc.configuration.root_module) && isObj(doc.configuration.root_module.variables) ? doc.configuration.root_module.variables : {};
    const variables = isObj(doc.variables) ? doc.variables : {};
    for (const [name, v] of Object.entries(rootVars)) {
        if (isObj(v) && v.sensitive === true && isObj(variables[name])) collectSecretStrings((variables[name] as Record<string, unknown>).value, secrets);
    }

    // Instances of each configuration block (new state), for references.
    interface Instance { address: string; addr: Address; token: string; urn: string }
    const instances = new Map<string, Instance[]>();
    const addInstance = (address: string, addr: Address, token: string) => {
        const key = configKeyOf(addr);
        const list = instances.get(key) ?? [];
        if (!list.some((x) => x.address === address)) list.push({ address, addr, token, urn: urnOf(token, address) });
        instances.set(key, list);
    };
    const prior = valuesResources(isObj(doc.prior_state) ? doc.prior_state.values : undefined);
    for (const c of changes) if (c.mode === "managed" && TERRAFORM_MAPPING[c.type]) addInstance(c.address, c.addr, TERRAFORM_MAPPING[c.type].token);
    for (const p of prior) if (TERRAFORM_MAPPING[p.type]) addInstance(p.address, p.addr, TERRAFORM_MAPPING[p.type].token);

    /** URNs of the instances a reference from `from` leads to. */
    const targets = (ref: string, from: Address, refs: string[]): string[] => {
        const byIndex = refs.some((r) => r === "count.index" || r.startsWith("each."));
        const out: string[] = [];
        for (const t of config.resolve(ref, from.modules.map((m) => m.name))) {
            let cands = instances.get(t.key) ?? [];
            const sameModule = cands.filter((x) => moduleInstanceOf(x.addr) === moduleInstanceOf(from));
            if (sameModule.length > 0) cands = sameModule;
            if (t.index !== undefined) cands = cands.filter((x) => x.addr.index === t.index);
            else if (byIndex && from.index !== undefined && cands.some((x) => x.addr.index === from.index)) cands = cands.filter((x) => x.addr.index === from.index);
            for (const x of cands) out.push(x.urn);
        }
        return out;
    };
    const dependenciesOf = (addr: Address, map: ResourceMap) => {
        const cfg = config.get(configKeyOf(addr));
        const propertyDependencies: Record<string, string[]> = {};
        const all = new Set<string>();
        if (!cfg) return { propertyDependencies, dependencies: [] as string[] };
        for (const [attr, e] of Object.entries(cfg.expressions)) {
            let refs = specificReferences(referencesIn(e));
            // `each.value` is an element of the for_each collection: the instance with the same key.
            if (refs.some((r) => r === "each.value" || r.startsWith("each.value."))) refs = [...refs, ...specificReferences(cfg.forEach)];
            const urns = [...new Set(refs.flatMap((r) => targets(r, addr, refs)))];
            if (urns.length === 0) continue;
            propertyDependencies[map.fields[attr]?.pulumi ?? attr] = urns;
            urns.forEach((u) => all.add(u));
        }
        for (const d of cfg.dependsOn) targets(d, addr, []).forEach((u) => all.add(u));
        return { propertyDependencies, dependencies: [...all] };
    };
    const locationOf = (addr: Address): SourceLocation | undefined => locations.get(configKeyOf(addr))?.location;
    const preventDestroy = (addr: Address): boolean => locations.get(configKeyOf(addr))?.preventDestroy === true;

    const resources: AnalyzerResource[] = [];
    const resourceLocations = new Map<string, SourceLocation>();
    const oldAndNew: GateState[] = [];
    const worldUrns = new Set<string>();
    const removals: Removal[] = [];
    const removed = new Set<string>();
    const created = new Set<string>();
    const undecided: string[] = [];

    const gateState = (address: string, addr: Address, map: ResourceMap, values: unknown, sensitive: unknown): GateState => {
        const props = convertObject(values, undefined, sensitive, map.fields, undefined, ctx, map.sensitive);
        const v = isObj(values) ? values : {};
        const str = (x: unknown) => (isStr(x) && x !== "" ? [x] : []);
        // A role's Terraform id is its name; grants name its role_id.
        const ids = map.token === T.RamRole ? [...str(v.role_id), ...str(v.id)] : str(v.id);
        const urn = urnOf(map.token, address);
        const aliases = [urn, address, ...str(v.name), ...str(v.role_name), ...str(v.user_name)];
        const deps = dependenciesOf(addr, map);
        return { urn, type: map.token, name: address, ids, aliases, props: plainOf(props), propertyDependencies: deps.propertyDependencies, location: locationOf(addr), protect: preventDestroy(addr) };
    };

    for (const p of prior) {
        const map = TERRAFORM_MAPPING[p.type];
        if (!map) continue;
        const s = gateState(p.address, p.addr, map, p.values, p.sensitive);
        oldAndNew.push(s);
        worldUrns.add(s.urn);
    }

    for (const c of changes) {
        if (c.mode !== "managed") continue;
        const map = TERRAFORM_MAPPING[c.type];
        let op = opOf(c.actions);
        if (op === undefined) {
            notes.push(`${c.address}: actions ${JSON.stringify(c.actions)} are not ones ackguard knows: its planned state is judged and its prior state treated as removed`);
            op = "unknown";
        }
        if (c.importing && (op === "same" || op === "update")) op = "import";
        if (!map) {
            if (op !== "delete" && op !== "forget" && op !== "read") unjudged.push({ address: c.address, type: c.type, reason: "no ACKGuard mapping for this resource type" });
            continue;
        }
        const urn = urnOf(map.token, c.address);
        if (op === "create") created.add(urn);
        const removes = op === "delete" || op === "replace" || op === "unknown";
        if (removes && isObj(c.before) && !removed.has(c.address)) {
            removed.add(c.address);
            const priorState = oldAndNew.find((w) => w.urn === urn);
            const state = priorState ?? gateState(c.address, c.addr, map, c.before, c.beforeSensitive);
            if (!priorState) {
                oldAndNew.push(state);
                worldUrns.add(state.urn);
            }
            removals.push({ op, state });
        }
        if (c.deposed !== undefined || !isObj(c.after) || op === "delete" || op === "forget" || op === "read") continue;
        // The sensitive marks of prior values also apply to the planned ones.
        const cfg = config.get(configKeyOf(c.addr));
        const exprs = cfg ? withDynamicBlocks(cfg.expressions, c, map, locations.get(configKeyOf(c.addr))?.dynamicBlocks, undecided) : undefined;
        const props = convertObject(c.after, c.afterUnknown, mergeSensitive(c.afterSensitive, c.beforeSensitive), map.fields, exprs, ctx, map.sensitive);
        const deps = dependenciesOf(c.addr, map);
        resources.push({
            type: map.token,
            name: c.address,
            urn,
            props,
            // prevent_destroy is Pulumi's protect: policies that ask for protect accept it.
            options: { protect: preventDestroy(c.addr) },
            dependencies: deps.dependencies,
            propertyDependencies: deps.propertyDependencies,
        });
        const loc = locationOf(c.addr);
        if (loc) resourceLocations.set(urn, loc);
        if (!worldUrns.has(urn)) {
            oldAndNew.push({ urn, type: map.token, name: c.address, ids: [], aliases: [urn, c.address], props: plainOf(props), propertyDependencies: deps.propertyDependencies, location: loc });
            worldUrns.add(urn);
        }
    }
    if (undecided.length > 0) {
        const shown = undecided.slice(0, 5).join(", ") + (undecided.length > 5 ? ` and ${undecided.length - 5} more` : "");
        notes.push(`blocks unknown until apply with no expression in the plan (a \`dynamic\` block, or one the provider computes), judged as not written because their .tf source was not found (--tf-dir): ${shown}`);
    }
    if (doc.complete === false) notes.push("the plan is not complete (deferred changes or -target): resources it does not plan are not judged");
    return { kind: "terraform", resources, locations: resourceLocations, oldAndNew, removals, created, secrets, unjudged, notes, stack, project };
}

/**
 * The configuration's expressions plus the blocks the .tf source writes with `dynamic`: Terraform
 * lists no expression for those, and when their `for_each` is unknown it omits them from `after` and
 * marks them unknown, as it marks a block the provider computes. A `dynamic` block is the
 * configuration's: unknown until apply. Without the source the two cannot be told apart; the block is
 * then judged as not written (as a computed block is) and a note says why.
 */
function withDynamicBlocks(exprs: Record<string, unknown>, c: Change, map: ResourceMap, dynamic: string[] | undefined, undecided: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = { ...exprs };
    for (const b of dynamic ?? []) if (!(b in out) && map.fields[b]) out[b] = undefined;
    if (dynamic === undefined && isObj(c.afterUnknown)) {
        for (const [b, u] of Object.entries(c.afterUnknown)) {
            const shape = map.fields[b]?.shape;
            if (u !== true || b in out || (shape !== "object" && shape !== "list<object>")) continue;
            undecided.push(`${c.address}.${b}`);
        }
    }
    return out;
}

function mergeSensitive(a: unknown, b: unknown): unknown {
    if (a === true || b === true) return true;
    if (Array.isArray(a) || Array.isArray(b)) {
        const x = Array.isArray(a) ? a : [];
        const y = Array.isArray(b) ? b : [];
        return Array.from({ length: Math.max(x.length, y.length) }, (_, i) => mergeSensitive(x[i], y[i]));
    }
    if (isObj(a) || isObj(b)) {
        const x = isObj(a) ? a : {};
        const y = isObj(b) ? b : {};
        const out: Record<string, unknown> = {};
        for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) out[k] = mergeSensitive(x[k], y[k]);
        return out;
    }
    return false;
}

/** Wire values -> plain values (the gate reads plain values). */
function plainOf(v: Record<string, unknown>): Record<string, unknown> {
    const p = (x: unknown): unknown => {
        if (isSecret(x)) return p(x.value);
        if (Array.isArray(x)) return x.map(p);
        if (isObj(x)) return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, p(y)]));
        return x;
    };
    return p(v) as Record<string, unknown>;
}
