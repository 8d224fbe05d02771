// The layering of the codebase: model/ knows nothing above it; policies/ and gates/ know only model/;
// cli/ never reaches into policies/; inside cli/, engine/ knows no front end, report or command,
// front ends know no report or command, reports know no command. And no import circle anywhere.
// (The gate and the policy sharing one authenticator rule is checked by running both: test/gates.test.ts.)
import * as fs from "fs";
import * as path from "path";
import { ACKGUARD_DIR } from "../cli/engine/paths";

const SOURCE_DIRS = ["model", "policies", "gates", "cli", "index.ts"];

function sourceFiles(): string[] {
    const out: string[] = [];
    const walk = (p: string) => {
        const abs = path.join(ACKGUARD_DIR, p);
        if (fs.statSync(abs).isDirectory()) for (const f of fs.readdirSync(abs)) walk(path.join(p, f));
        else if (p.endsWith(".ts") && !p.endsWith(".d.ts")) out.push(p.split(path.sep).join("/"));
    };
    SOURCE_DIRS.forEach(walk);
    return out.sort();
}

/** Relative imports of a file (static, re-exports, dynamic import()), resolved to repository paths. */
function importsOf(file: string): string[] {
    const text = fs.readFileSync(path.join(ACKGUARD_DIR, file), "utf8");
    const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^"';]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g)]
        .map((m) => m[1] ?? m[2] ?? m[3]).filter((s) => s.startsWith("."));
    return specs.map((s) => {
        const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), s));
        return [`${base}.ts`, `${base}/index.ts`].find((c) => fs.existsSync(path.join(ACKGUARD_DIR, c))) ?? base;
    });
}

const files = sourceFiles();
const graph = new Map(files.map((f) => [f, importsOf(f)]));

// Each layer and what it must never import (by path prefix).
const FORBIDDEN: [string, string[]][] = [
    ["model/", ["policies/", "gates/", "cli/", "index.ts"]],
    ["policies/", ["gates/", "cli/", "index.ts"]],
    ["gates/", ["policies/", "cli/", "index.ts"]],
    ["cli/", ["policies/", "index.ts"]],
    ["cli/engine/", ["cli/frontends/", "cli/report/", "cli/commands/", "cli/main.ts"]],
    ["cli/frontends/", ["cli/report/", "cli/commands/", "cli/main.ts"]],
    ["cli/report/", ["cli/commands/", "cli/main.ts"]],
    ["cli/commands/", ["cli/main.ts"]],
];

test("the source tree is read (the test sees the layers it checks)", () => {
    for (const dir of ["model/", "policies/", "gates/", "cli/engine/", "cli/frontends/", "cli/report/", "cli/commands/"]) {
        expect([dir, files.some((f) => f.startsWith(dir))]).toEqual([dir, true]);
    }
    expect(graph.get("cli/commands/plan.ts")).toContain("gates/index.ts");
});

test("no import from a lower layer to a higher one", () => {
    const bad: string[] = [];
    for (const [file, deps] of graph) {
        for (const [layer, never] of FORBIDDEN) {
            if (!file.startsWith(layer)) continue;
            for (const d of deps) if (never.some((n) => d.startsWith(n))) bad.push(`${file} -> ${d}`);
        }
    }
    expect(bad).toEqual([]);
});

test("no import circle", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (f: string) => {
        state.set(f, "open");
        stack.push(f);
        for (const d of graph.get(f) ?? []) {
            if (!graph.has(d)) continue;
            if (state.get(d) === "open") cycles.push([...stack.slice(stack.indexOf(d)), d].join(" -> "));
            else if (!state.has(d)) visit(d);
        }
        stack.pop();
        state.set(f, "done");
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
});
