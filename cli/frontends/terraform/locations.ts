// Where each Terraform resource block is declared: scans the .tf files of the working directory and
// of the modules it calls (local sources, and those `terraform init` recorded in
// .terraform/modules/modules.json), keyed by configuration address (`module.ack.alicloud_x.name`).
import * as fs from "fs";
import * as path from "path";
import type { SourceLocation } from "../../engine/report";

const RESOURCE = /^\s*resource\s+"([^"]+)"\s+"([^"]+)"/;
const MODULE = /^\s*module\s+"([^"]+)"/;
const SOURCE = /^\s*source\s*=\s*"([^"]+)"/;

/** The `.tf` files of a directory (none when it cannot be read). */
export function tfFiles(dir: string): string[] {
    try {
        return fs.readdirSync(dir).filter((f) => f.endsWith(".tf")).sort().map((f) => path.join(dir, f));
    } catch {
        return [];
    }
}

/** Module directories `terraform init` installed, by module key ("ack" or "ack.nodes"). */
export function installedModules(root: string): Map<string, string> {
    const out = new Map<string, string>();
    try {
        const doc = JSON.parse(fs.readFileSync(path.join(root, ".terraform", "modules", "modules.json"), "utf8"));
        for (const m of Array.isArray(doc?.Modules) ? doc.Modules : []) {
            if (typeof m?.Key === "string" && typeof m?.Dir === "string" && m.Key !== "") out.set(m.Key, path.resolve(root, m.Dir));
        }
    } catch {
        /* no modules installed */
    }
    return out;
}

export interface Declaration {
    location: SourceLocation;
    /** `lifecycle { prevent_destroy = true }`: Terraform's counterpart of Pulumi's `protect`, absent from plan JSON. */
    preventDestroy: boolean;
    /** Blocks the resource writes with `dynamic "<name>"`: absent from the plan's configuration expressions. */
    dynamicBlocks: string[];
}

/**
 * The text of the block that opens on line `i` (braces counted outside strings and comments), with
 * string contents blanked (`code`) and with them (`raw`, comments dropped).
 */
function blockText(lines: string[], i: number): { code: string; raw: string } {
    let depth = 0;
    let opened = false;
    const code: string[] = [];
    const raw: string[] = [];
    for (let j = i; j < lines.length && j < i + 5000; j++) {
        const line = lines[j].replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/(#|\/\/).*$/, "");
        code.push(line);
        raw.push(lines[j].replace(/^\s*(#|\/\/).*$/, ""));
        for (const ch of line) {
            if (ch === "{") {
                depth++;
                opened = true;
            } else if (ch === "}") depth--;
        }
        if (opened && depth <= 0) break;
    }
    return { code: code.join("\n"), raw: raw.join("\n") };
}

const PREVENT_DESTROY = /lifecycle\s*\{[^{}]*prevent_destroy\s*=\s*true/;
const DYNAMIC = /\bdynamic\s+"([^"]+)"\s*\{/g;

function declaration(file: string, lines: string[], i: number): Declaration {
    const text = blockText(lines, i);
    return { location: { file, line: i + 1 }, preventDestroy: PREVENT_DESTROY.test(text.code), dynamicBlocks: [...text.raw.matchAll(DYNAMIC)].map((m) => m[1]) };
}

/** What one .tf file declares, in order. */
interface FileScan {
    resources: { key: string; declaration: Declaration }[];
    modules: { name: string; source?: string }[];
}

function scanFile(file: string, relativeTo: string): FileScan {
    const none: FileScan = { resources: [], modules: [] };
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch {
        return none;
    }
    if (text.length > 16 * 1024 * 1024) return none;
    const lines = text.split("\n");
    const rel = path.relative(relativeTo, file).split(path.sep).join("/");
    const out: FileScan = { resources: [], modules: [] };
    for (let i = 0; i < lines.length; i++) {
        const r = RESOURCE.exec(lines[i]);
        if (r) {
            out.resources.push({ key: `${r[1]}.${r[2]}`, declaration: declaration(rel, lines, i) });
            continue;
        }
        const m = MODULE.exec(lines[i]);
        if (!m) continue;
        let source: string | undefined;
        for (let j = i + 1; j < lines.length && j < i + 200 && !/^\}/.test(lines[j]); j++) {
            const s = SOURCE.exec(lines[j]);
            if (s) {
                source = s[1];
                break;
            }
        }
        out.modules.push({ name: m[1], source });
    }
    return out;
}

/** Module nesting followed at most (Terraform configurations rarely pass 5). */
const MAX_MODULE_DEPTH = 16;
/** Module calls followed at most: one module called from many places stays a bounded walk. */
export const MAX_MODULE_CALLS = 10000;

/**
 * Configuration address -> declaration, paths relative to `relativeTo` with forward slashes. Each
 * file is read once; a module that calls itself (`source = "./"`, or through others) is not
 * followed again, and the walk stops after MAX_MODULE_CALLS calls: locations are a convenience, and
 * a configuration that loops must not keep ackguard busy (or deaf to signals) for long.
 */
export function scanLocations(root: string, relativeTo: string = process.cwd()): Map<string, Declaration> {
    const out = new Map<string, Declaration>();
    const installed = installedModules(root);
    const scanned = new Map<string, FileScan>();
    let calls = 0;
    const realDir = (dir: string) => {
        try {
            return fs.realpathSync(dir);
        } catch {
            return dir;
        }
    };
    const visit = (dir: string, mods: string[], ancestors: ReadonlySet<string>) => {
        const real = realDir(dir);
        if (mods.length > MAX_MODULE_DEPTH || ancestors.has(real) || ++calls > MAX_MODULE_CALLS) return;
        const inside = new Set(ancestors).add(real);
        const prefix = mods.map((m) => `module.${m}.`).join("");
        for (const file of tfFiles(dir)) {
            let scan = scanned.get(file);
            if (scan === undefined) {
                scan = scanFile(file, relativeTo);
                scanned.set(file, scan);
            }
            for (const r of scan.resources) if (!out.has(prefix + r.key)) out.set(prefix + r.key, r.declaration);
            for (const m of scan.modules) {
                const child = [...mods, m.name];
                const dirOf = m.source !== undefined && /^\.\.?\//.test(m.source) ? path.resolve(dir, m.source) : installed.get(child.join("."));
                if (dirOf !== undefined) visit(dirOf, child, inside);
            }
        }
    };
    visit(path.resolve(root), [], new Set());
    return out;
}
