// Offline expansion of the @pulumi/kubernetes YAML components that the provider expands in a real
// preview (`kubernetes:yaml/v2:ConfigGroup`, `kubernetes:yaml/v2:ConfigFile` are remote components:
// the provider's Construct parses the manifests and registers one resource per object). Under mocks
// no provider runs, so without this the Deployments inside them would be invisible to the policies.
// Naming follows the provider (pulumi-kubernetes provider/pkg/provider/yaml/v2): the object's
// `name`, or `namespace/name`, prefixed by `resourcePrefix` (default: the component's name) and "-";
// type `kubernetes:<group or core>/<version>:<Kind>`; parent: the component; List kinds are
// traversed; `data` / `stringData` of a v1/Secret are secrets. What the program made secret stays
// secret in the children (a secret `yaml` text makes every property of its objects secret; secret
// fields of `objs` stay where they are), so that no report prints it.
import * as fs from "fs";
import * as path from "path";
import * as yaml from "js-yaml";
import { isSecret, isUnknown, secret, unwrapSecrets } from "../../../model/wire";

export const EXPANDED_COMPONENTS = new Set(["kubernetes:yaml/v2:ConfigGroup", "kubernetes:yaml/v2:ConfigFile"]);

export interface ExpandedChild {
    type: string;
    name: string;
    props: Record<string, unknown>;
}

export class NotExpandable extends Error {}

function containsUnknown(v: unknown, depth = 0): boolean {
    if (depth > 200) return false;
    if (isUnknown(v)) return true;
    if (Array.isArray(v)) return v.some((x) => containsUnknown(x, depth + 1));
    if (v !== null && typeof v === "object") return Object.values(v).some((x) => containsUnknown(x, depth + 1));
    return false;
}


/** A wire value without its secret wrapper, and whether it had one. */
function unwrap(v: unknown): { value: unknown; secret: boolean } {
    return isSecret(v) ? { value: unwrap(v.value).value, secret: true } : { value: v, secret: false };
}

/** A string-or-list input (`files`, `yaml`) as its strings, each with its secrecy. */
function strings(v: unknown): { text: string; secret: boolean }[] {
    const top = unwrap(v);
    const list = typeof top.value === "string" ? [top.value] : Array.isArray(top.value) ? top.value : [];
    return list.map((x) => {
        const el = unwrap(x);
        return { text: String(unwrapSecrets(el.value)), secret: top.secret || el.secret };
    });
}

// go-yaml, which the provider parses manifests with, refuses documents whose decoding is mostly
// alias expansion ("yaml: document contains excessive aliasing": gopkg.in/yaml.v2 v2.4.0 and v3
// decode.go, allowedAliasRatio, checked 2026-12-03). js-yaml shares aliased nodes, so a few hundred
// bytes parse into a graph whose expansion (JSON, the SDK's serialization) needs gigabytes; the same
// rule, counted on the shared graph without expanding it, refuses them first.
const ALIAS_RATIO_LOW = 400000;
const ALIAS_RATIO_HIGH = 4000000;

function allowedAliasRatio(decodes: number): number {
    if (decodes <= ALIAS_RATIO_LOW) return 0.99;
    if (decodes >= ALIAS_RATIO_HIGH) return 0.1;
    return 0.99 - 0.89 * ((decodes - ALIAS_RATIO_LOW) / (ALIAS_RATIO_HIGH - ALIAS_RATIO_LOW));
}

function checkAliasing(doc: unknown): void {
    const sizes = new Map<object, number>();
    let decodes = 0;
    let aliased = 0;
    const check = () => {
        if (aliased > 100 && decodes > 1000 && aliased / decodes > allowedAliasRatio(decodes)) throw new Error("yaml: document contains excessive aliasing");
    };
    // Depth is bounded by js-yaml's maxDepth (100).
    const visit = (v: unknown): number => {
        if (v === null || typeof v !== "object") {
            decodes++;
            return 1;
        }
        const seen = sizes.get(v);
        if (seen !== undefined) {
            decodes += seen;
            aliased += seen;
            check();
            return seen;
        }
        decodes++;
        let n = 1;
        for (const x of Object.values(v)) n += visit(x) + (Array.isArray(v) ? 0 : 1);
        if (!Array.isArray(v)) decodes += Object.keys(v).length;
        sizes.set(v, n);
        check();
        return n;
    };
    visit(doc);
}

/** The non-empty documents of a YAML stream, as the provider reads them (alias bombs refused). */
export function loadYamlDocuments(text: string): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    for (const doc of yaml.loadAll(text)) {
        checkAliasing(doc);
        if (doc !== null && typeof doc === "object" && Object.keys(doc as object).length > 0) out.push(doc as Record<string, unknown>);
    }
    return out;
}

const GLOB = /(?:^|[^\\])[*?[]/;

function globToRegExp(seg: string): RegExp {
    let re = "";
    for (let i = 0; i < seg.length; i++) {
        const c = seg[i];
        if (c === "*") re += "[^/]*";
        else if (c === "?") re += "[^/]";
        else if (c === "[") {
            const end = seg.indexOf("]", i);
            if (end < 0) re += "\\[";
            else {
                re += `[${seg.slice(i + 1, end).replace(/^!/, "^")}]`;
                i = end;
            }
        } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
    }
    return new RegExp(`^${re}$`);
}

/** filepath.Glob: each segment may be a pattern; no `**`. */
function glob(pattern: string, cwd: string): string[] {
    const abs = path.resolve(cwd, pattern);
    const parts = abs.split(path.sep).filter((p) => p !== "");
    let found: string[] = [path.sep];
    for (const part of parts) {
        const next: string[] = [];
        for (const dir of found) {
            if (!GLOB.test(part)) {
                const p = path.join(dir, part);
                if (fs.existsSync(p)) next.push(p);
                continue;
            }
            const re = globToRegExp(part);
            let entries: string[] = [];
            try {
                entries = fs.readdirSync(dir);
            } catch {
                /* not a directory */
            }
            for (const e of entries.sort()) if (re.test(e)) next.push(path.join(dir, e));
        }
        found = next;
    }
    return found;
}

function readManifests(files: { text: string; secret: boolean }[], cwd: string, globbing: boolean): string[] {
    const texts: string[] = [];
    for (const { text: f, secret: hidden } of files) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(f)) throw new NotExpandable(`manifest ${hidden ? "at a secret URL" : f} is fetched over the network by the provider`);
        const list = globbing && GLOB.test(f) ? glob(f, cwd) : [path.resolve(cwd, f)];
        for (const file of list) {
            try {
                texts.push(fs.readFileSync(file, "utf8"));
            } catch (e) {
                // The provider fails the preview the same way ("reading YAML file from disk").
                throw new Error(`${hidden ? "a secret manifest path" : f}: cannot read the manifest (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
            }
        }
    }
    return texts;
}

function typeOf(apiVersion: string, kind: string): string {
    const [group, version] = apiVersion.includes("/") ? apiVersion.split("/", 2) : ["core", apiVersion];
    return `kubernetes:${group}/${version}:${kind}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * The resources of one manifest object. `view` is its plain value (what names and types are read
 * from), `wire` the same object in wire form (secrets kept); `hidden`: every property is secret.
 */
function objects(view: Record<string, unknown>, wire: Record<string, unknown>, hidden: boolean, prefix: string, skipAwait: boolean, out: ExpandedChild[]): void {
    const kind = view.kind;
    const apiVersion = view.apiVersion;
    if (typeof kind !== "string" || typeof apiVersion !== "string" || kind === "" || apiVersion === "") {
        throw new Error("Kubernetes resources require a kind and apiVersion");
    }
    if (kind.endsWith("List") && Array.isArray(view.items)) {
        const items = unwrap(wire.items);
        const wireItems = Array.isArray(items.value) ? items.value : view.items;
        view.items.forEach((item, i) => {
            // apimachinery refuses the same ("Object 'Kind' is missing in 'null'").
            if (!isRecord(item)) throw new Error(`${apiVersion}/${kind} items[${i}] is not an object (${item === null ? "null" : typeof item})`);
            const w = unwrap(wireItems[i]);
            objects(item, isRecord(w.value) ? w.value : item, hidden || items.secret || w.secret, prefix, skipAwait, out);
        });
        return;
    }
    const meta = isRecord(view.metadata) ? view.metadata : {};
    if (typeof meta.name !== "string" || meta.name === "") {
        throw new Error(`YAML object does not have a .metadata.name (${apiVersion}/${kind})`);
    }
    let name = typeof meta.namespace === "string" && meta.namespace !== "" ? `${meta.namespace}/${meta.name}` : meta.name;
    if (prefix !== "") name = `${prefix}-${name}`;
    const props: Record<string, unknown> = { ...wire };
    if (skipAwait) {
        const m = unwrap(props.metadata);
        const wm = isRecord(m.value) ? m.value : {};
        const annotations = unwrap(wm.annotations);
        const withSkip = { ...wm, annotations: { ...(isRecord(annotations.value) ? annotations.value : {}), "pulumi.com/skipAwait": "true" } };
        props.metadata = m.secret ? secret(withSkip) : withSkip;
    }
    // apiVersion and kind are in the resource's type token anyway.
    if (hidden) for (const k of Object.keys(props)) if (k !== "apiVersion" && k !== "kind" && !isSecret(props[k])) props[k] = secret(props[k]);
    if (`${apiVersion}/${kind}` === "v1/Secret") {
        for (const k of ["data", "stringData"]) if (k in props && !isSecret(props[k])) props[k] = secret(props[k]);
    }
    out.push({ type: typeOf(apiVersion, kind), name, props });
}

/**
 * The resources the provider would register for a YAML v2 component with these (wire-form) inputs.
 * Throws NotExpandable for what cannot be expanded offline (unknown inputs, manifests from URLs).
 */
export function expandYamlComponent(type: string, componentName: string, inputs: Record<string, unknown>, cwd: string): ExpandedChild[] {
    if (containsUnknown(inputs)) throw new NotExpandable("its inputs are unknown at preview");
    const args = unwrapSecrets(inputs) as Record<string, unknown>;
    const prefix = typeof args.resourcePrefix === "string" ? args.resourcePrefix : componentName;
    const texts: { text: string; secret: boolean }[] = [];
    if (type === "kubernetes:yaml/v2:ConfigFile") {
        if (typeof args.file !== "string") throw new Error("ConfigFile needs a file");
        texts.push(...readManifests(strings(inputs.file), cwd, false).map((text) => ({ text, secret: false })));
    } else {
        texts.push(...readManifests(strings(inputs.files), cwd, true).map((text) => ({ text, secret: false })));
        texts.push(...strings(inputs.yaml));
    }
    const out: ExpandedChild[] = [];
    const skipAwait = args.skipAwait === true;
    for (const t of texts) {
        for (const doc of loadYamlDocuments(t.text)) objects(doc, doc, t.secret, prefix, skipAwait, out);
    }
    const objs = unwrap(inputs.objs);
    if (Array.isArray(objs.value)) {
        for (const o of objs.value) {
            const w = unwrap(o);
            const view = unwrapSecrets(w.value);
            if (!isRecord(view) || !isRecord(w.value)) throw new Error("Kubernetes resources require a kind and apiVersion");
            objects(view, w.value, objs.secret || w.secret, prefix, skipAwait, out);
        }
    }
    return out;
}
