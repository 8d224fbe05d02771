// Findings in the input's language. The pack speaks Pulumi (TypeScript property names, resource options);
// a Terraform user reads Terraform attribute names and HCL. This rewrites a finding's message for a
// Terraform input: type names (`cs.NodePool` → `alicloud_cs_kubernetes_node_pool`), the property path it
// opens with, and every code span (`management: { autoVulFix: true }` → `management { auto_vul_fix = true }`,
// the `protect` option → `lifecycle { prevent_destroy = true }`), all derived from the generated mapping
// (cli/frontends/terraform/mapping.ts), so it cannot drift from what the plan reader maps.
import { FieldMap, TERRAFORM_MAPPING } from "../frontends/terraform/mapping";
import { shortTypeName } from "../../model/resources";

interface Field {
    tf: string;
    shape: FieldMap["shape"];
    fields: Map<string, Field>;
}

function fieldsOf(fields: Record<string, FieldMap>): Map<string, Field> {
    const out = new Map<string, Field>();
    for (const [tf, f] of Object.entries(fields)) {
        if (!out.has(f.pulumi)) out.set(f.pulumi, { tf, shape: f.shape, fields: fieldsOf(f.fields ?? {}) });
    }
    return out;
}

/** Per Pulumi token: its Terraform type and its fields by Pulumi name. */
const BY_TOKEN = new Map<string, { tfType: string; fields: Map<string, Field> }>();
for (const [tfType, m] of Object.entries(TERRAFORM_MAPPING)) {
    if (!BY_TOKEN.has(m.token)) BY_TOKEN.set(m.token, { tfType, fields: fieldsOf(m.fields) });
}

/** Any mapped type's field of that Pulumi name (a message about a pool may name its cluster's settings). */
const ANY_FIELD = new Map<string, Field>();
for (const { fields } of BY_TOKEN.values()) for (const [k, f] of fields) if (!ANY_FIELD.has(k)) ANY_FIELD.set(k, f);

const SHORT_NAMES = new Map([...BY_TOKEN].map(([token, m]) => [shortTypeName(token), m.tfType] as const));
// One pass over a message for all type names (longest first where two start at one place).
const SHORT_NAME_RE = new RegExp(
    [...SHORT_NAMES.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
    "g",
);

const snake = (k: string) => k.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase();

function lookup(key: string, scope: Map<string, Field> | undefined): Field {
    return scope?.get(key) ?? ANY_FIELD.get(key) ?? { tf: snake(key), shape: "scalar", fields: new Map() };
}

/** `management.autoVulFix`, `addons[2].config` → Terraform names (`management.auto_vul_fix`, `addons[2].config`). */
export function terraformPath(path: string, scope: Map<string, Field> | undefined): string {
    if (path === "opts.protect" || path === "protect") return "lifecycle.prevent_destroy";
    // Only a property the mapping knows is renamed: a policy's own config knob (`autoUpgradingClusterIds`) is not Terraform's.
    const first = /^[A-Za-z_$][\w$]*/.exec(path)?.[0];
    if (first === undefined || !(scope?.has(first) || ANY_FIELD.has(first))) return path;
    let fields = scope;
    return path.split(".").map((seg) => {
        const m = /^([A-Za-z_$][\w$]*)((?:\[\d+\])*)$/.exec(seg);
        if (!m) return seg;
        const f = lookup(m[1], fields);
        fields = f.fields;
        return `${f.tf}${m[2]}`;
    }).join(".");
}

// ---- a small reader of the object-literal snippets the policies write in their fixes ----

type Value = { kind: "object"; entries: [string, Value][] } | { kind: "array"; items: Value[] } | { kind: "raw"; text: string };

function parseEntries(src: string): [string, Value][] | undefined {
    let i = 0;
    const ws = () => {
        while (i < src.length && /\s/.test(src[i])) i++;
    };
    const raw = (): { kind: "raw"; text: string } => {
        const start = i;
        let depth = 0;
        let quote: string | undefined;
        for (; i < src.length; i++) {
            const c = src[i];
            if (quote) {
                if (c === "\\") i++;
                else if (c === quote) quote = undefined;
            } else if (c === '"' || c === "'") quote = c;
            else if (c === "(" || c === "<") depth++;
            else if ((c === ")" || c === ">") && depth > 0) depth--;
            else if (depth === 0 && (c === "," || c === "}" || c === "]")) break;
        }
        return { kind: "raw", text: src.slice(start, i).trim() };
    };
    const value = (): Value | undefined => {
        ws();
        if (src[i] === "{") {
            i++;
            const entries = entryList("}");
            if (entries === undefined || src[i] !== "}") return undefined;
            i++;
            return { kind: "object", entries };
        }
        if (src[i] === "[") {
            i++;
            const items: Value[] = [];
            ws();
            while (src[i] !== "]") {
                const v = value();
                if (v === undefined) return undefined;
                items.push(v);
                ws();
                if (src[i] === ",") i++;
                else if (src[i] !== "]") return undefined;
                ws();
            }
            i++;
            return { kind: "array", items };
        }
        const v = raw();
        return v.text === "" ? undefined : v;
    };
    const entryList = (close: string | undefined): [string, Value][] | undefined => {
        const entries: [string, Value][] = [];
        for (;;) {
            ws();
            if (i >= src.length || src[i] === close) return entries;
            // "..." stands for the rest of an object in a fix text.
            if (src.startsWith("...", i)) {
                i += 3;
                entries.push(["...", { kind: "raw", text: "" }]);
                ws();
                if (src[i] === ",") i++;
                continue;
            }
            // `key: value` (a space after the colon: `oidc:sub` is a condition key, not a property); map keys may be quoted.
            const m = /^("(?:[^"\\]|\\.)*"|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*):\s+/.exec(src.slice(i));
            if (!m) return undefined;
            i += m[0].length;
            const v = value();
            if (v === undefined) return undefined;
            entries.push([m[1], v]);
            ws();
            if (src[i] === ",") i++;
        }
    };
    const out = entryList(undefined);
    return out !== undefined && i >= src.length && out.length > 0 ? out : undefined;
}

function hclValue(v: Value, f: Field): string {
    if (v.kind === "raw") return v.text;
    if (v.kind === "array") return `[${v.items.map((x) => hclValue(x, { ...f, shape: "scalar" })).join(", ")}]`;
    return `{ ${v.entries.map(([k, x]) => (k === "..." ? "..." : `${k} = ${hclValue(x, lookup(k, f.fields))}`)).join(", ")} }`;
}

/** Entries as HCL: blocks for Terraform blocks, `=` for attributes; one line while a block has one attribute. */
function hcl(entries: [string, Value][], scope: Map<string, Field> | undefined): string {
    const parts = entries.map(([k, v]) => {
        if (k === "...") return "...";
        if (k.startsWith('"')) return `${k} = ${hclValue(v, { tf: k, shape: "scalar", fields: new Map() })}`;
        if (k.includes(".")) {
            // `management.autoRepair: true` is `management: { autoRepair: true }`.
            const [head, ...rest] = k.split(".");
            return hcl([[head, { kind: "object", entries: [[rest.join("."), v]] }]], scope);
        }
        const f = lookup(k, scope);
        if (v.kind === "object" && (f.shape === "object" || f.shape === "list<object>")) return `${f.tf} { ${hcl(v.entries, f.fields)} }`;
        if (v.kind === "array" && f.shape === "list<object>" && v.items.every((x) => x.kind === "object")) {
            return v.items.map((x) => `${f.tf} { ${hcl((x as { entries: [string, Value][] }).entries, f.fields)} }`).join(" ");
        }
        return `${f.tf} = ${hclValue(v, f)}`;
    });
    return parts.join(entries.length > 1 ? "; " : "");
}

/** One code span of a Pulumi message in Terraform words, or unchanged when it is neither a path nor a snippet. */
export function terraformSnippet(code: string, scope: Map<string, Field> | undefined): string {
    const t = code.trim();
    if (/^\{\s*protect:\s*true\s*\}$/.test(t) || t === "protect: true") return "lifecycle { prevent_destroy = true }";
    if (/^protect:\s*false$/.test(t)) return "lifecycle { prevent_destroy = false }";
    if (/^[A-Za-z_$][\w$]*(\[\d+\])*(\.[A-Za-z_$][\w$]*(\[\d+\])*)*$/.test(t) && /[A-Z]/.test(t)) return terraformPath(t, scope);
    const entries = parseEntries(t.startsWith("{") && t.endsWith("}") ? t.slice(1, -1) : t);
    return entries === undefined ? code : hcl(entries, scope);
}

/**
 * A pack message about a resource of `token`, in Terraform words: type names, the property path after
 * the type, every `code span`; Pulumi-only phrases become their Terraform counterparts.
 */
export function inTerraformWords(message: string, token: string): string {
    const scope = BY_TOKEN.get(token)?.fields;
    let out = message.replace(/`([^`\n]+)`/g, (_, code: string) => `\`${terraformSnippet(code, scope)}\``);
    // "<type> <path>: found" — the path the finding is about.
    const own = BY_TOKEN.get(token);
    if (own) {
        const head = `${shortTypeName(token)} `;
        if (out.startsWith(head)) {
            const rest = out.slice(head.length);
            const m = /^([^\s:]+):/.exec(rest);
            if (m) out = `${own.tfType} ${terraformPath(m[1], scope)}${rest.slice(m[1].length)}`;
        }
    }
    out = out.replace(SHORT_NAME_RE, (short) => SHORT_NAMES.get(short)!);
    return out
        .replace(/the resource option /g, "the lifecycle setting ")
        .replace(/\bprotect not set\b/g, "lifecycle.prevent_destroy not set")
        .replace(/\bprotect: true\b/g, "prevent_destroy = true");
}

/** A plan report of a Terraform input with every pack message in Terraform words (gate messages already are). */
export function inTerraformLanguage<R extends import("../engine/report").Report>(r: R): R {
    const typeOf = new Map(r.resources.map((v) => [v.urn, v.type]));
    const fix = <D extends { message: string; urn: string }>(d: D, token: string | undefined): D => (token === undefined ? d : { ...d, message: inTerraformWords(d.message, token) });
    return {
        ...r,
        resources: r.resources.map((v) => ({ ...v, diagnostics: v.diagnostics.map((d) => fix(d, v.type)) })),
        stackDiagnostics: r.stackDiagnostics.map((d) => fix(d, typeOf.get(d.urn))),
    };
}
