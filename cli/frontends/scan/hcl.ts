// HCL files -> a small syntax tree with positions. The parser is tree-sitter's HCL grammar
// (@tree-sitter-grammars/tree-sitter-hcl, its Terraform dialect) run by web-tree-sitter: WebAssembly,
// no native build, every node with its line and column. The concrete tree is turned into the
// expressions below at once and then released, so nothing of the parser outlives a file.
import * as fs from "fs";
import * as path from "path";
import type { Node, Parser as TSParser } from "web-tree-sitter";
import { UsageError } from "../types";

export interface Pos {
    /** Path as given to parseHcl (the scanner passes paths relative to the working directory). */
    file: string;
    line: number;
    column: number;
}

/** One step after a value: `.name`, `[key]`, or a splat `[*]` / `.*` applying the steps after it to each element. */
export type Step = { k: "attr"; name: string } | { k: "index"; key: Expr } | { k: "splat" };

export type TemplatePart = string | { k: "interp"; e: Expr } | { k: "if"; cond: Expr; then: TemplatePart[]; else: TemplatePart[] } | { k: "for"; keyVar?: string; valVar: string; coll: Expr; body: TemplatePart[] };

export type Expr =
    | { k: "lit"; v: string | number | boolean | null }
    | { k: "template"; parts: TemplatePart[] }
    | { k: "tuple"; items: Expr[] }
    | { k: "object"; items: { key: Expr; val: Expr }[] }
    | { k: "var"; name: string }
    | { k: "traverse"; base: Expr; steps: Step[] }
    | { k: "call"; name: string; args: Expr[]; expand: boolean }
    | { k: "for"; keyVar?: string; valVar: string; coll: Expr; key?: Expr; val: Expr; cond?: Expr; group: boolean }
    | { k: "cond"; c: Expr; t: Expr; f: Expr }
    | { k: "unary"; op: string; e: Expr }
    | { k: "binary"; op: string; l: Expr; r: Expr };

export interface Attribute {
    name: string;
    expr: Expr;
    pos: Pos;
}

export interface Block {
    type: string;
    labels: string[];
    body: Body;
    pos: Pos;
}

export interface Body {
    attributes: Map<string, Attribute>;
    blocks: Block[];
}

/** Nesting deeper than this is refused: recursion over the tree stays bounded. */
export const MAX_DEPTH = 128;

let parserPromise: Promise<TSParser> | undefined;

/** The parser, loaded once per process (about 15 ms). */
export function hclParser(): Promise<TSParser> {
    parserPromise ??= (async () => {
        const { Parser, Language } = await import("web-tree-sitter");
        await Parser.init();
        const wasm = path.join(path.dirname(require.resolve("@tree-sitter-grammars/tree-sitter-hcl/package.json")), "tree-sitter-terraform.wasm");
        // Bytes, not a path: given a path, web-tree-sitter loads it with a dynamic import.
        const lang = await Language.load(fs.readFileSync(wasm));
        const p = new Parser();
        p.setLanguage(lang);
        return p;
    })();
    return parserPromise;
}

class Converter {
    constructor(private readonly file: string, private readonly src: string) {}

    pos(n: Node): Pos {
        return { file: this.file, line: n.startPosition.row + 1, column: n.startPosition.column + 1 };
    }

    fail(n: Node, message: string): never {
        const p = this.pos(n);
        throw new UsageError(`${p.file}:${p.line}:${p.column}: ${message}`);
    }

    body(n: Node | undefined, depth: number): Body {
        const out: Body = { attributes: new Map(), blocks: [] };
        if (!n) return out;
        if (depth > MAX_DEPTH) this.fail(n, `blocks nested more than ${MAX_DEPTH} levels deep`);
        // A cursor, not namedChildren: every node object crosses the WebAssembly boundary, and a
        // body's attributes are read without materialising their nodes when their text is simple.
        const c = n.walk();
        try {
            if (!c.gotoFirstChild()) return out;
            do {
                const type = c.nodeType;
                const at = c.startPosition;
                const pos: Pos = { file: this.file, line: at.row + 1, column: at.column + 1 };
                if (type === "attribute") {
                    c.gotoFirstChild();
                    const name = c.nodeText;
                    let expr: Expr | undefined;
                    while (c.gotoNextSibling()) {
                        if (c.nodeType !== "expression") continue;
                        expr = quickExpr(c.nodeText) ?? this.expr(c.currentNode, depth + 1);
                        break;
                    }
                    c.gotoParent();
                    if (out.attributes.has(name)) this.fail(n, `attribute "${name}" is set twice in the same block (first at line ${out.attributes.get(name)!.pos.line}, again at line ${pos.line})`);
                    out.attributes.set(name, { name, expr: expr ?? { k: "lit", v: null }, pos });
                } else if (type === "block") {
                    c.gotoFirstChild();
                    const blockType = c.nodeText;
                    const labels: string[] = [];
                    let inner: Node | undefined;
                    while (c.gotoNextSibling()) {
                        const t = c.nodeType;
                        if (t === "identifier") labels.push(c.nodeText);
                        else if (t === "string_lit") {
                            const raw = c.nodeText;
                            labels.push(QUICK_STRING.test(raw) ? raw.slice(1, -1) : this.stringLit(c.currentNode));
                        } else if (t === "body") inner = c.currentNode;
                    }
                    c.gotoParent();
                    out.blocks.push({ type: blockType, labels, body: this.body(inner, depth + 1), pos });
                }
            } while (c.gotoNextSibling());
            return out;
        } finally {
            c.delete();
        }
    }

    stringLit(n: Node): string {
        const lit = n.namedChildren.find((x) => x?.type === "template_literal");
        return lit ? unescape(lit.text) : "";
    }

    /** An expression node, or a run of sibling nodes (a term and the steps after it). */
    expr(n: Node, depth: number): Expr {
        if (depth > MAX_DEPTH) this.fail(n, `expression nested more than ${MAX_DEPTH} levels deep`);
        // Most expressions are a plain literal, a name path or a list of plain strings: read from the
        // text at once, without walking the tree (each node crosses the WebAssembly boundary).
        const quick = n.type === "expression" ? quickExpr(n.text) : undefined;
        if (quick) return quick;
        switch (n.type) {
            case "expression":
                return this.seq(n.children.filter((x): x is Node => x !== null), depth);
            default:
                return this.seq([n], depth);
        }
    }

    seq(nodes: Node[], depth: number): Expr {
        // `( expr )`, a conditional `c ? t : f`, or a term with steps.
        const named = nodes.filter((x) => x.isNamed && x.type !== "comment");
        const q = nodes.findIndex((x) => !x.isNamed && x.type === "?");
        if (nodes.length === 1 && nodes[0].type === "conditional") return this.conditional(nodes[0], depth);
        if (q >= 0) this.fail(nodes[q], "unexpected conditional");
        let i = 0;
        let base: Expr;
        if (!nodes[0].isNamed && nodes[0].type === "(") {
            const close = nodes.findIndex((x) => !x.isNamed && x.type === ")");
            base = this.expr(nodes[1], depth + 1);
            i = close + 1;
            return this.steps(base, nodes.slice(i).filter((x) => x.isNamed), depth);
        }
        if (named.length === 0) this.fail(nodes[0], "expected an expression");
        base = this.term(named[0], depth + 1);
        return this.steps(base, named.slice(1), depth);
    }

    /**
     * `c ? t : f`. The grammar groups a chain to the left (`a ? b : c ? d : e` as
     * `(a ? b : c) ? d : e`); HCL groups it to the right, so an unparenthesised conditional in the
     * condition is rotated: `(c1 ? t1 : f1) ? t : f` is `c1 ? t1 : (f1 ? t : f)`.
     */
    conditional(n: Node, depth: number): Expr {
        // Walk down the left-grouped chain: levels from the innermost `a ? b : c` outwards.
        const levels: Node[][] = [];
        let cur: Node | undefined = n;
        while (cur) {
            if (depth + levels.length > MAX_DEPTH) this.fail(n, `expression nested more than ${MAX_DEPTH} levels deep`);
            const parts: Node[] = cur.namedChildren.filter((x): x is Node => x !== null && x.type !== "comment");
            levels.unshift(parts);
            const c: Node = parts[0];
            cur = c.type === "expression" && c.childCount === 1 && c.firstChild?.type === "conditional" ? c.firstChild : undefined;
        }
        // ((a ? b : c) ? d : e) ? f : g  is  a ? b : (c ? d : (e ? f : g)).
        const conds = [levels[0][0], ...levels.slice(0, -1).map((l) => l[2])];
        let out = this.expr(levels[levels.length - 1][2], depth + 1);
        for (let i = levels.length - 1; i >= 0; i--) out = { k: "cond", c: this.expr(conds[i], depth + 1), t: this.expr(levels[i][1], depth + 1), f: out };
        return out;
    }

    steps(base: Expr, rest: Node[], depth: number): Expr {
        if (rest.length === 0) return base;
        const steps: Step[] = [];
        const step = (s: Node) => {
            switch (s.type) {
                case "get_attr":
                    steps.push({ k: "attr", name: s.namedChildren[0]!.text });
                    break;
                case "index": {
                    const x = s.namedChildren[0]!;
                    if (x.type === "legacy_index") steps.push({ k: "index", key: { k: "lit", v: Number(x.text.slice(1)) } });
                    else steps.push({ k: "index", key: this.expr(x.namedChildren[0]!, depth + 1) });
                    break;
                }
                case "splat": {
                    steps.push({ k: "splat" });
                    for (const y of s.namedChildren[0]!.namedChildren) if (y) step(y);
                    break;
                }
                case "comment":
                    break;
                default:
                    this.fail(s, `unexpected ${s.type}`);
            }
        };
        rest.forEach(step);
        return { k: "traverse", base, steps };
    }

    term(n: Node, depth: number): Expr {
        if (depth > MAX_DEPTH) this.fail(n, `expression nested more than ${MAX_DEPTH} levels deep`);
        const kids = () => n.namedChildren.filter((x): x is Node => x !== null && x.type !== "comment");
        switch (n.type) {
            case "expression":
                return this.expr(n, depth + 1);
            case "literal_value":
                return this.term(kids()[0], depth + 1);
            case "numeric_lit":
                return { k: "lit", v: Number(n.text) };
            case "bool_lit":
                return { k: "lit", v: n.text === "true" };
            case "null_lit":
                return { k: "lit", v: null };
            case "string_lit":
                return { k: "lit", v: this.stringLit(n) };
            case "template_expr":
                return this.term(kids()[0], depth + 1);
            case "quoted_template": {
                const ks = n.children.filter((x): x is Node => x !== null);
                const parts = this.template(ks.slice(1, -1), ks[0].endIndex, ks[ks.length - 1].startIndex, depth + 1, false);
                return parts.every((p) => typeof p === "string") ? { k: "lit", v: (parts as string[]).join("") } : { k: "template", parts };
            }
            case "heredoc_template": {
                // The content runs from the line after `<<EOT` to the line of the closing `EOT`, newline included.
                const ks = n.children.filter((x): x is Node => x !== null);
                const open = ks[1];
                const close = ks[ks.length - 1];
                const nl = this.src.indexOf("\n", open.endIndex);
                const start = nl < 0 || nl > close.startIndex ? close.startIndex : nl + 1;
                const end = Math.max(start, this.src.lastIndexOf("\n", close.startIndex - 1) + 1);
                let parts = this.template(ks.slice(2, -1), start, end, depth + 1, true);
                if (ks[0].text === "<<-") parts = stripIndent(parts);
                return parts.every((p) => typeof p === "string") ? { k: "lit", v: (parts as string[]).join("") } : { k: "template", parts };
            }
            case "collection_value":
                return this.term(kids()[0], depth + 1);
            case "tuple":
                return { k: "tuple", items: kids().filter((x) => x.type === "expression").map((x) => this.expr(x, depth + 1)) };
            case "object":
                return {
                    k: "object",
                    items: kids().filter((x) => x.type === "object_elem").map((el) => {
                        const key = el.childForFieldName("key")!;
                        const val = el.childForFieldName("val")!;
                        const ke = this.expr(key, depth + 1);
                        // A bare word as a key is its name, not a variable (`{ Version = "1" }`).
                        const bare = ke.k === "var" ? ({ k: "lit", v: ke.name } as Expr) : ke;
                        return { key: bare, val: this.expr(val, depth + 1) };
                    }),
                };
            case "variable_expr":
                return { k: "var", name: n.text };
            case "function_call": {
                const ks = kids();
                const args = ks.find((x) => x.type === "function_arguments");
                const argNodes = args ? args.namedChildren.filter((x): x is Node => x !== null && x.type === "expression") : [];
                return { k: "call", name: ks[0].text, args: argNodes.map((a) => this.expr(a, depth + 1)), expand: !!args?.namedChildren.some((x) => x?.type === "ellipsis") };
            }
            case "for_expr": {
                const f = kids()[0];
                const fk = f.namedChildren.filter((x): x is Node => x !== null && x.type !== "comment");
                const intro = fk.find((x) => x.type === "for_intro")!;
                const ids = intro.namedChildren.filter((x): x is Node => x?.type === "identifier");
                const coll = intro.namedChildren.find((x) => x?.type === "expression")!;
                const exprs = fk.filter((x) => x.type === "expression");
                const cond = fk.find((x) => x.type === "for_cond");
                const isObject = f.type === "for_object_expr";
                return {
                    k: "for",
                    keyVar: ids.length > 1 ? ids[0].text : undefined,
                    valVar: ids[ids.length - 1].text,
                    coll: this.expr(coll, depth + 1),
                    key: isObject ? this.expr(exprs[0], depth + 1) : undefined,
                    val: this.expr(exprs[isObject ? 1 : 0], depth + 1),
                    cond: cond ? this.expr(cond.namedChildren.find((x) => x?.type === "expression")!, depth + 1) : undefined,
                    group: fk.some((x) => x.type === "ellipsis"),
                };
            }
            case "conditional":
                return this.seq([n], depth + 1);
            case "operation": {
                const op = kids()[0];
                const all = op.children.filter((x): x is Node => x !== null && x.type !== "comment");
                if (op.type === "unary_operation") return { k: "unary", op: all[0].type, e: this.seq(all.slice(1), depth + 1) };
                const at = all.findIndex((x, i) => i > 0 && !x.isNamed && /^(\*|\/|%|\+|-|>|>=|<|<=|==|!=|&&|\|\|)$/.test(x.type));
                return { k: "binary", op: all[at].type, l: this.seq(all.slice(0, at), depth + 1), r: this.seq(all.slice(at + 1), depth + 1) };
            }
            default:
                return this.fail(n, `unexpected ${n.type.replace(/_/g, " ")}`);
        }
    }

    /**
     * The parts of a template between source offsets `from` and `to`. Literal text is read from the
     * source between the interpolations and directives: the grammar leaves the spaces next to them
     * out of its literal nodes.
     */
    template(nodes: Node[], from: number, to: number, depth: number, heredoc: boolean, stripStart = false, stripEnd = false): TemplatePart[] {
        if (depth > MAX_DEPTH) throw new UsageError(`${this.file}: templates nested more than ${MAX_DEPTH} levels deep`);
        const out: TemplatePart[] = [];
        let pos = from;
        // `~` strip markers remove the whitespace on their side.
        let stripNext = stripStart;
        const literal = (a: number, b: number, stripRight: boolean) => {
            let t = this.src.slice(a, b);
            if (stripNext) t = t.replace(/^\s+/, "");
            if (stripRight) t = t.replace(/\s+$/, "");
            t = heredoc ? t.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{") : unescape(t);
            if (t !== "") {
                if (typeof out[out.length - 1] === "string") out[out.length - 1] += t;
                else out.push(t);
            }
        };
        const marks = (n: Node) => ({ left: /^[$%]\{~/.test(n.text), right: /~\}$/.test(n.text) });
        for (const n of nodes) {
            if (n.type !== "template_interpolation" && n.type !== "template_directive") continue;
            const first = n.type === "template_interpolation" ? n : n.namedChildren[0]!.namedChildren[0]!;
            literal(pos, n.startIndex, marks(first).left);
            if (n.type === "template_interpolation") {
                const e = n.namedChildren.find((x) => x?.type === "expression");
                if (e) out.push({ k: "interp", e: this.expr(e, depth + 1) });
                stripNext = marks(n).right;
                pos = n.endIndex;
                continue;
            }
            const d = n.namedChildren[0]!;
            const parts = d.children.filter((x): x is Node => x !== null);
            const inner = (a: Node, b: Node) => {
                const kids = parts.slice(parts.indexOf(a) + 1, parts.indexOf(b));
                return this.template(kids, a.endIndex, b.startIndex, depth + 1, heredoc, marks(a).right, marks(b).left);
            };
            if (d.type === "template_if") {
                const intro = parts[0];
                const elseIntro = parts.find((x) => x.type === "template_else_intro");
                const end = parts[parts.length - 1];
                out.push({
                    k: "if",
                    cond: this.expr(intro.namedChildren.find((x) => x?.type === "expression")!, depth + 1),
                    then: inner(intro, elseIntro ?? end),
                    else: elseIntro ? inner(elseIntro, end) : [],
                });
            } else {
                const startNode = parts[0];
                const end = parts[parts.length - 1];
                const ids = startNode.namedChildren.filter((x): x is Node => x?.type === "identifier");
                out.push({
                    k: "for", keyVar: ids.length > 1 ? ids[0].text : undefined, valVar: ids[ids.length - 1].text,
                    coll: this.expr(startNode.namedChildren.find((x) => x?.type === "expression")!, depth + 1),
                    body: inner(startNode, end),
                });
            }
            stripNext = marks(parts[parts.length - 1]).right;
            pos = n.endIndex;
        }
        literal(pos, to, stripEnd);
        return out;
    }
}

const QUICK_STRING = /^"[^"\\$%\n]*"$/;
const QUICK_NUMBER = /^[0-9]+(\.[0-9]+)?$/;
const QUICK_PATH = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;
const QUICK_STRINGS = /^\[\s*("[^"\\$%\n]*"\s*,\s*)*("[^"\\$%\n]*"\s*,?\s*)?\]$/;
const KEYWORDS: Record<string, Expr> = { true: { k: "lit", v: true }, false: { k: "lit", v: false }, null: { k: "lit", v: null } };

/** The expression of a simple text (a literal, `a.b.c`, a list of plain strings), else undefined. */
function quickExpr(text: string): Expr | undefined {
    if (text.length > 4096) return undefined;
    if (QUICK_STRING.test(text)) return { k: "lit", v: text.slice(1, -1) };
    if (QUICK_NUMBER.test(text)) return { k: "lit", v: Number(text) };
    if (KEYWORDS[text]) return KEYWORDS[text];
    if (QUICK_PATH.test(text)) {
        const [root, ...rest] = text.split(".");
        const base: Expr = { k: "var", name: root };
        return rest.length === 0 ? base : { k: "traverse", base, steps: rest.map((name) => ({ k: "attr", name })) };
    }
    if (QUICK_STRINGS.test(text)) return { k: "tuple", items: (text.match(/"[^"]*"/g) ?? []).map((x) => ({ k: "lit", v: x.slice(1, -1) })) };
    return undefined;
}

/** The escapes of a quoted HCL string. */
function unescape(s: string): string {
    if (!s.includes("\\") && !s.includes("$${") && !s.includes("%%{")) return s;
    return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (m, c: string | undefined) => {
        if (m === "$${") return "${";
        if (m === "%%{") return "%{";
        switch (c![0]) {
            case "n": return "\n";
            case "r": return "\r";
            case "t": return "\t";
            case "u": case "U": return String.fromCodePoint(parseInt(c!.slice(1), 16));
            default: return c!;
        }
    });
}

/** `<<-EOT`: removes the smallest indentation of the non-blank lines (lines start in the literal parts). */
function stripIndent(parts: TemplatePart[]): TemplatePart[] {
    let indent = Infinity;
    parts.forEach((p, i) => {
        if (typeof p !== "string") return;
        const lines = p.split("\n");
        lines.forEach((l, j) => {
            if (j === 0 && i > 0) return; // the rest of a line that started before this part
            const ws = /^[ \t]*/.exec(l)![0].length;
            const endsPart = j === lines.length - 1 && i < parts.length - 1;
            if (ws < l.length || endsPart) indent = Math.min(indent, ws);
        });
    });
    if (!isFinite(indent) || indent === 0) return parts;
    return parts.map((p, i) => (typeof p !== "string" ? p : p.split("\n").map((l, j) => (j === 0 && i > 0 ? l : l.slice(Math.min(indent, /^[ \t]*/.exec(l)![0].length)))).join("\n")));
}

/** The first syntax error of a tree: a MISSING token or an ERROR node. */
function syntaxError(root: Node): Node | undefined {
    const stack: Node[] = [root];
    while (stack.length > 0) {
        const n = stack.pop()!;
        if (n.isMissing || n.isError) return n;
        if (!n.hasError) continue;
        const cs = n.children.filter((x): x is Node => x !== null);
        for (let i = cs.length - 1; i >= 0; i--) stack.push(cs[i]);
    }
    return undefined;
}

/** Parses one HCL file; a syntax error is a UsageError with file:line:column and what the parser found. */
export async function parseHcl(file: string, text: string): Promise<Body> {
    const parser = await hclParser();
    const tree = parser.parse(text);
    if (!tree) throw new UsageError(`${file}: the HCL parser gave no result`);
    try {
        const root = tree.rootNode;
        const bad = root.hasError ? syntaxError(root) : undefined;
        if (bad) {
            const p = bad.startPosition;
            const what = bad.isMissing ? `missing ${JSON.stringify(bad.type)}` : `unexpected ${JSON.stringify(bad.text.split("\n")[0].slice(0, 40) || "end of file")}`;
            throw new UsageError(`${file}:${p.row + 1}:${p.column + 1}: HCL syntax error: ${what}`);
        }
        const c = new Converter(file, text);
        const top = root.namedChildren.find((x) => x?.type === "body" || x?.type === "object");
        if (top?.type === "object") c.fail(top, "expected attributes and blocks, found an object");
        return c.body(top ?? undefined, 0);
    } finally {
        tree.delete();
    }
}
