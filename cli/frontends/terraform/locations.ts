// Where each Terraform resource block is declared: scans the .tf files of the working directory and
// of the modules it calls (local sources, and those `terraform init` recorded in
// .terraform/modules/modules.json), keyed by configuration address (`module.ack.alicloud_x.name`).
import * as fs from "fs";
import * as path from "path";
import type { SourceLocation } from "../../engine/report";

const RESOURCE = /^\s*resource\s+"([^"]+)"\s+"([^"]+)"/;
const MODULE = /^\s*module\s+"([^"]+)"/;
const SOURCE = /^\s*source\s*=\s*"([^"]+)"/;

function tfFiles(dir: string): string[] {
    try {
        return fs.readdirSync(dir).filter((f) => f.endsWith(".tf")).sort().map((f) => path.join(dir, f));
    } catch {
        return [];
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
        /* no modules installed */
    }
    return out;
}

export interface Declaration {
    location: SourceLocation;
    /** `lifecycle { prevent_destroy = true }`: Terraform's counterpart of Pulumi's `protect`, absent from plan JSON. */
    preventDestroy: boolean;
}

/** The text of the block that opens on line `i` (braces counted outside strings and comments). */
function blockText(lines: string[], i: number): string {
    let depth = 0;
    let opened = false;
    const out: string[] = [];
    for (let j = i; j < lines.length && j < i + 5000; j++) {
        const line = lines[j].replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/(#|\/\/).*$/, "");
        out.push(line);
        for (const ch of line) {
            if (ch === "{") {
                depth++;
                opened = true;
            } else if (ch === "}") depth--;
        }
        if (opened && depth <= 0) break;
    }
    return out.join("\n");
}

const PREVENT_DESTROY = /lifecycle\s*\{[^{}]*prevent_destroy\s*=\s*true/;

/** Configuration address -> declaration, paths relative to `relativeTo` with forward slashes. */
export function scanLocations(root: string, relativeTo: string = process.cwd()): Map<string, Declaration> {
    const out = new Map<string, Declaration>();
    const installed = installedModules(root);
    const visit = (dir: string, mods: string[], depth: number) => {
        if (depth > 16) return;
        for (const file of tfFiles(dir)) {
            let text: string;
            try {
                text = fs.readFileSync(file, "utf8");
            } catch {
                continue;
            }
            if (text.length > 16 * 1024 * 1024) continue;
            const lines = text.split("\n");
            const rel = path.relative(relativeTo, file).split(path.sep).join("/");
            const prefix = mods.map((m) => `module.${m}.`).join("");
            for (let i = 0; i < lines.length; i++) {
                const r = RESOURCE.exec(lines[i]);
                if (r) {
                    const key = `${prefix}${r[1]}.${r[2]}`;
                    if (!out.has(key)) out.set(key, { location: { file: rel, line: i + 1 }, preventDestroy: PREVENT_DESTROY.test(blockText(lines, i)) });
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
                const child = [...mods, m[1]];
                const dirOf = source !== undefined && /^\.\.?\//.test(source) ? path.resolve(dir, source) : installed.get(child.join("."));
                if (dirOf !== undefined) visit(dirOf, child, depth + 1);
            }
        }
    };
    visit(path.resolve(root), [], 0);
    return out;
}
