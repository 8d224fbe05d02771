// Summarises a .cpuprofile: self time and total (inclusive) time by function, top N.
// Usage: node dist/bench/profileSummary.js file.cpuprofile [--top 30]
import * as fs from "fs";
import * as path from "path";

interface Node {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
}

function main(): void {
    const file = process.argv[2];
    const i = process.argv.indexOf("--top");
    const top = i > 0 ? Number(process.argv[i + 1]) : 30;
    const prof = JSON.parse(fs.readFileSync(file, "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (n: Node) => `${n.callFrame.functionName || "(anonymous)"} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    let all = 0;
    prof.samples.forEach((id, k) => {
        const dt = prof.timeDeltas[k] ?? 0;
        all += dt;
        const n = byId.get(id)!;
        self.set(label(n), (self.get(label(n)) ?? 0) + dt);
        const seen = new Set<string>();
        for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
            const l = label(byId.get(cur)!);
            if (!seen.has(l)) {
                seen.add(l);
                total.set(l, (total.get(l) ?? 0) + dt);
            }
        }
    });
    const show = (m: Map<string, number>, title: string) => {
        console.log(`${title} (of ${(all / 1000).toFixed(0)} ms sampled)`);
        for (const [l, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
            console.log(`${(t / 1000).toFixed(0).padStart(8)} ms ${((t / all) * 100).toFixed(1).padStart(5)}%  ${l}`);
        }
    };
    show(self, "self time");
    show(total, "total time");
}

main();
