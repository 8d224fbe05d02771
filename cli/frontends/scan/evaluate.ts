// Evaluates HCL expressions as Terraform does at plan time, as far as a static reader can: literals,
// templates, operators, for expressions, splats and the functions configurations use. What cannot
// be known without applying (another resource's computed attributes, data sources, an unset
// variable, a function left out here) is UNKNOWN, and everything built from it is unknown too,
// like after_unknown in a plan.
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { UsageError } from "../types";
import type { Expr, Step, TemplatePart } from "./hcl";

export class Unknown {
    toJSON(): string {
        return "(known after apply)";
    }
}
/** A value known only after apply. */
export const UNKNOWN = new Unknown();

/** A resource (or module) seen from a reference: the attributes the configuration sets; any other is unknown. */
export class Open {
    constructor(readonly known: Record<string, Val>) {}
}

export type Val = string | number | boolean | null | Unknown | Open | Val[] | { [k: string]: Val };

export const isUnknown = (v: unknown): v is Unknown => v instanceof Unknown;
export const isMap = (v: unknown): v is { [k: string]: Val } => v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof Open);

/** Whether a value holds an unknown anywhere. */
export function hasUnknown(v: Val): boolean {
    if (v instanceof Unknown || v instanceof Open) return true;
    if (Array.isArray(v)) return v.some(hasUnknown);
    if (isMap(v)) return Object.values(v).some(hasUnknown);
    return false;
}

/** Collections larger than this are refused, so a hostile `range()` cannot exhaust memory. */
export const MAX_ELEMENTS = 100_000;
const MAX_STRING = 16 * 1024 * 1024;

export interface Scope {
    /** `var.x`, `local.x`, `module.x`, a resource type: a root name and what it stands for. */
    lookup(root: string, steps: Step[], scope: Scope): { value: Val; used: number } | undefined;
    /** for-expression and iterator variables. */
    locals: Map<string, Val>;
    /** Directory of the module, for file(). */
    moduleDir: string;
    /** Files file() may read are inside this directory. */
    rootDir: string;
}

const withLocal = (s: Scope, names: [string | undefined, Val][]): Scope => {
    const locals = new Map(s.locals);
    for (const [k, v] of names) if (k !== undefined) locals.set(k, v);
    return { ...s, locals };
};

function typeName(v: Val): string {
    if (v === null) return "null";
    if (Array.isArray(v)) return "list";
    if (isMap(v)) return "object";
    return typeof v;
}

/** Terraform's string conversion of a primitive. */
export function toStr(v: Val): string | Unknown {
    if (isUnknown(v) || v instanceof Open) return UNKNOWN;
    if (typeof v === "string") return v;
    if (typeof v === "number") return String(v);
    if (typeof v === "boolean") return v ? "true" : "false";
    throw new EvalError(`a ${typeName(v)} cannot be used as a string`);
}

function toNum(v: Val): number | Unknown {
    if (isUnknown(v) || v instanceof Open) return UNKNOWN;
    if (typeof v === "number") return v;
    if (typeof v === "string" && v.trim() !== "" && !isNaN(Number(v))) return Number(v);
    throw new EvalError(`a ${typeName(v)} that is not a number was given where a number is needed`);
}

function toBool(v: Val): boolean | Unknown {
    if (isUnknown(v) || v instanceof Open) return UNKNOWN;
    if (typeof v === "boolean") return v;
    if (v === "true" || v === "false") return v === "true";
    throw new EvalError(`a ${typeName(v)} that is not a bool was given where a bool is needed`);
}

/** An expression Terraform would reject (wrong type, missing key): the value is treated as unknown and said. */
export class EvalError extends Error {}

function limit<T>(xs: T[]): T[] {
    if (xs.length > MAX_ELEMENTS) throw new UsageError(`a collection of ${xs.length} elements is more than the ${MAX_ELEMENTS} ackguard evaluates`);
    return xs;
}

/** Keys and values of a collection for `for`, for_each and splats. */
export function entries(v: Val): [Val, Val][] | Unknown {
    if (isUnknown(v) || v instanceof Open) return UNKNOWN;
    if (Array.isArray(v)) return v.map((x, i) => [i, x]);
    if (isMap(v)) return Object.keys(v).sort().map((k) => [k, v[k]]);
    if (v === null) throw new EvalError("cannot iterate over null");
    throw new EvalError(`cannot iterate over a ${typeName(v)}`);
}

export function evaluate(e: Expr, s: Scope): Val {
    switch (e.k) {
        case "lit":
            return e.v;
        case "template": {
            const out = template(e.parts, s);
            return out;
        }
        case "tuple":
            return limit(e.items.map((x) => evaluate(x, s)));
        case "object": {
            const out: { [k: string]: Val } = {};
            for (const it of e.items) {
                const k = toStr(evaluate(it.key, s));
                if (isUnknown(k)) return UNKNOWN;
                out[k] = evaluate(it.val, s);
            }
            return out;
        }
        case "var":
            return traverse(e.name, [], s);
        case "traverse": {
            if (e.base.k === "var") return traverse(e.base.name, e.steps, s);
            return applySteps(evaluate(e.base, s), e.steps, s);
        }
        case "call":
            return call(e.name, e.args, e.expand, s);
        case "for": {
            const coll = entries(evaluate(e.coll, s));
            if (isUnknown(coll)) return UNKNOWN;
            const keyed = e.key !== undefined;
            const list: Val[] = [];
            const obj: { [k: string]: Val } = {};
            for (const [k, v] of limit(coll)) {
                const inner = withLocal(s, [[e.keyVar, k], [e.valVar, v]]);
                if (e.cond) {
                    const c = toBool(evaluate(e.cond, inner));
                    if (isUnknown(c)) return UNKNOWN;
                    if (!c) continue;
                }
                if (!keyed) {
                    list.push(evaluate(e.val, inner));
                    continue;
                }
                const key = toStr(evaluate(e.key!, inner));
                if (isUnknown(key)) return UNKNOWN;
                const val = evaluate(e.val, inner);
                if (e.group) obj[key] = [...((obj[key] as Val[] | undefined) ?? []), val];
                else {
                    if (key in obj) throw new EvalError("a for expression gives the same key twice (use ... to group)");
                    obj[key] = val;
                }
            }
            return keyed ? obj : list;
        }
        case "cond": {
            const c = toBool(evaluate(e.c, s));
            if (isUnknown(c)) return UNKNOWN;
            return evaluate(c ? e.t : e.f, s);
        }
        case "unary": {
            const v = evaluate(e.e, s);
            if (e.op === "!") {
                const b = toBool(v);
                return isUnknown(b) ? UNKNOWN : !b;
            }
            const n = toNum(v);
            return isUnknown(n) ? UNKNOWN : -n;
        }
        case "binary": {
            // && and || do not short-circuit in Terraform, but a known false/true decides the result.
            const l = evaluate(e.l, s);
            const r = evaluate(e.r, s);
            switch (e.op) {
                case "&&": case "||": {
                    const a = toBool(l);
                    const b = toBool(r);
                    if (e.op === "&&") return a === false || b === false ? false : isUnknown(a) || isUnknown(b) ? UNKNOWN : true;
                    return a === true || b === true ? true : isUnknown(a) || isUnknown(b) ? UNKNOWN : false;
                }
                case "==": case "!=": {
                    if (hasUnknown(l) || hasUnknown(r)) return UNKNOWN;
                    const eq = JSON.stringify(l) === JSON.stringify(r);
                    return e.op === "==" ? eq : !eq;
                }
                default: {
                    const a = toNum(l);
                    const b = toNum(r);
                    if (isUnknown(a) || isUnknown(b)) return UNKNOWN;
                    switch (e.op) {
                        case "+": return a + b;
                        case "-": return a - b;
                        case "*": return a * b;
                        case "/": return a / b;
                        case "%": return a % b;
                        case ">": return a > b;
                        case ">=": return a >= b;
                        case "<": return a < b;
                        case "<=": return a <= b;
                    }
                    throw new EvalError(`unknown operator ${e.op}`);
                }
            }
        }
    }
}

function template(parts: TemplatePart[], s: Scope): Val {
    let out = "";
    for (const p of parts) {
        if (typeof p === "string") out += p;
        else if (p.k === "interp") {
            const v = evaluate(p.e, s);
            // A template of one interpolation is the value itself ("${var.list}" is a list).
            if (parts.length === 1) return v;
            const str = toStr(v);
            if (isUnknown(str)) return UNKNOWN;
            out += str;
        } else if (p.k === "if") {
            const c = toBool(evaluate(p.cond, s));
            if (isUnknown(c)) return UNKNOWN;
            const inner = template(c ? p.then : p.else, s);
            if (isUnknown(inner)) return UNKNOWN;
            out += toStr(inner);
        } else {
            const coll = entries(evaluate(p.coll, s));
            if (isUnknown(coll)) return UNKNOWN;
            for (const [k, v] of coll) {
                const inner = template(p.body, withLocal(s, [[p.keyVar, k], [p.valVar, v]]));
                if (isUnknown(inner)) return UNKNOWN;
                out += toStr(inner);
            }
        }
        if (out.length > MAX_STRING) throw new UsageError(`a string of more than ${MAX_STRING} characters is more than ackguard evaluates`);
    }
    return out;
}

function traverse(root: string, steps: Step[], s: Scope): Val {
    if (s.locals.has(root)) return applySteps(s.locals.get(root)!, steps, s);
    const found = s.lookup(root, steps, s);
    if (!found) throw new EvalError(`unknown name "${root}"`);
    return applySteps(found.value, steps.slice(found.used), s);
}

export function applySteps(v: Val, steps: Step[], s: Scope): Val {
    let cur = v;
    for (let i = 0; i < steps.length; i++) {
        const st = steps[i];
        if (st.k === "splat") {
            const rest = steps.slice(i + 1);
            if (isUnknown(cur) || cur instanceof Open) return UNKNOWN;
            if (cur === null) return [];
            const list = Array.isArray(cur) ? cur : [cur];
            return list.map((x) => applySteps(x, rest, s));
        }
        if (isUnknown(cur)) return UNKNOWN;
        const key: Val = st.k === "attr" ? st.name : evaluate(st.key, s);
        if (isUnknown(key)) return UNKNOWN;
        if (cur instanceof Open) {
            const k = toStr(key) as string;
            cur = k in cur.known ? cur.known[k] : UNKNOWN;
        } else if (Array.isArray(cur)) {
            const n = toNum(key);
            if (isUnknown(n)) return UNKNOWN;
            if (!(n >= 0 && n < cur.length)) throw new EvalError(`index ${n} out of range (length ${cur.length})`);
            cur = cur[n];
        } else if (isMap(cur)) {
            const k = toStr(key) as string;
            if (!(k in cur)) throw new EvalError(st.k === "attr" ? `no attribute "${st.name}"` : "the key is not in the map");
            cur = cur[k];
        } else {
            throw new EvalError(`cannot read ${st.k === "attr" ? `.${st.name}` : "[...]"} of a ${typeName(cur)}`);
        }
    }
    return cur;
}

// ---- functions ----------------------------------------------------------------------------------

type Fn = (args: Val[], s: Scope) => Val;

const str1 = (f: (x: string, ...rest: Val[]) => Val): Fn => (a) => {
    const x = toStr(a[0]);
    return isUnknown(x) ? UNKNOWN : f(x, ...a.slice(1));
};
const known = (f: Fn): Fn => (a, s) => (a.some(hasUnknown) ? UNKNOWN : f(a, s));
const asList = (v: Val): Val[] => {
    if (Array.isArray(v)) return v;
    if (isMap(v)) return Object.keys(v).sort().map((k) => v[k]);
    throw new EvalError(`expected a list, got a ${typeName(v)}`);
};
const asMap = (v: Val): { [k: string]: Val } => {
    if (isMap(v)) return v;
    if (v === null) return {};
    throw new EvalError(`expected a map, got a ${typeName(v)}`);
};
const uniq = (xs: Val[]): Val[] => {
    const seen = new Set<string>();
    return xs.filter((x) => {
        const k = JSON.stringify(x);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
    });
};
const toSet = (v: Val): Val[] => {
    const xs = uniq(asList(v).map((x) => (typeof x === "number" || typeof x === "boolean" ? String(x) : x)));
    return xs.every((x) => typeof x === "string") ? [...(xs as string[])].sort() : xs;
};

/** Go's fmt verbs as Terraform's format() uses them (the common ones). */
function format(spec: string, args: Val[]): Val {
    let i = 0;
    let unknown = false;
    const out = spec.replace(/%(\[\d+\])?([-+# 0]*)(\d+)?(\.\d+)?([a-zA-Z%])/g, (m, idx: string | undefined, _fl: string, width: string | undefined, prec: string | undefined, verb: string) => {
        if (verb === "%") return "%";
        const a = idx ? args[Number(idx.slice(1, -1)) - 1] : args[i++];
        if (a === undefined) throw new EvalError(`format: not enough arguments for ${m}`);
        if (hasUnknown(a)) {
            unknown = true;
            return "";
        }
        let r: string;
        switch (verb) {
            case "s": case "v": r = typeof a === "object" && a !== null ? JSON.stringify(a) : (toStr(a) as string); break;
            case "q": r = JSON.stringify(toStr(a)); break;
            case "d": r = String(Math.trunc(toNum(a) as number)); break;
            case "f": r = (toNum(a) as number).toFixed(prec ? Number(prec.slice(1)) : 6); break;
            case "t": r = String(toBool(a)); break;
            case "x": r = typeof a === "number" ? a.toString(16) : Buffer.from(String(a)).toString("hex"); break;
            default: r = String(a);
        }
        return width && r.length < Number(width) ? r.padStart(Number(width), _fl.includes("0") ? "0" : " ") : r;
    });
    return unknown ? UNKNOWN : out;
}

function readModuleFile(p: string, s: Scope): string {
    const full = path.resolve(s.moduleDir, p);
    const rel = path.relative(path.resolve(s.rootDir), full);
    if (rel.startsWith("..") || path.isAbsolute(rel)) throw new EvalError(`file(${JSON.stringify(p)}) is outside the configuration`);
    const st = fs.statSync(full, { throwIfNoEntry: false });
    if (!st || !st.isFile()) throw new EvalError(`file(${JSON.stringify(p)}): no such file`);
    if (st.size > MAX_STRING) throw new UsageError(`${p}: ${st.size} bytes is more than ackguard reads`);
    return fs.readFileSync(full, "utf8");
}

function sortKeys(v: Val): Val {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (isMap(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
    return v;
}

/** A decoded JSON value, refused when nested deeper than the configuration itself may be. */
function fromJson(x: unknown, depth = 0): Val {
    if (depth > 128) throw new UsageError("jsondecode: a JSON value nested more than 128 levels deep");
    if (Array.isArray(x)) x.forEach((y) => fromJson(y, depth + 1));
    else if (x !== null && typeof x === "object") Object.values(x).forEach((y) => fromJson(y, depth + 1));
    return x as Val;
}

const FUNCTIONS: Record<string, Fn> = {
    // Terraform's objects are ordered by key, and so is their JSON.
    jsonencode: known(([v]) => JSON.stringify(sortKeys(v))),
    jsondecode: str1((x) => {
        try {
            return fromJson(JSON.parse(x));
        } catch {
            throw new EvalError("jsondecode: not valid JSON");
        }
    }),
    merge: (a) => {
        if (a.some((x) => isUnknown(x) || x instanceof Open)) return UNKNOWN;
        const out: { [k: string]: Val } = {};
        for (const m of a) Object.assign(out, asMap(m));
        return out;
    },
    lookup: (a) => {
        if (isUnknown(a[0]) || a[0] instanceof Open || isUnknown(a[1])) return UNKNOWN;
        const m = asMap(a[0]);
        const k = toStr(a[1]) as string;
        if (k in m) return m[k];
        if (a.length > 2) return a[2];
        throw new EvalError("lookup: the key is not in the map and no default is given");
    },
    format: (a) => {
        const spec = toStr(a[0]);
        return isUnknown(spec) ? UNKNOWN : format(spec, a.slice(1));
    },
    formatlist: known(([spec, ...rest]) => {
        const n = Math.max(...rest.map((r) => (Array.isArray(r) ? r.length : 1)));
        return Array.from({ length: n }, (_, i) => format(spec as string, rest.map((r) => (Array.isArray(r) ? r[i] : r))));
    }),
    concat: (a) => (a.some((x) => isUnknown(x)) ? UNKNOWN : limit(a.flatMap(asList))),
    toset: (a) => (hasUnknown(a[0]) ? UNKNOWN : toSet(a[0])),
    tolist: (a) => (isUnknown(a[0]) ? UNKNOWN : asList(a[0])),
    tomap: (a) => (isUnknown(a[0]) ? UNKNOWN : asMap(a[0])),
    tostring: (a) => (a[0] === null ? null : toStr(a[0])),
    tonumber: (a) => (a[0] === null ? null : toNum(a[0])),
    tobool: (a) => (a[0] === null ? null : toBool(a[0])),
    length: (a) => {
        const v = a[0];
        if (isUnknown(v) || v instanceof Open) return UNKNOWN;
        if (typeof v === "string") return [...v].length;
        return asList(v).length;
    },
    element: (a) => {
        if (isUnknown(a[0]) || isUnknown(a[1])) return UNKNOWN;
        const l = asList(a[0]);
        if (l.length === 0) throw new EvalError("element: empty list");
        return l[(toNum(a[1]) as number) % l.length];
    },
    index: known(([l, v]) => {
        const i = asList(l).findIndex((x) => JSON.stringify(x) === JSON.stringify(v));
        if (i < 0) throw new EvalError("index: value not in list");
        return i;
    }),
    contains: known(([l, v]) => asList(l).some((x) => JSON.stringify(x) === JSON.stringify(v))),
    keys: (a) => (isUnknown(a[0]) || a[0] instanceof Open ? UNKNOWN : Object.keys(asMap(a[0])).sort()),
    values: (a) => (isUnknown(a[0]) || a[0] instanceof Open ? UNKNOWN : Object.keys(asMap(a[0])).sort().map((k) => asMap(a[0])[k])),
    zipmap: (a) => {
        if (hasUnknown(a[0]) || isUnknown(a[1])) return UNKNOWN;
        const ks = asList(a[0]);
        const vs = asList(a[1]);
        return Object.fromEntries(ks.map((k, i) => [toStr(k) as string, vs[i]]));
    },
    flatten: (a) => {
        if (isUnknown(a[0])) return UNKNOWN;
        const out: Val[] = [];
        const walk = (x: Val, d: number): boolean => {
            if (d > 64) throw new EvalError("flatten: nested too deeply");
            if (isUnknown(x)) return false;
            if (Array.isArray(x)) return x.every((y) => walk(y, d + 1));
            out.push(x);
            return true;
        };
        return walk(a[0], 0) ? limit(out) : UNKNOWN;
    },
    distinct: (a) => (hasUnknown(a[0]) ? UNKNOWN : uniq(asList(a[0]))),
    compact: (a) => (hasUnknown(a[0]) ? UNKNOWN : asList(a[0]).filter((x) => x !== null && x !== "")),
    coalesce: (a) => {
        for (const x of a) {
            if (isUnknown(x)) return UNKNOWN;
            if (x !== null && x !== "") return x;
        }
        throw new EvalError("coalesce: no non-null argument");
    },
    coalescelist: (a) => {
        for (const x of a) {
            if (isUnknown(x)) return UNKNOWN;
            if (asList(x).length > 0) return x;
        }
        return [];
    },
    one: (a) => {
        if (isUnknown(a[0])) return UNKNOWN;
        const l = a[0] === null ? [] : asList(a[0]);
        if (l.length > 1) throw new EvalError("one: more than one element");
        return l.length === 0 ? null : l[0];
    },
    join: known(([sep, ...lists]) => lists.flatMap(asList).map((x) => toStr(x) as string).join(toStr(sep) as string)),
    split: known(([sep, x]) => (toStr(x) as string).split(toStr(sep) as string)),
    lower: str1((x) => x.toLowerCase()),
    upper: str1((x) => x.toUpperCase()),
    title: str1((x) => x.replace(/\b\w/g, (c) => c.toUpperCase())),
    trimspace: str1((x) => x.trim()),
    trim: known(([x, cut]) => {
        const cs = new Set([...(toStr(cut) as string)]);
        let t = toStr(x) as string;
        while (t.length > 0 && cs.has(t[0])) t = t.slice(1);
        while (t.length > 0 && cs.has(t[t.length - 1])) t = t.slice(0, -1);
        return t;
    }),
    trimprefix: known(([x, p]) => ((x as string).startsWith(p as string) ? (x as string).slice((p as string).length) : x)),
    trimsuffix: known(([x, p]) => ((x as string).endsWith(p as string) && (p as string) !== "" ? (x as string).slice(0, -(p as string).length) : x)),
    startswith: known(([x, p]) => (toStr(x) as string).startsWith(toStr(p) as string)),
    endswith: known(([x, p]) => (toStr(x) as string).endsWith(toStr(p) as string)),
    strcontains: known(([x, p]) => (toStr(x) as string).includes(toStr(p) as string)),
    replace: known(([x, from, to]) => {
        const f = toStr(from) as string;
        const t = (toStr(to) as string).replace(/\$\{(\d+)\}/g, "$$$1");
        if (f.length >= 2 && f.startsWith("/") && f.endsWith("/")) return (toStr(x) as string).replace(new RegExp(f.slice(1, -1), "g"), t);
        return (toStr(x) as string).split(f).join(toStr(to) as string);
    }),
    substr: known(([x, off, len]) => {
        const cs = [...(toStr(x) as string)];
        const o = toNum(off) as number;
        const start = o < 0 ? cs.length + o : o;
        const l = toNum(len) as number;
        return cs.slice(start, l < 0 ? undefined : start + l).join("");
    }),
    range: known((a) => {
        const n = a.map((x) => toNum(x) as number);
        const [start, end, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? (n[0] <= n[1] ? 1 : -1)];
        if (step === 0) throw new EvalError("range: step of zero");
        const count = Math.max(0, Math.ceil((end - start) / step));
        if (count > MAX_ELEMENTS) throw new UsageError(`range() of ${count} elements is more than the ${MAX_ELEMENTS} ackguard evaluates`);
        return Array.from({ length: count }, (_, i) => start + i * step);
    }),
    slice: known(([l, a, b]) => asList(l).slice(toNum(a) as number, toNum(b) as number)),
    reverse: known(([l]) => [...asList(l)].reverse()),
    sort: known(([l]) => asList(l).map((x) => toStr(x) as string).sort()),
    min: known((a) => Math.min(...a.map((x) => toNum(x) as number))),
    max: known((a) => Math.max(...a.map((x) => toNum(x) as number))),
    sum: known(([l]) => asList(l).reduce<number>((t, x) => t + (toNum(x) as number), 0)),
    abs: known(([x]) => Math.abs(toNum(x) as number)),
    ceil: known(([x]) => Math.ceil(toNum(x) as number)),
    floor: known(([x]) => Math.floor(toNum(x) as number)),
    setunion: known((a) => toSet(a.flatMap(asList))),
    setintersection: known(([first, ...rest]) => toSet(asList(first).filter((x) => rest.every((r) => asList(r).some((y) => JSON.stringify(y) === JSON.stringify(x)))))),
    setsubtract: known(([a, b]) => toSet(asList(a).filter((x) => !asList(b).some((y) => JSON.stringify(y) === JSON.stringify(x))))),
    base64encode: str1((x) => Buffer.from(x, "utf8").toString("base64")),
    base64decode: str1((x) => Buffer.from(x, "base64").toString("utf8")),
    md5: str1((x) => crypto.createHash("md5").update(x).digest("hex")),
    sha1: str1((x) => crypto.createHash("sha1").update(x).digest("hex")),
    sha256: str1((x) => crypto.createHash("sha256").update(x).digest("hex")),
    file: (a, s) => {
        const p = toStr(a[0]);
        return isUnknown(p) ? UNKNOWN : readModuleFile(p, s);
    },
    fileexists: (a, s) => {
        const p = toStr(a[0]);
        if (isUnknown(p)) return UNKNOWN;
        try {
            return readModuleFile(p, s) !== undefined;
        } catch {
            return false;
        }
    },
    sensitive: (a) => a[0],
    nonsensitive: (a) => a[0],
};

function call(name: string, argExprs: Expr[], expand: boolean, s: Scope): Val {
    // try() and can() evaluate their arguments themselves: an error is an answer for them.
    if (name === "try") {
        for (const x of argExprs) {
            try {
                const v = evaluate(x, s);
                if (isUnknown(v)) return UNKNOWN;
                return v;
            } catch (e) {
                if (!(e instanceof EvalError)) throw e;
            }
        }
        throw new EvalError("try: no argument could be evaluated");
    }
    if (name === "can") {
        try {
            const v = evaluate(argExprs[0], s);
            return hasUnknown(v) ? UNKNOWN : true;
        } catch (e) {
            if (!(e instanceof EvalError)) throw e;
            return false;
        }
    }
    let args = argExprs.map((x) => evaluate(x, s));
    if (expand) {
        const last = args[args.length - 1];
        if (isUnknown(last)) return UNKNOWN;
        args = [...args.slice(0, -1), ...asList(last)];
    }
    const f = FUNCTIONS[name.replace(/^provider::[^:]+::/, "")];
    // A function ackguard does not evaluate gives an unknown value, never a guess.
    if (!f) return UNKNOWN;
    return f(args, s);
}

/** Function names ackguard evaluates (the others give unknown values). */
export const EVALUATED_FUNCTIONS = Object.keys(FUNCTIONS).concat(["try", "can"]).sort();

// ---- references ---------------------------------------------------------------------------------

/**
 * The references of an expression as `terraform show -json` writes them: each traversal from a
 * root name, and its shorter forms down to the object it names (`alicloud_ram_user.u.id`,
 * `alicloud_ram_user.u`), without names bound by for expressions.
 */
const REFS = new WeakMap<Expr, string[]>();

/** referencesOf, computed once per expression (a resource's instances share their expressions). */
export function referencesOfCached(e: Expr): string[] {
    let r = REFS.get(e);
    if (!r) {
        r = referencesOf(e);
        REFS.set(e, r);
    }
    return r;
}

export function referencesOf(e: Expr, bound: Set<string> = new Set(), into: string[] = []): string[] {
    const add = (root: string, steps: Step[]) => {
        if (bound.has(root)) {
            steps.forEach((st) => st.k === "index" && referencesOf(st.key, bound, into));
            return;
        }
        const parts = [root];
        let stop = false;
        for (const st of steps) {
            if (stop) {
                if (st.k === "index") referencesOf(st.key, bound, into);
                continue;
            }
            if (st.k === "attr") parts.push(`.${st.name}`);
            else if (st.k === "index" && st.key.k === "lit" && (typeof st.key.v === "number" || typeof st.key.v === "string")) parts.push(`[${JSON.stringify(st.key.v)}]`);
            else {
                if (st.k === "index") referencesOf(st.key, bound, into);
                stop = true;
            }
        }
        // The shortest form names the object: two parts for resources, var, local, each, count, path;
        // three for data sources; two for module calls (module.x).
        const min = root === "data" ? 3 : root === "terraform" ? 2 : 2;
        for (let n = parts.length; n >= Math.min(min, parts.length); n--) {
            const r = parts.slice(0, n).join("");
            if (!into.includes(r)) into.push(r);
        }
    };
    const walk = (x: Expr, b: Set<string>): void => {
        switch (x.k) {
            case "lit": return;
            case "template": x.parts.forEach((p) => walkPart(p, b)); return;
            case "tuple": x.items.forEach((i) => walk(i, b)); return;
            case "object": x.items.forEach((i) => { walk(i.key, b); walk(i.val, b); }); return;
            case "var": add2(x.name, [], b); return;
            case "traverse":
                if (x.base.k === "var") add2(x.base.name, x.steps, b);
                else {
                    walk(x.base, b);
                    x.steps.forEach((st) => st.k === "index" && walk(st.key, b));
                }
                return;
            case "call": x.args.forEach((a) => walk(a, b)); return;
            case "for": {
                walk(x.coll, b);
                const inner = new Set([...b, x.valVar, ...(x.keyVar ? [x.keyVar] : [])]);
                if (x.key) walk(x.key, inner);
                walk(x.val, inner);
                if (x.cond) walk(x.cond, inner);
                return;
            }
            case "cond": walk(x.c, b); walk(x.t, b); walk(x.f, b); return;
            case "unary": walk(x.e, b); return;
            case "binary": walk(x.l, b); walk(x.r, b); return;
        }
    };
    const walkPart = (p: TemplatePart, b: Set<string>): void => {
        if (typeof p === "string") return;
        if (p.k === "interp") walk(p.e, b);
        else if (p.k === "if") { walk(p.cond, b); p.then.forEach((q) => walkPart(q, b)); p.else.forEach((q) => walkPart(q, b)); }
        else { walk(p.coll, b); const inner = new Set([...b, p.valVar, ...(p.keyVar ? [p.keyVar] : [])]); p.body.forEach((q) => walkPart(q, inner)); }
    };
    const add2 = (root: string, steps: Step[], b: Set<string>) => {
        const saved = bound;
        bound = b;
        add(root, steps);
        bound = saved;
    };
    walk(e, bound);
    return into;
}

/** Whether an expression calls sensitive(). */
const SENSITIVE_CALLS = new WeakMap<Expr, boolean>();

export function callsSensitive(e: Expr): boolean {
    const cached = SENSITIVE_CALLS.get(e);
    if (cached !== undefined) return cached;
    const r = callsSensitiveUncached(e);
    SENSITIVE_CALLS.set(e, r);
    return r;
}

function callsSensitiveUncached(e: Expr): boolean {
    let found = false;
    const walk = (x: unknown): void => {
        if (found || x === null || typeof x !== "object") return;
        if ((x as { k?: string }).k === "call" && (x as { name: string }).name === "sensitive") found = true;
        for (const v of Object.values(x as object)) walk(v);
    };
    walk(e);
    return found;
}
