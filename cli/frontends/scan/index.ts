// `ackguard scan`: a Terraform configuration directory -> the document `terraform show -json` would
// write for a plan that creates it (planned values, resource changes, the configuration with its
// references, variables, sensitive marks). The Terraform plan reader (cli/frontends/terraform/plan.ts) then
// judges it exactly as it judges a real plan: one mapping, one judge, nothing judged twice.
//
// Evaluated as Terraform does at plan time: variables (defaults, TF_VAR_*, terraform.tfvars,
// *.auto.tfvars, --var-file, --var in that order), locals, count / for_each instances with their
// addresses, dynamic blocks, local modules (and modules `terraform init` installed). Values that
// depend on another resource's computed attributes, a data source, an unset variable or anything
// not evaluable are unknown (after_unknown), with the configuration references kept.
import * as fs from "fs";
import * as path from "path";
import { UsageError } from "../types";
import type { Declaration } from "../terraform/locations";
import { FieldMap, TERRAFORM_MAPPING } from "../terraform/mapping";
import { Attribute, Block, Body, Expr, parseHcl, Pos } from "./hcl";
import { callsSensitive, entries, evaluate, EvalError, hasUnknown, isMap, isUnknown, Open, referencesOf, referencesOfCached, Scope, toStr, UNKNOWN, Val } from "./evaluate";

export { EVALUATED_FUNCTIONS } from "./evaluate";

export interface ScanOptions {
    /** --var-file, in command-line order. */
    varFiles?: string[];
    /** --var name=value, in command-line order. */
    vars?: string[];
    /** Environment for TF_VAR_* (default process.env). */
    env?: NodeJS.ProcessEnv;
    /** The target branch's configuration: resources there and gone here are planned deletions. */
    base?: string;
    /** Paths in locations are relative to this directory (default: the working directory). */
    relativeTo?: string;
}

export interface NotExpanded {
    /** `module.x` (with the module path of its caller). */
    address: string;
    source: string;
    reason: string;
    location: Pos;
}

export interface ResourceLocation extends Pos {
    /** Attribute path (`management[0].auto_repair`) -> where the configuration sets it. */
    attributes: Record<string, Pos>;
}

export interface ScanResult {
    /** A document in the shape of `terraform show -json <planfile>`. */
    plan: Record<string, unknown>;
    notExpanded: NotExpanded[];
    /** Root variables with no value (no default, no tfvars, no --var): judged as unknown. */
    unknownVariables: string[];
    /** Per resource instance address. */
    locations: Record<string, ResourceLocation>;
    /** Per configuration address (`module.x.type.name`), as the plan reader's location scanner gives them. */
    declarations: Map<string, Declaration>;
    /** What the report should say about the scan (unknown counts, values not evaluated...). */
    notes: string[];
}

/** Bounds that keep a huge or hostile configuration within memory. */
export const LIMITS = { fileBytes: 16 * 1024 * 1024, totalBytes: 128 * 1024 * 1024, moduleDepth: 32, instances: 100_000 };

// ---- reading modules ----------------------------------------------------------------------------

interface ModuleDef {
    dir: string;
    variables: Map<string, Block>;
    locals: Map<string, Attribute>;
    resources: Block[];
    modules: Block[];
    outputs: Map<string, Block>;
    /** `moved` and `removed` blocks: what --base must not count as a deletion. */
    moved: Block[];
    removed: Block[];
}

class Reader {
    private readonly cache = new Map<string, ModuleDef>();
    private bytes = 0;
    readonly notes: string[] = [];

    constructor(readonly relativeTo: string) {}

    rel(p: string): string {
        return path.relative(this.relativeTo, p).split(path.sep).join("/") || ".";
    }

    async load(dir: string): Promise<ModuleDef> {
        const abs = path.resolve(dir);
        const cached = this.cache.get(abs);
        if (cached) return cached;
        let names: string[];
        try {
            names = fs.readdirSync(abs).sort();
        } catch (e) {
            throw new UsageError(`cannot read directory ${this.rel(abs)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        }
        const tf = names.filter((f) => f.endsWith(".tf") && !f.endsWith("_override.tf") && f !== "override.tf");
        if (names.some((f) => f.endsWith(".tf.json"))) this.notes.push(`${this.rel(abs)}: *.tf.json files are not read by ackguard scan`);
        if (names.some((f) => f === "override.tf" || f.endsWith("_override.tf"))) this.notes.push(`${this.rel(abs)}: override files are not applied by ackguard scan`);
        const def: ModuleDef = { dir: abs, variables: new Map(), locals: new Map(), resources: [], modules: [], outputs: new Map(), moved: [], removed: [] };
        for (const f of tf) {
            const file = path.join(abs, f);
            const st = fs.statSync(file);
            if (!st.isFile()) continue;
            if (st.size > LIMITS.fileBytes) throw new UsageError(`${this.rel(file)} is ${Math.round(st.size / 1048576)} MB, more than the ${LIMITS.fileBytes / 1048576} MB ackguard reads in one file`);
            this.bytes += st.size;
            if (this.bytes > LIMITS.totalBytes) throw new UsageError(`the configuration is more than the ${LIMITS.totalBytes / 1048576} MB of .tf files ackguard reads`);
            let text: string;
            try {
                text = fs.readFileSync(file, "utf8");
            } catch (e) {
                throw new UsageError(`cannot read ${this.rel(file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
            }
            const body = await parseHcl(this.rel(file), text);
            for (const b of body.blocks) {
                const dup = (kind: string, m: Map<string, unknown>, name: string) => {
                    if (m.has(name)) throw new UsageError(`${b.pos.file}:${b.pos.line}: duplicate ${kind} "${name}"`);
                };
                switch (b.type) {
                    case "variable":
                        dup("variable", def.variables, b.labels[0]);
                        def.variables.set(b.labels[0], b);
                        break;
                    case "locals":
                        for (const a of b.body.attributes.values()) {
                            dup("local value", def.locals, a.name);
                            def.locals.set(a.name, a);
                        }
                        break;
                    case "resource":
                        if (b.labels.length !== 2) throw new UsageError(`${b.pos.file}:${b.pos.line}: a resource block needs two labels (type and name)`);
                        if (def.resources.some((r) => r.labels[0] === b.labels[0] && r.labels[1] === b.labels[1])) throw new UsageError(`${b.pos.file}:${b.pos.line}: duplicate resource "${b.labels[0]}" "${b.labels[1]}"`);
                        def.resources.push(b);
                        break;
                    case "module":
                        if (def.modules.some((m) => m.labels[0] === b.labels[0])) throw new UsageError(`${b.pos.file}:${b.pos.line}: duplicate module "${b.labels[0]}"`);
                        def.modules.push(b);
                        break;
                    case "output":
                        def.outputs.set(b.labels[0], b);
                        break;
                    case "moved":
                        def.moved.push(b);
                        break;
                    case "removed":
                        def.removed.push(b);
                        break;
                    default:
                        break;
                }
            }
        }
        this.cache.set(abs, def);
        return def;
    }
}

/** Module directories `terraform init` installed, by module key ("ack" or "ack.nodes"). */
function installedModules(root: string): Map<string, string> {
    const out = new Map<string, string>();
    try {
        const doc = JSON.parse(fs.readFileSync(path.join(root, ".terraform", "modules", "modules.json"), "utf8"));
        for (const m of Array.isArray(doc?.Modules) ? doc.Modules : []) {
            if (typeof m?.Key === "string" && typeof m?.Dir === "string" && m.Key !== "") out.set(m.Key, path.resolve(root, m.Dir));
        }
    } catch {
        /* nothing installed */
    }
    return out;
}

// ---- evaluating module instances ----------------------------------------------------------------

interface Instance {
    address: string;
    index?: number | string;
    block: Block;
    module: ModuleInstance;
    values: { [k: string]: Val };
    sensitive: { [k: string]: unknown };
    exprs: Record<string, unknown>;
    attrs: Record<string, Pos>;
    preventDestroy: boolean;
}

interface Ctx {
    reader: Reader;
    root: string;
    installed: Map<string, string>;
    notExpanded: NotExpanded[];
    notes: string[];
    /** Base mode: computed attributes of resources read as stable placeholders, as a prior state would have ids. */
    placeholders: boolean;
    instanceCount: number;
}

const META_ATTRS = new Set(["count", "for_each", "provider", "depends_on"]);
const META_BLOCKS = new Set(["lifecycle", "provisioner", "connection", "dynamic"]);

function keyText(k: number | string): string {
    return typeof k === "number" ? String(k) : JSON.stringify(k);
}

class ModuleInstance {
    private readonly localValues = new Map<string, Val | "pending">();
    private readonly localSensitive = new Map<string, boolean>();
    private readonly resourceInstances = new Map<string, Instance[] | "pending">();
    private readonly children = new Map<string, Map<string | number | undefined, ModuleInstance> | undefined>();

    constructor(
        readonly ctx: Ctx,
        readonly def: ModuleDef,
        /** Configuration path: call names. */
        readonly names: string[],
        /** Address prefix: `module.a[0].module.b.` ("" at the root). */
        readonly prefix: string,
        readonly vars: Map<string, Val>,
        readonly sensitiveVars: Set<string>,
        readonly chain: string[],
    ) {}

    scope(extra: [string, Val][] = []): Scope {
        return { lookup: (root, steps) => this.lookup(root, steps, extra), locals: new Map(extra), moduleDir: this.def.dir, rootDir: this.ctx.root };
    }

    private lookup(root: string, steps: { k: string; name?: string }[], extra: [string, Val][]): { value: Val; used: number } | undefined {
        const first = steps[0]?.k === "attr" ? steps[0].name : undefined;
        const byName = new Map(extra);
        switch (root) {
            case "var":
                if (first === undefined) return undefined;
                if (!this.vars.has(first)) throw new EvalError(`no variable "${first}" is declared`);
                return { value: this.vars.get(first)!, used: 1 };
            case "local":
                if (first === undefined) return undefined;
                return { value: this.local(first), used: 1 };
            case "count":
                return byName.has("count") ? { value: byName.get("count")!, used: 0 } : undefined;
            case "each":
                return byName.has("each") ? { value: byName.get("each")!, used: 0 } : undefined;
            case "path": {
                const dirs: Record<string, string> = { module: this.ctx.reader.rel(this.def.dir), root: this.ctx.reader.rel(this.ctx.root), cwd: "." };
                return first !== undefined && first in dirs ? { value: dirs[first], used: 1 } : undefined;
            }
            case "terraform":
                return first === "workspace" ? { value: "default", used: 1 } : { value: UNKNOWN, used: steps.length };
            case "data": case "self": case "ephemeral":
                return { value: UNKNOWN, used: steps.length };
            case "module":
                if (first === undefined) return undefined;
                return { value: this.moduleValue(first), used: 1 };
            default: {
                if (first === undefined) return undefined;
                const block = this.def.resources.find((r) => r.labels[0] === root && r.labels[1] === first);
                if (!block) throw new EvalError(`no resource ${root}.${first} is declared`);
                return { value: this.resourceValue(block), used: 1 };
            }
        }
    }

    local(name: string): Val {
        const got = this.localValues.get(name);
        if (got === "pending") throw new EvalError(`local.${name} refers to itself`);
        if (got !== undefined) return got;
        const a = this.def.locals.get(name);
        if (!a) throw new EvalError(`no local value "${name}" is declared`);
        this.localValues.set(name, "pending");
        let v: Val;
        try {
            v = evaluate(a.expr, this.scope());
        } catch (e) {
            if (!(e instanceof EvalError)) throw e;
            this.ctx.notes.push(`${a.pos.file}:${a.pos.line}: local.${name}: ${e.message}; judged as unknown`);
            v = UNKNOWN;
        } finally {
            this.localValues.delete(name);
        }
        this.localValues.set(name, v);
        return v;
    }

    /** Whether an expression carries a sensitive value (a sensitive variable, output or sensitive()). */
    sensitiveExpr(e: Expr, depth = 0): boolean {
        if (callsSensitive(e)) return true;
        if (depth > 32) return false;
        for (const r of referencesOfCached(e)) {
            const out = /^module\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?\.([A-Za-z0-9_-]+)$/.exec(r);
            if (out && this.sensitiveOutput(out[1], out[2], depth)) return true;
            const m = /^(var|local)\.([A-Za-z0-9_-]+)$/.exec(r);
            if (!m) continue;
            if (m[1] === "var" && this.sensitiveVars.has(m[2])) return true;
            if (m[1] === "local") {
                if (!this.localSensitive.has(m[2])) {
                    this.localSensitive.set(m[2], false);
                    const a = this.def.locals.get(m[2]);
                    this.localSensitive.set(m[2], a !== undefined && this.sensitiveExpr(a.expr, depth + 1));
                }
                if (this.localSensitive.get(m[2])) return true;
            }
        }
        return false;
    }

    /** Whether a module call's output is sensitive: declared so, or built from a sensitive value. */
    private sensitiveOutput(call: string, output: string, depth: number): boolean {
        for (const child of this.children.get(call)?.values() ?? []) {
            const b = child.def.outputs.get(output);
            if (!b) continue;
            const v = b.body.attributes.get("value");
            if (isSensitiveDecl(b) || (v !== undefined && child.sensitiveExpr(v.expr, depth + 1))) return true;
        }
        return false;
    }

    /** References of an expression, plus those of the locals it reads (so the dependency edge survives a local). */
    references(e: Expr): string[] {
        const out = [...referencesOfCached(e)];
        const seen = new Set<string>();
        for (let i = 0; i < out.length && i < 10_000; i++) {
            const m = /^local\.([A-Za-z0-9_-]+)$/.exec(out[i]);
            if (!m || seen.has(m[1])) continue;
            seen.add(m[1]);
            const a = this.def.locals.get(m[1]);
            if (a) for (const r of referencesOfCached(a.expr)) if (!out.includes(r)) out.push(r);
        }
        return out;
    }

    // ---- resources ----

    resourceValue(block: Block): Val {
        const list = this.instances(block);
        const open = (i: Instance) => {
            const known: { [k: string]: Val } = { ...i.values };
            if (this.ctx.placeholders) for (const k of ["id", "role_id", "arn"]) if (!(k in known)) known[k] = `<${i.address}.${k}>`;
            return new Open(known);
        };
        const hasCount = block.body.attributes.has("count");
        const hasEach = block.body.attributes.has("for_each");
        if (!hasCount && !hasEach) return list[0] ? open(list[0]) : UNKNOWN;
        if (list.some((i) => i.index === "*")) return UNKNOWN;
        if (hasCount) return list.map(open);
        return Object.fromEntries(list.map((i) => [String(i.index), open(i)]));
    }

    /** The instances of a resource block (count / for_each expanded), evaluated once. */
    instances(block: Block): Instance[] {
        const key = `${block.labels[0]}.${block.labels[1]}`;
        const got = this.resourceInstances.get(key);
        if (got === "pending") throw new EvalError(`${key} refers to itself`);
        if (got) return got;
        this.resourceInstances.set(key, "pending");
        try {
            const out = this.expand(block);
            this.resourceInstances.set(key, out);
            return out;
        } catch (e) {
            this.resourceInstances.delete(key);
            throw e;
        }
    }

    private repetition(body: Body, what: string): { keys: (number | string)[]; each: Map<number | string, Val> } | "unknown" | undefined {
        const count = body.attributes.get("count");
        const forEach = body.attributes.get("for_each");
        if (count) {
            let n: Val;
            try {
                n = evaluate(count.expr, this.scope());
            } catch (e) {
                if (!(e instanceof EvalError)) throw e;
                this.ctx.notes.push(`${count.pos.file}:${count.pos.line}: count of ${what}: ${e.message}`);
                return "unknown";
            }
            // Terraform converts count to a number ("2" is 2).
            if (typeof n === "string" && n.trim() !== "" && Number.isFinite(Number(n))) n = Number(n);
            if (isUnknown(n) || typeof n !== "number") return "unknown";
            if (n > LIMITS.instances) throw new UsageError(`${count.pos.file}:${count.pos.line}: count = ${n} is more than the ${LIMITS.instances} instances ackguard evaluates`);
            return { keys: Array.from({ length: Math.max(0, Math.floor(n)) }, (_, i) => i), each: new Map() };
        }
        if (forEach) {
            let v: Val;
            try {
                v = evaluate(forEach.expr, this.scope());
            } catch (e) {
                if (!(e instanceof EvalError)) throw e;
                this.ctx.notes.push(`${forEach.pos.file}:${forEach.pos.line}: for_each of ${what}: ${e.message}`);
                return "unknown";
            }
            if (isUnknown(v) || v instanceof Open) return "unknown";
            const each = new Map<number | string, Val>();
            if (Array.isArray(v)) {
                for (const x of v) {
                    const k = toStr(x);
                    if (isUnknown(k)) return "unknown";
                    each.set(k, k);
                }
            } else if (isMap(v)) {
                for (const k of Object.keys(v).sort()) each.set(k, v[k]);
            } else return "unknown";
            if (each.size > LIMITS.instances) throw new UsageError(`${forEach.pos.file}:${forEach.pos.line}: for_each of ${each.size} is more than the ${LIMITS.instances} instances ackguard evaluates`);
            return { keys: [...each.keys()], each };
        }
        return undefined;
    }

    private expand(block: Block): Instance[] {
        const [type, name] = block.labels;
        const base = `${this.prefix}${type}.${name}`;
        const rep = this.repetition(block.body, base);
        const make = (index: number | string | undefined, extra: [string, Val][]): Instance => {
            if (++this.ctx.instanceCount > LIMITS.instances) throw new UsageError(`the configuration has more than the ${LIMITS.instances} resource instances ackguard evaluates`);
            const address = index === undefined ? base : `${base}[${index === "*" ? "*" : keyText(index)}]`;
            const r = this.body(block.body, this.scope(extra), "", extra);
            const lifecycle = block.body.blocks.find((b) => b.type === "lifecycle");
            const pd = lifecycle?.body.attributes.get("prevent_destroy");
            let preventDestroy = false;
            if (pd) {
                try {
                    preventDestroy = evaluate(pd.expr, this.scope(extra)) === true;
                } catch {
                    preventDestroy = false;
                }
            }
            return { address, index, block, module: this, values: r.values, sensitive: r.sensitive, exprs: r.exprs, attrs: r.attrs, preventDestroy };
        };
        if (rep === undefined) return [make(undefined, [])];
        if (rep === "unknown") {
            this.ctx.notes.push(`${base} (${block.pos.file}:${block.pos.line}): its ${block.body.attributes.has("count") ? "count" : "for_each"} is known only after apply; judged as one instance ${base}[*] with unknown keys`);
            const extra: [string, Val][] = block.body.attributes.has("count") ? [["count", { index: UNKNOWN }]] : [["each", { key: UNKNOWN, value: UNKNOWN }]];
            return [make("*", extra)];
        }
        const isCount = block.body.attributes.has("count");
        return rep.keys.map((k) => make(k, isCount ? [["count", { index: k }]] : [["each", { key: k, value: rep.each.get(k)! }]]));
    }

    /** Attributes and nested blocks of a resource body: values, sensitive marks, block-expressions, positions. */
    body(body: Body, scope: Scope, at: string, extra: [string, Val][], depth = 0): { values: { [k: string]: Val }; sensitive: { [k: string]: unknown }; exprs: Record<string, unknown>; attrs: Record<string, Pos> } {
        const values: { [k: string]: Val } = {};
        const sensitive: { [k: string]: unknown } = {};
        const exprs: Record<string, unknown> = {};
        const attrs: Record<string, Pos> = {};
        for (const a of body.attributes.values()) {
            if (depth === 0 && META_ATTRS.has(a.name)) continue;
            let v: Val;
            try {
                v = evaluate(a.expr, scope);
            } catch (e) {
                if (!(e instanceof EvalError)) throw e;
                this.ctx.notes.push(`${a.pos.file}:${a.pos.line}: ${a.name}: ${e.message}; judged as unknown`);
                v = UNKNOWN;
            }
            values[a.name] = v;
            const refs = this.references(a.expr);
            exprs[a.name] = refs.length > 0 ? { references: refs } : { constant_value: plain(v) };
            if (this.sensitiveExpr(a.expr)) sensitive[a.name] = true;
            attrs[`${at}${a.name}`] = a.pos;
        }
        const groups = new Map<string, Block[]>();
        for (const b of body.blocks) {
            if (META_BLOCKS.has(b.type) && !(b.type === "dynamic" && depth >= 0)) continue;
            const t = b.type === "dynamic" ? b.labels[0] : b.type;
            if (t === undefined) continue;
            groups.set(t, [...(groups.get(t) ?? []), b]);
        }
        for (const [t, blocks] of groups) {
            const list: Val[] = [];
            const sens: unknown[] = [];
            const ex: unknown[] = [];
            let unknown = false;
            for (const b of blocks) {
                if (b.type !== "dynamic") {
                    const r = this.body(b.body, scope, `${at}${t}[${list.length}].`, extra, depth + 1);
                    Object.assign(attrs, r.attrs);
                    list.push(r.values);
                    sens.push(r.sensitive);
                    ex.push(r.exprs);
                    continue;
                }
                // dynamic "t" { for_each = ..., iterator = it, content { ... } }: not in the configuration's expressions, as in a plan.
                const fe = b.body.attributes.get("for_each");
                const content = b.body.blocks.find((x) => x.type === "content");
                const itAttr = b.body.attributes.get("iterator");
                const it = itAttr?.expr.k === "var" ? itAttr.expr.name : t;
                let coll: Val = UNKNOWN;
                try {
                    coll = fe ? evaluate(fe.expr, scope) : UNKNOWN;
                } catch (e) {
                    if (!(e instanceof EvalError)) throw e;
                    this.ctx.notes.push(`${b.pos.file}:${b.pos.line}: dynamic "${t}": ${e.message}; judged as unknown`);
                }
                const es = isUnknown(coll) || coll instanceof Open ? UNKNOWN : entries(coll);
                if (isUnknown(es) || !content) {
                    unknown = true;
                    continue;
                }
                for (const [k, v] of es) {
                    const inner: Scope = { ...scope, locals: new Map([...scope.locals, [it, { key: k, value: v }]]) };
                    const r = this.body(content.body, inner, `${at}${t}[${list.length}].`, extra, depth + 1);
                    Object.assign(attrs, r.attrs);
                    list.push(r.values);
                    sens.push(r.sensitive);
                }
            }
            values[t] = unknown ? UNKNOWN : list;
            if (sens.some((x) => isMap(x as Val) && Object.keys(x as object).length > 0)) sensitive[t] = sens;
            if (ex.length > 0 && ex.length === list.length) exprs[t] = ex;
        }
        return { values, sensitive, exprs, attrs };
    }

    // ---- module calls ----

    /** Child module instances of a call (undefined when the module cannot be read). */
    async expandCalls(): Promise<void> {
        for (const call of this.def.modules) {
            const name = call.labels[0];
            const src = call.body.attributes.get("source");
            const source = src?.expr.k === "lit" && typeof src.expr.v === "string" ? src.expr.v : undefined;
            const address = `${this.prefix}module.${name}`;
            const childNames = [...this.names, name];
            let dir: string | undefined;
            let reason = "";
            if (source === undefined) reason = "its source is not a literal string";
            else if (/^\.\.?(\/|\\|$)/.test(source)) dir = path.resolve(this.def.dir, source);
            else {
                dir = this.ctx.installed.get(childNames.join("."));
                if (dir === undefined) reason = "a registry or remote module that is not installed here (run terraform init first, or it is not judged)";
            }
            if (dir !== undefined && !fs.existsSync(dir)) {
                reason = `its source ${this.ctx.reader.rel(dir)} does not exist`;
                dir = undefined;
            }
            if (dir === undefined) {
                this.ctx.notExpanded.push({ address, source: source ?? "(not a literal)", reason, location: call.pos });
                this.children.set(name, undefined);
                continue;
            }
            if (this.chain.includes(path.resolve(dir))) {
                throw new UsageError(`${call.pos.file}:${call.pos.line}: module "${name}" calls ${source}, which is already being expanded: a module source cycle (${[...this.chain, path.resolve(dir)].map((d) => this.ctx.reader.rel(d)).join(" -> ")})`);
            }
            if (this.chain.length >= LIMITS.moduleDepth) throw new UsageError(`${call.pos.file}:${call.pos.line}: modules nested more than ${LIMITS.moduleDepth} levels deep`);
            const def = await this.ctx.reader.load(dir);
            const rep = this.repetition(call.body, address);
            const instances = new Map<string | number | undefined, ModuleInstance>();
            const keys: (string | number | undefined)[] = rep === undefined ? [undefined] : rep === "unknown" ? ["*"] : rep.keys;
            if (rep === "unknown") this.ctx.notes.push(`${address} (${call.pos.file}:${call.pos.line}): its count or for_each is known only after apply; judged as one instance ${address}[*]`);
            for (const k of keys) {
                const extra: [string, Val][] = k === undefined ? [] : call.body.attributes.has("count") ? [["count", { index: k === "*" ? UNKNOWN : k }]] : [["each", { key: k === "*" ? UNKNOWN : k, value: k === "*" || rep === undefined || rep === "unknown" ? UNKNOWN : rep.each.get(k)! }]];
                const { vars, sensitive } = this.childVars(def, call, extra);
                const prefix = `${address}${k === undefined ? "" : `[${k === "*" ? "*" : keyText(k)}]`}.`;
                const child = new ModuleInstance(this.ctx, def, childNames, prefix, vars, sensitive, [...this.chain, path.resolve(dir)]);
                instances.set(k, child);
                await child.expandCalls();
            }
            this.children.set(name, instances);
        }
    }

    private childVars(def: ModuleDef, call: Block, extra: [string, Val][]): { vars: Map<string, Val>; sensitive: Set<string> } {
        const vars = new Map<string, Val>();
        const sensitive = new Set<string>();
        for (const [name, v] of def.variables) {
            const arg = call.body.attributes.get(name);
            let value: Val = UNKNOWN;
            if (arg) {
                try {
                    value = evaluate(arg.expr, this.scope(extra));
                } catch (e) {
                    if (!(e instanceof EvalError)) throw e;
                    this.ctx.notes.push(`${arg.pos.file}:${arg.pos.line}: module input ${name}: ${e.message}; judged as unknown`);
                }
                if (this.sensitiveExpr(arg.expr)) sensitive.add(name);
            } else {
                const d = v.body.attributes.get("default");
                value = d ? safeEval(d.expr, this.ctx) : UNKNOWN;
                if (!d) this.ctx.notes.push(`${call.pos.file}:${call.pos.line}: module "${call.labels[0]}" gives no value for its required variable "${name}"; judged as unknown`);
            }
            if (isSensitiveDecl(v)) sensitive.add(name);
            vars.set(name, convertType(value, v));
        }
        return { vars, sensitive };
    }

    moduleValue(name: string): Val {
        if (!this.children.has(name)) {
            if (!this.def.modules.some((m) => m.labels[0] === name)) throw new EvalError(`no module "${name}" is called`);
            return UNKNOWN;
        }
        const inst = this.children.get(name);
        if (!inst) return UNKNOWN;
        const call = this.def.modules.find((m) => m.labels[0] === name)!;
        const outputsOf = (m: ModuleInstance): Val => {
            const out: { [k: string]: Val } = {};
            for (const [o, b] of m.def.outputs) {
                const v = b.body.attributes.get("value");
                out[o] = v ? m.safe(v) : UNKNOWN;
            }
            return new Open(out);
        };
        if (inst.has("*")) return UNKNOWN;
        if (call.body.attributes.has("count")) return [...inst.values()].map(outputsOf);
        if (call.body.attributes.has("for_each")) return Object.fromEntries([...inst].map(([k, m]) => [String(k), outputsOf(m)]));
        return outputsOf(inst.get(undefined)!);
    }

    safe(a: Attribute): Val {
        try {
            return evaluate(a.expr, this.scope());
        } catch (e) {
            if (!(e instanceof EvalError)) throw e;
            this.ctx.notes.push(`${a.pos.file}:${a.pos.line}: ${a.name}: ${e.message}; judged as unknown`);
            return UNKNOWN;
        }
    }

    /** Every module instance, depth first. */
    *all(): Generator<ModuleInstance> {
        yield this;
        for (const m of this.children.values()) if (m) for (const c of m.values()) yield* c.all();
    }

    /** The `configuration` module of the plan JSON for this instance's module (first instance of each call). */
    configuration(): Record<string, unknown> {
        const resources = this.def.resources.map((b) => {
            const [type, name] = b.labels;
            let exprs: Record<string, unknown> = {};
            try {
                const first = this.instances(b)[0];
                exprs = first ? first.exprs : this.body(b.body, this.scope([["count", { index: 0 }], ["each", { key: UNKNOWN, value: UNKNOWN }]]), "", []).exprs;
            } catch (e) {
                if (!(e instanceof EvalError)) throw e;
            }
            const out: Record<string, unknown> = { address: `${type}.${name}`, mode: "managed", type, name, provider_config_key: type.split("_")[0], expressions: exprs, schema_version: 0 };
            const count = b.body.attributes.get("count");
            const fe = b.body.attributes.get("for_each");
            if (count) out.count_expression = exprOf(count.expr, this);
            if (fe) out.for_each_expression = exprOf(fe.expr, this);
            const dep = b.body.attributes.get("depends_on");
            if (dep?.expr.k === "tuple") out.depends_on = dep.expr.items.map((x) => referencesOf(x)[0]).filter((x): x is string => x !== undefined);
            return out;
        });
        const moduleCalls: Record<string, unknown> = {};
        for (const call of this.def.modules) {
            const name = call.labels[0];
            const src = call.body.attributes.get("source");
            const expressions: Record<string, unknown> = {};
            for (const a of call.body.attributes.values()) if (!["source", "version", "count", "for_each", "providers", "depends_on"].includes(a.name)) expressions[a.name] = exprOf(a.expr, this);
            const inst = this.children.get(name);
            const first = inst ? [...inst.values()][0] : undefined;
            moduleCalls[name] = {
                source: src?.expr.k === "lit" ? src.expr.v : undefined,
                expressions,
                ...(call.body.attributes.get("count") ? { count_expression: exprOf(call.body.attributes.get("count")!.expr, this) } : {}),
                ...(call.body.attributes.get("for_each") ? { for_each_expression: exprOf(call.body.attributes.get("for_each")!.expr, this) } : {}),
                module: first ? first.configuration() : {},
            };
        }
        const outputs: Record<string, unknown> = {};
        for (const [o, b] of this.def.outputs) {
            const v = b.body.attributes.get("value");
            outputs[o] = { expression: v ? exprOf(v.expr, this) : {}, ...(isSensitiveDecl(b) ? { sensitive: true } : {}) };
        }
        const variables: Record<string, unknown> = {};
        for (const [n, b] of this.def.variables) {
            const d = b.body.attributes.get("default");
            variables[n] = { ...(d ? { default: plain(safeEval(d.expr, this.ctx)) } : {}), ...(isSensitiveDecl(b) ? { sensitive: true } : {}) };
        }
        return { resources, module_calls: moduleCalls, outputs, variables };
    }
}

function exprOf(e: Expr, m: ModuleInstance): Record<string, unknown> {
    const refs = m.references(e);
    return refs.length > 0 ? { references: refs } : { constant_value: plain(safeEval(e, m.ctx)) };
}

function safeEval(e: Expr, ctx: Ctx): Val {
    try {
        return evaluate(e, { lookup: () => ({ value: UNKNOWN, used: 0 }), locals: new Map(), moduleDir: ctx.root, rootDir: ctx.root });
    } catch (err) {
        if (!(err instanceof EvalError)) throw err;
        return UNKNOWN;
    }
}

function isSensitiveDecl(b: Block): boolean {
    const s = b.body.attributes.get("sensitive");
    return s?.expr.k === "lit" && s.expr.v === true;
}

/** Primitive variable types convert their value as Terraform does (`number` from "2", `string` from 2). */
function convertType(v: Val, decl: Block): Val {
    const t = decl.body.attributes.get("type")?.expr;
    if (!t || t.k !== "var" || v === null || isUnknown(v)) return v;
    try {
        if (t.name === "string" && (typeof v === "number" || typeof v === "boolean")) return String(v);
        if (t.name === "number" && typeof v === "string" && v.trim() !== "" && !isNaN(Number(v))) return Number(v);
        if (t.name === "bool" && (v === "true" || v === "false")) return v === "true";
    } catch {
        /* leave as is */
    }
    return v;
}

/** A value with unknowns as null (for constant_value and variables). */
function plain(v: Val): unknown {
    if (isUnknown(v) || v instanceof Open) return null;
    if (Array.isArray(v)) return v.map(plain);
    if (isMap(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
    return v;
}

/** A value -> `after` (unknowns left out, null in lists) and `after_unknown` (true where unknown). */
function splitUnknown(v: Val): [unknown, unknown] {
    if (isUnknown(v) || v instanceof Open) return [undefined, true];
    if (Array.isArray(v)) {
        const parts = v.map(splitUnknown);
        return [parts.map(([a]) => (a === undefined ? null : a)), parts.map(([, u]) => u)];
    }
    if (isMap(v)) {
        const after: Record<string, unknown> = {};
        const unknown: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) {
            const [a, u] = splitUnknown(x);
            if (a !== undefined) after[k] = a;
            if (u !== false && !(isMap(u as Val) && Object.keys(u as object).length === 0)) unknown[k] = u;
        }
        return [after, unknown];
    }
    return [v, false];
}

// ---- root variables -----------------------------------------------------------------------------

async function readTfvars(file: string, reader: Reader, ctx: Ctx): Promise<Map<string, Val>> {
    const out = new Map<string, Val>();
    let text: string;
    try {
        const st = fs.statSync(file);
        if (st.size > LIMITS.fileBytes) throw new UsageError(`${reader.rel(file)} is more than ${LIMITS.fileBytes / 1048576} MB`);
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        if (e instanceof UsageError) throw e;
        throw new UsageError(`cannot read variables file ${reader.rel(file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (file.endsWith(".json")) {
        let doc: unknown;
        try {
            doc = JSON.parse(text);
        } catch (e) {
            throw new UsageError(`${reader.rel(file)} is not valid JSON: ${(e as Error).message.split("\n")[0].slice(0, 120)}`);
        }
        if (!isMap(doc as Val)) throw new UsageError(`${reader.rel(file)} must be a JSON object of variable values`);
        for (const [k, v] of Object.entries(doc as object)) out.set(k, v as Val);
        return out;
    }
    const body = await parseHcl(reader.rel(file), text);
    for (const a of body.attributes.values()) out.set(a.name, safeEval(a.expr, ctx));
    return out;
}

async function rootVariables(def: ModuleDef, opts: ScanOptions, reader: Reader, ctx: Ctx): Promise<{ vars: Map<string, Val>; unset: string[]; sensitive: Set<string> }> {
    const given = new Map<string, Val>();
    const env = opts.env ?? process.env;
    for (const [k, v] of Object.entries(env)) if (k.startsWith("TF_VAR_") && v !== undefined) given.set(k.slice(7), v);
    const files = fs.readdirSync(def.dir).sort();
    const auto = [
        ...files.filter((f) => f === "terraform.tfvars"),
        ...files.filter((f) => f === "terraform.tfvars.json"),
        ...files.filter((f) => f.endsWith(".auto.tfvars") || f.endsWith(".auto.tfvars.json")),
    ];
    for (const f of auto) for (const [k, v] of await readTfvars(path.join(def.dir, f), reader, ctx)) given.set(k, v);
    // --var-file and --var apply in the order given, the later winning.
    for (const f of opts.varFiles ?? []) {
        if (!fs.existsSync(f)) throw new UsageError(`--var-file ${f}: no such file`);
        for (const [k, v] of await readTfvars(path.resolve(f), reader, ctx)) given.set(k, v);
    }
    for (const a of opts.vars ?? []) {
        const eq = a.indexOf("=");
        if (eq <= 0) throw new UsageError(`--var must be name=value, got ${JSON.stringify(a.slice(0, 40))}`);
        const name = a.slice(0, eq);
        const raw = a.slice(eq + 1);
        const t = def.variables.get(name)?.body.attributes.get("type")?.expr;
        // Primitive (or untyped) variables take the text as it is; others read it as an HCL expression.
        if (!t || (t.k === "var" && ["string", "number", "bool", "any"].includes(t.name))) given.set(name, raw);
        else {
            const body = await parseHcl(`--var ${name}`, `v = ${raw}\n`);
            given.set(name, safeEval(body.attributes.get("v")!.expr, ctx));
        }
    }
    const vars = new Map<string, Val>();
    const unset: string[] = [];
    const sensitive = new Set<string>();
    for (const [name, decl] of def.variables) {
        const d = decl.body.attributes.get("default");
        let v: Val;
        if (given.has(name)) v = given.get(name)!;
        else if (d) v = safeEval(d.expr, ctx);
        else {
            v = UNKNOWN;
            unset.push(name);
        }
        if (isSensitiveDecl(decl)) sensitive.add(name);
        vars.set(name, convertType(v, decl));
    }
    return { vars, unset, sensitive };
}

// ---- the scan -----------------------------------------------------------------------------------

interface Evaluated {
    root: ModuleInstance;
    instances: Instance[];
    unset: string[];
    vars: Map<string, Val>;
    ctx: Ctx;
}

async function evaluateDir(dir: string, opts: ScanOptions, placeholders: boolean, what: string): Promise<Evaluated> {
    const abs = path.resolve(dir);
    const st = fs.statSync(abs, { throwIfNoEntry: false });
    if (!st) throw new UsageError(`${dir}: no such directory`);
    if (!st.isDirectory()) throw new UsageError(`${dir} is not a directory; ackguard scan reads a Terraform configuration directory`);
    if (!fs.readdirSync(abs).some((f) => f.endsWith(".tf"))) throw new UsageError(`${dir} has no .tf files: give the directory of a Terraform configuration${what}`);
    const reader = new Reader(path.resolve(opts.relativeTo ?? process.cwd()));
    const ctx: Ctx = { reader, root: abs, installed: installedModules(abs), notExpanded: [], notes: reader.notes, placeholders, instanceCount: 0 };
    const def = await reader.load(abs);
    const { vars, unset, sensitive } = await rootVariables(def, opts, reader, ctx);
    const root = new ModuleInstance(ctx, def, [], "", vars, sensitive, [abs]);
    await root.expandCalls();
    const instances: Instance[] = [];
    for (const m of root.all()) {
        for (const b of m.def.resources) {
            try {
                instances.push(...m.instances(b));
            } catch (e) {
                if (!(e instanceof EvalError)) throw e;
                ctx.notes.push(`${b.pos.file}:${b.pos.line}: ${m.prefix}${b.labels.join(".")}: ${e.message}; not judged`);
            }
        }
    }
    return { root, instances, unset, vars, ctx };
}

function moduleAddressOf(address: string): string | undefined {
    const m = /^(module\..*)\.[^.[]+\.[^.[]+(\[[^\]]*\])?$/.exec(address);
    return m ? m[1] : undefined;
}

/**
 * Terraform converts values to the provider schema's types; the scan knows the shapes of the mapped
 * attributes, so a map attribute (tags: map(string)) gets its numbers and bools as strings, as a plan has them.
 */
function schemaTyped(v: { [k: string]: Val }, fields: Record<string, FieldMap> | undefined): { [k: string]: Val } {
    if (!fields) return v;
    const out: { [k: string]: Val } = { ...v };
    for (const [k, x] of Object.entries(v)) {
        const f = fields[k];
        if (!f) continue;
        if (f.shape === "map" && isMap(x)) out[k] = Object.fromEntries(Object.entries(x).map(([mk, mv]) => [mk, typeof mv === "number" || typeof mv === "boolean" ? String(mv) : mv]));
        else if ((f.shape === "object" || f.shape === "list<object>") && Array.isArray(x)) out[k] = x.map((el) => (isMap(el) ? schemaTyped(el, f.fields) : el));
    }
    return out;
}

function change(i: Instance, actions: string[], before: Instance | undefined, after: Instance | undefined): Record<string, unknown> {
    const [type, name] = i.block.labels;
    const fields = TERRAFORM_MAPPING[type]?.fields;
    const [a, au] = after ? splitUnknown(schemaTyped(after.values, fields)) : [null, {}];
    const [b] = before ? splitUnknown(schemaTyped(withPlaceholderIds(before), fields)) : [null];
    const moduleAddress = moduleAddressOf(i.address);
    return {
        address: i.address,
        ...(moduleAddress ? { module_address: moduleAddress } : {}),
        mode: "managed",
        type,
        name,
        ...(i.index !== undefined && i.index !== "*" ? { index: i.index } : {}),
        provider_name: type.startsWith("alicloud_") ? "registry.terraform.io/aliyun/alicloud" : `registry.terraform.io/hashicorp/${type.split("_")[0]}`,
        change: { actions, before: b, after: a, after_unknown: au, before_sensitive: before ? before.sensitive : false, after_sensitive: after ? after.sensitive : false },
    };
}

// Attributes whose change replaces the resource, for the identities the deletion gate watches: an
// alicloud_ram_role's role_name and name are ForceNew (terraform-provider-alicloud
// alicloud/resource_alicloud_ram_role.go, checked 2026-12-03); an alicloud_ram_user's name is
// renamed in place (UpdateUser NewUserName, alicloud/resource_alicloud_ram_user.go, same date).
const FORCE_NEW: Record<string, string[]> = { alicloud_ram_role: ["role_name", "name"] };

/** Whether the change from `before` to `after` replaces the resource (an unknown new value may, so it counts). */
function replaces(before: Instance, after: Instance): boolean {
    return (FORCE_NEW[after.block.labels[0]] ?? []).some((k) => {
        const [a, b] = [before.values[k], after.values[k]];
        if (a === undefined && b === undefined) return false;
        return isUnknown(b) || b instanceof Open || JSON.stringify(plain(a ?? null)) !== JSON.stringify(plain(b ?? null));
    });
}

/** A base instance's values with the ids a prior state would hold (stable placeholders naming the address). */
function withPlaceholderIds(i: Instance): { [k: string]: Val } {
    const v = { ...i.values };
    for (const k of i.block.labels[0] === "alicloud_ram_role" ? ["id", "role_id"] : ["id"]) if (!(k in v)) v[k] = `<${i.address}.${k}>`;
    return v;
}

/** The `moved` (from -> to) and `removed` with `destroy = false` addresses of every module instance, absolute. */
function refactorings(root: ModuleInstance): { moves: [string, string][]; forgets: string[] } {
    const moves: [string, string][] = [];
    const forgets: string[] = [];
    const addr = (m: ModuleInstance, a: Attribute | undefined) => {
        const refs = a ? referencesOf(a.expr) : [];
        return refs.length > 0 ? `${m.prefix}${refs[0]}` : undefined;
    };
    for (const m of root.all()) {
        for (const b of m.def.moved) {
            const from = addr(m, b.body.attributes.get("from"));
            const to = addr(m, b.body.attributes.get("to"));
            if (from && to) moves.push([from, to]);
        }
        for (const b of m.def.removed) {
            const from = addr(m, b.body.attributes.get("from"));
            const destroy = b.body.blocks.find((x) => x.type === "lifecycle")?.body.attributes.get("destroy");
            if (from && destroy?.expr.k === "lit" && destroy.expr.v === false) forgets.push(from);
        }
    }
    return { moves, forgets };
}

/**
 * Scans a Terraform configuration directory. Throws a UsageError (one line, exit 2) for a directory
 * without .tf files, a syntax error (file:line:column), a module source cycle or a configuration
 * beyond the limits.
 */
export async function scanConfiguration(dir: string, opts: ScanOptions = {}): Promise<ScanResult> {
    const head = await evaluateDir(dir, opts, false, "");
    const base = opts.base !== undefined ? await evaluateDir(opts.base, { ...opts, relativeTo: opts.relativeTo }, true, " (--base)") : undefined;
    const notes = [...head.ctx.notes];
    const baseByAddress = new Map((base?.instances ?? []).map((i) => [i.address, i]));
    const headAddresses = new Set(head.instances.map((i) => i.address));
    const changes: Record<string, unknown>[] = [];
    // `moved { from, to }` renames (not a deletion); `removed { from ... lifecycle { destroy = false } }` forgets.
    const { moves, forgets } = refactorings(head.root);
    const movedTo = (address: string): string | undefined => {
        for (const [from, to] of moves) if (address === from || address.startsWith(`${from}.`) || address.startsWith(`${from}[`)) return to + address.slice(from.length);
        return undefined;
    };
    const movedFrom = new Map<string, Instance>();
    for (const b of base?.instances ?? []) {
        const to = movedTo(b.address);
        if (to !== undefined && !headAddresses.has(b.address)) movedFrom.set(to, b);
    }
    for (const i of head.instances) {
        const before = baseByAddress.get(i.address) ?? movedFrom.get(i.address);
        changes.push(change(i, before ? (replaces(before, i) ? ["delete", "create"] : ["update"]) : ["create"], before, i));
    }
    for (const b of base?.instances ?? []) {
        if (headAddresses.has(b.address)) continue;
        const to = movedTo(b.address);
        if (to !== undefined && headAddresses.has(to)) continue;
        const forgotten = forgets.some((f) => b.address === f || b.address.startsWith(`${f}.`) || b.address.startsWith(`${f}[`));
        changes.push(change(b, forgotten ? ["forget"] : ["delete"], b, undefined));
    }
    if (base) {
        notes.push(`deletions are read from --base ${opts.base}: resources declared there and not here are judged as planned deletions, and a RAM role whose role_name changes as replaced; other replacements (attributes that force a new resource) need a plan to be seen`);
        notes.push(...base.ctx.notes.map((n) => `--base: ${n}`));
    } else {
        notes.push("deletions cannot be seen without state: every resource is judged as created; give --base DIR (the target branch's configuration) to gate deletions, or run ackguard plan on a plan");
    }
    const unknownCount = head.instances.filter((i) => hasUnknown(i.values)).length;
    if (head.unset.length > 0) notes.push(`variables without a value, judged as unknown: ${head.unset.join(", ")} (give them with --var, --var-file or a .tfvars file)`);
    for (const n of head.ctx.notExpanded) notes.push(`${n.address} (${n.location.file}:${n.location.line}, source ${JSON.stringify(n.source)}) is not expanded: ${n.reason}; its resources are not judged`);
    if (unknownCount > 0) notes.push(`${unknownCount} of ${head.instances.length} resources have values known only after apply (another resource's attributes, data sources, unset variables)`);

    const locations: Record<string, ResourceLocation> = {};
    const declarations = new Map<string, Declaration>();
    for (const i of head.instances) {
        locations[i.address] = { ...i.block.pos, attributes: i.attrs };
        const key = `${i.module.names.map((n) => `module.${n}.`).join("")}${i.block.labels[0]}.${i.block.labels[1]}`;
        const dynamicBlocks = i.block.body.blocks.filter((b) => b.type === "dynamic" && b.labels[0] !== undefined).map((b) => b.labels[0]);
        if (!declarations.has(key)) declarations.set(key, { location: { file: i.block.pos.file, line: i.block.pos.line, column: i.block.pos.column }, preventDestroy: i.preventDestroy, dynamicBlocks });
    }

    const plannedModule = (m: ModuleInstance): Record<string, unknown> => {
        const own = head.instances.filter((i) => i.module === m);
        const children = [...m.all()].filter((c) => c !== m && c.prefix.slice(m.prefix.length).split(".module.").length === 1 && c.prefix.startsWith(m.prefix));
        return {
            ...(m.prefix ? { address: m.prefix.slice(0, -1) } : {}),
            resources: own.map((i) => ({ address: i.address, mode: "managed", type: i.block.labels[0], name: i.block.labels[1], ...(i.index !== undefined && i.index !== "*" ? { index: i.index } : {}), values: splitUnknown(schemaTyped(i.values, TERRAFORM_MAPPING[i.block.labels[0]]?.fields))[0], sensitive_values: i.sensitive })),
            ...(children.length > 0 ? { child_modules: children.map(plannedModule) } : {}),
        };
    };
    const variables: Record<string, unknown> = {};
    for (const [k, v] of head.vars) if (!isUnknown(v)) variables[k] = { value: plain(v) };
    const plan: Record<string, unknown> = {
        format_version: "1.2",
        terraform_version: "ackguard-scan",
        variables,
        planned_values: { root_module: plannedModule(head.root) },
        resource_changes: changes,
        configuration: { root_module: head.root.configuration() },
        ...(base ? { prior_state: { format_version: "1.0", values: { root_module: { resources: base.instances.map((i) => ({ address: i.address, mode: "managed", type: i.block.labels[0], name: i.block.labels[1], values: splitUnknown(schemaTyped(withPlaceholderIds(i), TERRAFORM_MAPPING[i.block.labels[0]]?.fields))[0], sensitive_values: i.sensitive })) } } } } : {}),
        applyable: true,
        complete: true,
        errored: false,
    };
    return { plan, notExpanded: head.ctx.notExpanded, unknownVariables: head.unset, locations, declarations, notes };
}


/**
 * Where a finding on a Pulumi property path (`permissions[].isRamRole`, `management.autoRepair`)
 * points in the configuration: the attribute when the configuration sets it, else the resource
 * block. The path is mapped back to Terraform names through the same mapping the reader uses.
 */
export function locateProperty(loc: ResourceLocation, tfType: string, pulumiPath: string): Pos {
    let fields: Record<string, FieldMap> | undefined = TERRAFORM_MAPPING[tfType]?.fields;
    const pattern: string[] = [];
    for (const step of pulumiPath.split(".")) {
        const name = step.replace(/\[[^\]]*\]$/, "");
        const candidates: [string, FieldMap][] = fields ? Object.entries(fields) : [];
        const hit = candidates.find((e) => e[1].pulumi === name);
        if (!hit) break;
        const tf: string = hit[0];
        const f: FieldMap = hit[1];
        const block = f.shape === "object" || f.shape === "list<object>";
        pattern.push(block ? `${tf}\\[\\d+\\]` : tf);
        fields = f.fields;
        if (!block) break;
    }
    if (pattern.length === 0) return { file: loc.file, line: loc.line, column: loc.column };
    const re = new RegExp(`^${pattern.join("\\.")}(\\.|$)`);
    const key = Object.keys(loc.attributes).find((k) => re.test(k));
    const at = key !== undefined ? loc.attributes[key] : undefined;
    return at ?? { file: loc.file, line: loc.line, column: loc.column };
}
