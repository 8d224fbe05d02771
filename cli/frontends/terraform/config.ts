// Terraform addresses and the plan's `configuration` block: which configuration block an instance
// comes from, which attributes the configuration sets, and which resources an attribute refers to
// (across module calls, count and for_each). Only string equality of references is promised by the
// format, so they are parsed as addresses and compared as strings.

export type Json = unknown;
const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

export interface Address {
    modules: { name: string; index?: string }[];
    mode: "managed" | "data";
    type: string;
    name: string;
    /** The instance key as written: `0` or `"key"` (with quotes). */
    index?: string;
}

/** Parses `module.a["x"].module.b.alicloud_ram_user.u[0]` (also `data.` and attribute suffixes, ignored). */
export function parseAddress(s: string): Address | undefined {
    const tokens: { word?: string; index?: string }[] = [];
    const re = /([A-Za-z_][A-Za-z0-9_-]*)|\[("(?:[^"\\]|\\.)*"|[0-9]+|\*)\]|(\.)/y;
    for (let m = re.exec(s); m !== null && m[0] !== ""; m = re.exec(s)) {
        if (m[1] !== undefined) tokens.push({ word: m[1] });
        else if (m[2] !== undefined) tokens.push({ index: m[2] });
    }
    const modules: Address["modules"] = [];
    let i = 0;
    const indexAt = (j: number) => (tokens[j]?.index !== undefined ? tokens[j].index : undefined);
    while (tokens[i]?.word === "module" && tokens[i + 1]?.word !== undefined) {
        const index = indexAt(i + 2);
        modules.push({ name: tokens[i + 1].word!, index });
        i += index !== undefined ? 3 : 2;
    }
    let mode: Address["mode"] = "managed";
    if (tokens[i]?.word === "data") {
        mode = "data";
        i++;
    }
    const type = tokens[i]?.word;
    const name = tokens[i + 1]?.word;
    if (type === undefined || name === undefined) return undefined;
    return { modules, mode, type, name, index: indexAt(i + 2) };
}

/** A resource instance address exactly as Terraform writes it (`resource_changes[].address`): nothing before or after it. */
export function parseResourceAddress(s: string): Address | undefined {
    const a = parseAddress(s);
    if (a === undefined) return undefined;
    const mods = moduleInstanceOf(a);
    const canonical = `${mods}${mods === "" ? "" : "."}${a.mode === "data" ? "data." : ""}${a.type}.${a.name}${a.index !== undefined ? `[${a.index}]` : ""}`;
    return canonical === s ? a : undefined;
}

/** "module.a.module.b." for the configuration (no instance keys). */
export const modulePrefix = (mods: string[]) => mods.map((m) => `module.${m}.`).join("");
/** The configuration key of an address: `module.a.alicloud_ram_user.u`. */
export const configKeyOf = (a: Address) => `${modulePrefix(a.modules.map((m) => m.name))}${a.mode === "data" ? "data." : ""}${a.type}.${a.name}`;
/** The module instance an address lives in: `module.a["x"].module.b` ("" at the root). */
export const moduleInstanceOf = (a: Address) => a.modules.map((m) => `module.${m.name}${m.index !== undefined ? `[${m.index}]` : ""}`).join(".");

export interface ConfigResource {
    key: string;
    modules: string[];
    type: string;
    name: string;
    /** Attribute -> block-expression (nested blocks are arrays of block-expressions). */
    expressions: Record<string, Json>;
    dependsOn: string[];
    /** References of `for_each` (what `each.value` stands for). */
    forEach: string[];
}

interface ConfigModule {
    modules: string[];
    /** The call's input arguments (absent at the root). */
    callExpressions?: Record<string, Json>;
    outputs: Record<string, Json>;
}

/**
 * The references of an expression without the ones a longer reference already covers: Terraform
 * lists `module.ack.cluster_id` and then `module.ack`, which alone would mean the whole module.
 */
export function specificReferences(refs: string[]): string[] {
    return refs.filter((r) => !refs.some((o) => o !== r && (o.startsWith(`${r}.`) || o.startsWith(`${r}[`))));
}

/** Every reference string inside a (block-)expression, at any depth. */
export function referencesIn(e: Json, into: string[] = []): string[] {
    if (Array.isArray(e)) e.forEach((x) => referencesIn(x, into));
    else if (isObj(e)) {
        if (Array.isArray(e.references)) for (const r of e.references) if (typeof r === "string") into.push(r);
        for (const [k, v] of Object.entries(e)) if (k !== "references" && k !== "constant_value") referencesIn(v, into);
    }
    return into;
}

export class Configuration {
    readonly resources = new Map<string, ConfigResource>();
    private readonly modules = new Map<string, ConfigModule>();

    constructor(configuration: Json) {
        if (isObj(configuration) && isObj(configuration.root_module)) this.walk(configuration.root_module, [], undefined, 0);
    }

    private walk(mod: Record<string, unknown>, path: string[], callExpressions: Record<string, Json> | undefined, depth: number): void {
        if (depth > 64) return;
        this.modules.set(path.join("."), { modules: path, callExpressions, outputs: isObj(mod.outputs) ? mod.outputs : {} });
        for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
            if (!isObj(r) || typeof r.type !== "string" || typeof r.name !== "string") continue;
            const key = `${modulePrefix(path)}${r.mode === "data" ? "data." : ""}${r.type}.${r.name}`;
            this.resources.set(key, {
                key,
                modules: path,
                type: r.type,
                name: r.name,
                expressions: isObj(r.expressions) ? r.expressions : {},
                dependsOn: Array.isArray(r.depends_on) ? r.depends_on.filter((x): x is string => typeof x === "string") : [],
                forEach: referencesIn(r.for_each_expression),
            });
        }
        if (isObj(mod.module_calls)) {
            for (const [name, call] of Object.entries(mod.module_calls)) {
                if (!isObj(call)) continue;
                const child = isObj(call.module) ? call.module : {};
                this.walk(child, [...path, name], isObj(call.expressions) ? call.expressions : {}, depth + 1);
            }
        }
    }

    /**
     * The configuration keys of the managed resources a reference (made inside module `mods`) leads
     * to, following `var.` into the module call's argument and `module.x.out` into the output.
     */
    resolve(ref: string, mods: string[], depth = 0): { key: string; index?: string }[] {
        if (depth > 32) return [];
        const parts = ref.split(".");
        switch (parts[0]) {
            case "var": {
                const m = this.modules.get(mods.join("."));
                if (mods.length === 0 || !m?.callExpressions) return [];
                const name = parts[1]?.replace(/\[.*$/, "");
                return referencesIn(m.callExpressions[name]).flatMap((r) => this.resolve(r, mods.slice(0, -1), depth + 1));
            }
            case "module": {
                const a = /^module\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?(?:\.([A-Za-z0-9_-]+))?/.exec(ref);
                if (!a) return [];
                const child = [...mods, a[1]];
                const m = this.modules.get(child.join("."));
                if (!m) return [];
                if (a[2] !== undefined) {
                    const out = m.outputs[a[2]];
                    const expr = isObj(out) ? out.expression : undefined;
                    return referencesIn(expr).flatMap((r) => this.resolve(r, child, depth + 1));
                }
                const prefix = modulePrefix(child);
                return [...this.resources.values()].filter((r) => r.key.startsWith(prefix) && !r.key.includes(".data.") && !r.key.startsWith("data.")).map((r) => ({ key: r.key }));
            }
            case "local": case "count": case "each": case "path": case "terraform": case "self": case "data":
                return [];
            default: {
                const a = parseAddress(ref);
                if (!a || a.mode !== "managed") return [];
                const key = `${modulePrefix(mods)}${a.type}.${a.name}`;
                return this.resources.has(key) ? [{ key, index: a.index }] : [];
            }
        }
    }

    /** The block-expression object of the module the configuration has for `key`, if any. */
    get(key: string): ConfigResource | undefined {
        return this.resources.get(key);
    }
}
