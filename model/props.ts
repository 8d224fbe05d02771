// Reading props safely.
//
// Props arrive through the SDK's `unknownCheckingProxy`: reading a value that is unknown during
// preview throws `UnknownValueError` on purpose, and the analyzer turns that into an advisory
// "can't run policy during preview". These helpers never catch that error. What they do is
// survive odd shapes: null, wrong types, arrays where objects are expected. Arrays are walked
// by index (never `.map`/`.filter` on a proxied array).

export type Bag = Record<string, unknown>;

/** The object at `v`, or undefined when `v` is missing, null, an array or a primitive. */
export function asObject(v: unknown): Bag | undefined {
    return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Bag) : undefined;
}

/** The elements of `v` when it is an array, else an empty list. */
export function asArray(v: unknown): unknown[] {
    if (!Array.isArray(v)) {
        return [];
    }
    const out: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
        out.push(v[i]);
    }
    return out;
}

/**
 * A boolean read the way the provider reads it: true/false, or the strings "true"/"false"
 * (some alicloud fields, e.g. `dataDisks[].encrypted`, are strings). Anything else is undefined.
 */
export function asBool(v: unknown): boolean | undefined {
    if (typeof v === "boolean") {
        return v;
    }
    if (typeof v === "string") {
        const s = v.trim().toLowerCase();
        if (s === "true") return true;
        if (s === "false") return false;
    }
    return undefined;
}

/** A non-empty trimmed string, or undefined. */
export function asString(v: unknown): string | undefined {
    return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

/** A finite number (numeric strings accepted), or undefined. */
export function asNumber(v: unknown): number | undefined {
    if (typeof v === "number" && Number.isFinite(v)) {
        return v;
    }
    if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) {
        return Number(v);
    }
    return undefined;
}

/**
 * The value at a dotted path ("management.autoVulFixPolicy.vulLevel"), or undefined when any step
 * is missing or not an object. Each step is a real property read, so an unknown on the way throws
 * as the SDK intends.
 */
export function at(root: unknown, path: string): unknown {
    let cur: unknown = root;
    for (const key of path.split(".")) {
        const o = asObject(cur);
        if (o === undefined) {
            return undefined;
        }
        cur = o[key];
    }
    return cur;
}

/** True when the key is present with a non-null value (does not read the value). */
export function has(root: unknown, key: string): boolean {
    const o = asObject(root);
    return o !== undefined && key in o && o[key] !== undefined && o[key] !== null;
}

/** A port range as security group rules write it ("22/22", "-1/-1" for every port). */
const PORT_RANGE = /^-?\d{1,5}\/-?\d{1,5}$/;

/** The longest string a message quotes (an image reference with its digest fits). */
const QUOTE_MAX = 128;

/**
 * Whether a string may be quoted in a message: a token shaped like a name, a version (or range), a
 * path, an image reference, an enum value or a comma list of them, never free text, and never long. @pulumi/policy hands validation
 * functions secrets as plain values, so a policy cannot tell a secret apart: it quotes only what
 * has the shape of an identifier, and values of credential fields are never read at all.
 */
export function quotable(s: string): boolean {
    return s === "" || (s.length <= QUOTE_MAX && /^[A-Za-z0-9^~*./][A-Za-z0-9._:/@^~*+,-]*$/.test(s)) || PORT_RANGE.test(s);
}

/** A string for a message: quoted when `quotable`, else described by its length only. */
export function quote(s: string): string {
    return quotable(s) ? JSON.stringify(s) : `a value of ${s.length} characters (not shown)`;
}

/** The most items a message lists; the rest are counted. */
export const LIST_MAX = 10;

/**
 * Items for a message, at most LIST_MAX of them, then how many more: a 5,000-entry list must not
 * become a 500,000-character diagnostic (`pulumi preview` prints pack messages whole).
 */
export function listed(items: readonly string[], separator = ", ", max = LIST_MAX): string {
    return items.length <= max ? items.join(separator) : `${items.slice(0, max).join(separator)}${separator}… and ${items.length - max} more`;
}

/** How a value appears in a message: strings through `quote`, long lists cut short. */
export function show(v: unknown): string {
    if (v === undefined || v === null) {
        return "not set";
    }
    if (typeof v === "string") {
        return quote(v);
    }
    if (typeof v === "number" || typeof v === "boolean") {
        return String(v);
    }
    if (Array.isArray(v)) {
        const items = asArray(v);
        const shown = items.slice(0, 10).map(show).join(", ");
        return `[${shown}${items.length > 10 ? `, and ${items.length - 10} more` : ""}]`;
    }
    return "an object";
}

/**
 * True when `key` holds a value, known or not. For "is it set?" questions an unknown counts as set
 * (e.g. `encryptionProviderKey: key.id` of a KMS key created in the same program), so this looks at
 * the raw slot instead of reading through the preview proxy (whose `get` would throw).
 */
export function present(root: unknown, key: string): boolean {
    const o = asObject(root);
    if (o === undefined) {
        return false;
    }
    const d = Object.getOwnPropertyDescriptor(o, key);
    return d !== undefined && d.value !== undefined && d.value !== null && !(typeof d.value === "string" && d.value.trim() === "");
}

/** True for the SDK's error on reading a value that is unknown at preview. */
function isUnknownRead(e: unknown): boolean {
    return e instanceof Error && e.constructor.name === "UnknownValueError";
}

/**
 * The string at `key` when its value is known, else undefined (also when it is unknown at preview).
 * Only for matching literal ids between resources, where "unknown" simply means "not a literal":
 * a verdict must never rest on an unknown being treated as absent.
 */
export function knownString(root: unknown, key: string): string | undefined {
    try {
        return asString(asObject(root)?.[key]);
    } catch (e) {
        if (isUnknownRead(e)) return undefined;
        throw e;
    }
}

/** The known strings of the array at `key` (unknown elements, or an unknown array, skipped); as for knownString. */
export function knownStrings(root: unknown, key: string): string[] {
    let list: unknown;
    try {
        list = asObject(root)?.[key];
    } catch (e) {
        if (isUnknownRead(e)) return [];
        throw e;
    }
    if (!Array.isArray(list)) return [];
    const out: string[] = [];
    for (let i = 0; i < list.length; i++) {
        try {
            const s = asString(list[i]);
            if (s !== undefined) out.push(s);
        } catch (e) {
            if (!isUnknownRead(e)) throw e;
        }
    }
    return out;
}
