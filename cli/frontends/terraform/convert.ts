// Terraform attribute values -> the props a Pulumi program would have sent for the same resource.
//
// - names and block shapes from the generated mapping (one-item blocks become objects, renamed and
//   pluralised properties); attributes that are not Pulumi inputs are dropped;
// - `after_unknown` becomes the engine's unknown value at the same path, but only where the
//   configuration writes the attribute: an Optional+Computed attribute the configuration never set is
//   unknown in a create plan only because the provider will compute it, and Pulumi would not send it;
// - a value the configuration does not set (a schema default such as slb_internet_enabled = true,
//   or a value the provider computed) is omitted, as in a Pulumi program, so policies judge it as the
//   provider default and say so;
// - sensitive values (after_sensitive / before_sensitive, and attributes the provider schema makes
//   secret) become secrets, and their plaintexts are collected so that no output prints them.
import { isObj, collectSecretStrings } from "../pulumi/state";
import { secret, UNKNOWN } from "../../../model/wire";
import type { FieldMap } from "./mapping";

const OMIT = Symbol("omit");
type Out = unknown | typeof OMIT;

export interface ConvertContext {
    secrets: Set<string>;
}

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The block-expression for element `i` of a nested block, when the configuration has one. */
function blockExpr(e: unknown, i: number): Record<string, unknown> | undefined {
    if (Array.isArray(e)) {
        const x = e[i] ?? (e.length === 1 ? e[0] : undefined);
        return isObj(x) ? x : undefined;
    }
    return isObj(e) && !("references" in e) && !("constant_value" in e) ? e : undefined;
}

/**
 * Converts a Terraform object (resource attributes or a block). `exprs` is the configuration's
 * block-expression for it; undefined when the configuration says nothing (no configuration for the
 * resource, a block built by `dynamic`), in which case every value counts as written.
 */
export function convertObject(
    value: unknown,
    unknown: unknown,
    sensitive: unknown,
    fields: Record<string, FieldMap> | undefined,
    exprs: Record<string, unknown> | undefined,
    ctx: ConvertContext,
    sensitiveNames: readonly string[] = [],
): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const v = isObj(value) ? value : {};
    const u = isObj(unknown) ? unknown : {};
    const s = isObj(sensitive) ? sensitive : {};
    const keys = new Set([...Object.keys(v), ...Object.keys(u).filter((k) => u[k] === true || isObj(u[k]) || Array.isArray(u[k]))]);
    for (const k of [...keys].sort()) {
        const f = fields?.[k];
        if (fields !== undefined && f === undefined) continue;
        const configured = exprs === undefined || k in exprs;
        // `after_sensitive: true` on a whole resource or a whole one-item block: all of it is sensitive.
        const sens = sensitive === true || s[k] === true || sensitiveNames.includes(k) ? true : s[k];
        const x = convertValue(v[k], u[k], sens, f, exprs?.[k], configured, ctx);
        if (x !== OMIT) out[f?.pulumi ?? camel(k)] = x;
    }
    return out;
}

function convertValue(v: unknown, u: unknown, s: unknown, f: FieldMap | undefined, e: unknown, configured: boolean, ctx: ConvertContext): Out {
    if (u === true) return configured ? UNKNOWN : OMIT;
    if (s === true) {
        const inner = convertValue(v, u, undefined, f, e, configured, ctx);
        if (inner === OMIT) return OMIT;
        collectSecretStrings(v, ctx.secrets);
        return secret(inner);
    }
    if (v === null || v === undefined) return OMIT;
    const shape = f?.shape ?? (Array.isArray(v) ? "list" : isObj(v) ? "map" : "scalar");
    const isBlock = shape === "object" || shape === "list<object>";
    // Not written in the configuration: a default or a computed value. Blocks are kept when they hold
    // something, because blocks written with `dynamic` do not appear in the configuration.
    if (!configured && (!isBlock || (Array.isArray(v) && v.length === 0))) return OMIT;
    const nestedExprs = (i: number) => (configured && e !== undefined ? blockExpr(e, i) : undefined);
    switch (shape) {
        case "object": {
            const el = Array.isArray(v) ? v[0] : v;
            if (el === undefined || el === null) return OMIT;
            const at = (x: unknown) => (Array.isArray(x) ? x[0] : x);
            return convertObject(el, at(u), at(s), f?.fields, nestedExprs(0), ctx);
        }
        case "list<object>": {
            if (!Array.isArray(v)) return OMIT;
            const ua = Array.isArray(u) ? u : [];
            const sa = Array.isArray(s) ? s : [];
            return v.map((el, i) => (el === null && ua[i] === true ? UNKNOWN
                : sa[i] === true ? (collectSecretStrings(el, ctx.secrets), secret(convertObject(el, ua[i], undefined, f?.fields, nestedExprs(i), ctx)))
                : convertObject(el, ua[i], sa[i], f?.fields, nestedExprs(i), ctx)));
        }
        case "list": {
            if (!Array.isArray(v)) return v;
            const ua = Array.isArray(u) ? u : [];
            const sa = Array.isArray(s) ? s : [];
            return v.map((el, i) => (ua[i] === true ? UNKNOWN : sa[i] === true ? (collectSecretStrings(el, ctx.secrets), secret(el)) : el));
        }
        case "map": {
            if (!isObj(v)) return v;
            const uo = isObj(u) ? u : {};
            const so = isObj(s) ? s : {};
            const out: Record<string, unknown> = {};
            for (const k of new Set([...Object.keys(v), ...Object.keys(uo)])) {
                if (uo[k] === true) out[k] = UNKNOWN;
                else if (so[k] === true) {
                    collectSecretStrings(v[k], ctx.secrets);
                    out[k] = secret(v[k]);
                } else if (v[k] !== undefined) out[k] = v[k];
            }
            return out;
        }
        default:
            return v;
    }
}
