// Generates cli/frontends/terraform/mapping.ts: for each Terraform resource type ACKGuard judges, its Pulumi
// token and, per Terraform attribute, the Pulumi property name and block shape; plus the attributes
// whose values are secrets. Read from the installed @pulumi/alicloud (the XxxArgs interfaces of its
// .d.ts, the nested input types of types/input.d.ts, the additionalSecretOutputs of its .js) and the
// bridge facts in terraform-bridge-facts.ts.
//   node dist/scripts/gen-terraform-mapping.js          writes the file
//   node dist/scripts/gen-terraform-mapping.js --check  exits 1 when the file is stale
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { PLURALISED, TERRAFORM_MAPS, TERRAFORM_TYPES, UNMARKED_CREDENTIALS } from "./terraform-bridge-facts";

export type Shape = "scalar" | "list" | "object" | "list<object>" | "map";
export interface FieldMap {
    pulumi: string;
    shape: Shape;
    fields?: Record<string, FieldMap>;
}
export interface ResourceMap {
    token: string;
    fields: Record<string, FieldMap>;
    /** Top-level Terraform attributes whose values are secrets (provider-sensitive or credentials). */
    sensitive: string[];
}

const ROOT = path.join(__dirname, "..", "..");
export const SDK_DIR = path.dirname(require.resolve("@pulumi/alicloud/package.json", { paths: [ROOT] }));
export const OUT_FILE = path.join(ROOT, "cli", "frontends", "terraform", "mapping.ts");

const sources = new Map<string, ts.SourceFile>();
function source(file: string): ts.SourceFile {
    let sf = sources.get(file);
    if (!sf) {
        sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
        sources.set(file, sf);
    }
    return sf;
}

/** An interface by name, at top level or inside `namespace ns` (types/input.d.ts). */
function findInterface(sf: ts.SourceFile, name: string, ns?: string): ts.InterfaceDeclaration {
    let found: ts.InterfaceDeclaration | undefined;
    const visit = (n: ts.Node, inNs: string | undefined) => {
        if (found) return;
        if (ts.isModuleDeclaration(n)) {
            const body = n.body;
            if (body && ts.isModuleBlock(body)) body.statements.forEach((s) => visit(s, n.name.text));
            return;
        }
        if (ts.isInterfaceDeclaration(n) && n.name.text === name && inNs === ns) found = n;
    };
    sf.statements.forEach((s) => visit(s, undefined));
    if (!found) throw new Error(`interface ${ns ? ns + "." : ""}${name} not found in ${sf.fileName}`);
    return found;
}

const isRef = (t: ts.TypeNode, name: string) => ts.isTypeReferenceNode(t) && t.typeName.getText() === name;

/** `pulumi.Input<X | undefined>` -> X. */
function unwrap(t: ts.TypeNode): ts.TypeNode {
    let cur = t;
    for (;;) {
        if (isRef(cur, "pulumi.Input") && (cur as ts.TypeReferenceNode).typeArguments?.length === 1) {
            cur = (cur as ts.TypeReferenceNode).typeArguments![0];
            continue;
        }
        if (ts.isUnionTypeNode(cur)) {
            const rest = cur.types.filter((x) => x.kind !== ts.SyntaxKind.UndefinedKeyword);
            if (rest.length === 1) {
                cur = rest[0];
                continue;
            }
        }
        if (ts.isParenthesizedTypeNode(cur)) {
            cur = cur.type;
            continue;
        }
        return cur;
    }
}

/** "inputs.cs.NodePoolManagement" -> ["cs", "NodePoolManagement"]. */
function inputType(t: ts.TypeNode): [string, string] | undefined {
    if (!ts.isTypeReferenceNode(t)) return undefined;
    const parts = t.typeName.getText().split(".");
    return parts.length === 3 && parts[0] === "inputs" ? [parts[1], parts[2]] : undefined;
}

const snake = (s: string) => s.replace(/([A-Z])/g, "_$1").toLowerCase();

function fieldsOf(decl: ts.InterfaceDeclaration, tfType: string, prefix: string): Record<string, FieldMap> {
    const out: Record<string, FieldMap> = {};
    const props = decl.members.filter(ts.isPropertySignature).sort((a, b) => a.name.getText().localeCompare(b.name.getText()));
    for (const m of props) {
        const name = m.name.getText().replace(/^"|"$/g, "");
        const pulumiPath = prefix ? `${prefix}.${name}` : name;
        const tfName = PLURALISED[`${tfType}:${pulumiPath}`] ?? snake(name);
        out[tfName] = fieldOf(unwrap(m.type!), name, tfType, pulumiPath);
    }
    return out;
}

function nested(ref: [string, string], tfType: string, pulumiPath: string): Record<string, FieldMap> {
    return fieldsOf(findInterface(source(path.join(SDK_DIR, "types", "input.d.ts")), ref[1], ref[0]), tfType, pulumiPath);
}

function fieldOf(t: ts.TypeNode, pulumi: string, tfType: string, pulumiPath: string): FieldMap {
    if (ts.isArrayTypeNode(t)) {
        const ref = inputType(unwrap(t.elementType));
        return ref ? { pulumi, shape: "list<object>", fields: nested(ref, tfType, pulumiPath) } : { pulumi, shape: "list" };
    }
    const ref = inputType(t);
    if (ref) {
        const shape: Shape = TERRAFORM_MAPS.has(`${tfType}:${pulumiPath}`) ? "map" : "object";
        return { pulumi, shape, fields: nested(ref, tfType, pulumiPath) };
    }
    if (ts.isTypeLiteralNode(t) && t.members.some(ts.isIndexSignatureDeclaration)) return { pulumi, shape: "map" };
    return { pulumi, shape: "scalar" };
}

/** "alicloud:cs/nodePool:NodePool" -> the .d.ts, the .js and the Args interface name. */
function sdkFiles(token: string): { dts: string; js: string; args: string } {
    const m = /^alicloud:([a-z0-9]+)\/([A-Za-z0-9]+):([A-Za-z0-9]+)$/.exec(token);
    if (!m) throw new Error(`unexpected token ${token}`);
    return { dts: path.join(SDK_DIR, m[1], `${m[2]}.d.ts`), js: path.join(SDK_DIR, m[1], `${m[2]}.js`), args: `${m[3]}Args` };
}

/** The Pulumi properties the SDK makes secret (additionalSecretOutputs in the resource's constructor). */
function secretOutputs(jsFile: string): string[] {
    const m = /additionalSecretOutputs:\s*\[([^\]]*)\]/.exec(fs.readFileSync(jsFile, "utf8"));
    return m ? [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]) : [];
}

export function generateMapping(): Record<string, ResourceMap> {
    const out: Record<string, ResourceMap> = {};
    for (const [tfType, token] of Object.entries(TERRAFORM_TYPES).sort(([a], [b]) => a.localeCompare(b))) {
        const files = sdkFiles(token);
        const fields = fieldsOf(findInterface(source(files.dts), files.args), tfType, "");
        const byPulumi = new Map(Object.entries(fields).map(([tf, f]) => [f.pulumi, tf]));
        const sensitive = new Set<string>(UNMARKED_CREDENTIALS[tfType] ?? []);
        for (const p of secretOutputs(files.js)) sensitive.add(byPulumi.get(p) ?? snake(p));
        out[tfType] = { token, fields, sensitive: [...sensitive].sort() };
    }
    return out;
}

export function renderMapping(mapping: Record<string, ResourceMap>): string {
    const version: string = JSON.parse(fs.readFileSync(path.join(SDK_DIR, "package.json"), "utf8")).version;
    return [
        `// Generated by scripts/gen-terraform-mapping.ts from @pulumi/alicloud ${version} and`,
        "// scripts/terraform-bridge-facts.ts. Do not edit: run `npm run gen:terraform`.",
        "// Per Terraform resource type: the Pulumi token; per Terraform attribute: the Pulumi property and its",
        "// shape (\"object\" is a one-item Terraform block, a one-element array in plan JSON); secret attributes.",
        "",
        "export type Shape = \"scalar\" | \"list\" | \"object\" | \"list<object>\" | \"map\";",
        "export interface FieldMap {",
        "    pulumi: string;",
        "    shape: Shape;",
        "    fields?: Record<string, FieldMap>;",
        "}",
        "export interface ResourceMap {",
        "    token: string;",
        "    fields: Record<string, FieldMap>;",
        "    sensitive: string[];",
        "}",
        "",
        `export const SDK_VERSION = ${JSON.stringify(version)};`,
        "",
        `export const TERRAFORM_MAPPING: Record<string, ResourceMap> = ${JSON.stringify(mapping, null, 4)};`,
        "",
    ].join("\n");
}

if (require.main === module) {
    const text = renderMapping(generateMapping());
    if (process.argv.includes("--check")) {
        const current = fs.existsSync(OUT_FILE) ? fs.readFileSync(OUT_FILE, "utf8") : "";
        if (current !== text) {
            console.error(`${path.relative(ROOT, OUT_FILE)} is stale: run npm run gen:terraform`);
            process.exit(1);
        }
    } else {
        fs.writeFileSync(OUT_FILE, text);
        console.log(`wrote ${path.relative(ROOT, OUT_FILE)}`);
    }
}
