// Offline expansion of the @pulumi/kubernetes YAML components that the provider expands in a real
// preview (`kubernetes:yaml/v2:ConfigGroup`, `kubernetes:yaml/v2:ConfigFile` are remote components:
// the provider's Construct parses the manifests and registers one resource per object). Under mocks
// no provider runs, so without this the Deployments inside them would be invisible to the policies.
// Naming follows the provider (pulumi-kubernetes provider/pkg/provider/yaml/v2): the object's
// `name`, or `namespace/name`, prefixed by `resourcePrefix` (default: the component's name) and "-";
// type `kubernetes:<group or core>/<version>:<Kind>`; parent: the component; List kinds are
// traversed; `data` / `stringData` of a v1/Secret are secrets.
import * as fs from "fs";
import * as path from "path";
import * as yaml from "js-yaml";
import { isUnknown, secret } from "../../../model/wire";

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

/** Plain values of wire-form inputs (secrets unwrapped: the manifest text itself is what we parse). */
function plain(v: unknown): unknown {
    if (Array.isArray(v)) return v.map(plain);
    if (v !== null && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (o["4dabf18193072939515e22adb298388d"] === "1b47061264138c4ac30d75fd1eb44270") return plain(o.value);
        return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, plain(x)]));
    }
    return v;
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

function readManifests(files: string[], cwd: string, globbing: boolean): string[] {
    const texts: string[] = [];
    for (const f of files) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(f)) throw new NotExpandable(`manifest ${f} is fetched over the network by the provider`);
        const list = globbing && GLOB.test(f) ? glob(f, cwd) : [path.resolve(cwd, f)];
        for (const file of list) {
            try {
                texts.push(fs.readFileSync(file, "utf8"));
            } catch (e) {
                // The provider fails the preview the same way ("reading YAML file from disk").
                throw new Error(`${f}: cannot read the manifest (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
            }
        }
    }
    return texts;
}

function typeOf(apiVersion: string, kind: string): string {
    const [group, version] = apiVersion.includes("/") ? apiVersion.split("/", 2) : ["core", apiVersion];
    return `kubernetes:${group}/${version}:${kind}`;
}

function objects(obj: Record<string, unknown>, prefix: string, skipAwait: boolean, out: ExpandedChild[]): void {
    const kind = obj.kind;
    const apiVersion = obj.apiVersion;
    if (typeof kind !== "string" || typeof apiVersion !== "string" || kind === "" || apiVersion === "") {
        throw new Error("Kubernetes resources require a kind and apiVersion");
    }
    if (kind.endsWith("List") && Array.isArray(obj.items)) {
        for (const item of obj.items) objects(item as Record<string, unknown>, prefix, skipAwait, out);
        return;
    }
    const meta = (obj.metadata ?? {}) as Record<string, unknown>;
    if (typeof meta.name !== "string" || meta.name === "") {
        throw new Error(`YAML object does not have a .metadata.name (${apiVersion}/${kind})`);
    }
    let name = typeof meta.namespace === "string" && meta.namespace !== "" ? `${meta.namespace}/${meta.name}` : meta.name;
    if (prefix !== "") name = `${prefix}-${name}`;
    const props: Record<string, unknown> = { ...obj };
    if (skipAwait) {
        props.metadata = { ...meta, annotations: { ...((meta.annotations ?? {}) as object), "pulumi.com/skipAwait": "true" } };
    }
    if (`${apiVersion}/${kind}` === "v1/Secret") {
        for (const k of ["data", "stringData"]) if (k in props) props[k] = secret(props[k]);
    }
    out.push({ type: typeOf(apiVersion, kind), name, props });
}

/**
 * The resources the provider would register for a YAML v2 component with these (wire-form) inputs.
 * Throws NotExpandable for what cannot be expanded offline (unknown inputs, manifests from URLs).
 */
export function expandYamlComponent(type: string, componentName: string, inputs: Record<string, unknown>, cwd: string): ExpandedChild[] {
    if (containsUnknown(inputs)) throw new NotExpandable("its inputs are unknown at preview");
    const args = plain(inputs) as Record<string, unknown>;
    const prefix = typeof args.resourcePrefix === "string" ? args.resourcePrefix : componentName;
    const texts: string[] = [];
    if (type === "kubernetes:yaml/v2:ConfigFile") {
        if (typeof args.file !== "string") throw new Error("ConfigFile needs a file");
        texts.push(...readManifests([args.file], cwd, false));
    } else {
        const files = typeof args.files === "string" ? [args.files] : Array.isArray(args.files) ? args.files.map(String) : [];
        texts.push(...readManifests(files, cwd, true));
        if (typeof args.yaml === "string") texts.push(args.yaml);
        else if (Array.isArray(args.yaml)) texts.push(...args.yaml.map(String));
    }
    const objs: Record<string, unknown>[] = [];
    for (const t of texts) {
        for (const doc of yaml.loadAll(t)) {
            if (doc !== null && typeof doc === "object" && Object.keys(doc as object).length > 0) objs.push(doc as Record<string, unknown>);
        }
    }
    if (Array.isArray(args.objs)) objs.push(...(args.objs as Record<string, unknown>[]));
    const out: ExpandedChild[] = [];
    for (const o of objs) objects(o, prefix, args.skipAwait === true, out);
    return out;
}
