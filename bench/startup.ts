// Start-up benchmark: time from spawning a pack the way the Pulumi CLI does
// (`node @pulumi/pulumi/cmd/run-policy-pack <engine> .` in the pack directory) until it prints its
// gRPC port, for ACKGuard and for an empty pack on the same SDK (same node_modules), alternating
// runs, medians and the ratio. Usage: npm run bench [-- --runs 9]
import { startPackProcess } from "../cli/engine/analyzer";
import { makeEmptyPack, ROOT } from "./packs";

function median(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function time(dir: string): Promise<number> {
    const p = await startPackProcess(dir);
    p.stop();
    return p.startupMs;
}

async function main(): Promise<void> {
    const i = process.argv.indexOf("--runs");
    const runs = i > 0 ? Number(process.argv[i + 1]) : 7;
    const EMPTY = makeEmptyPack();
    await time(ROOT); // warm the file cache once for both
    await time(EMPTY);
    const ack: number[] = [];
    const empty: number[] = [];
    for (let r = 0; r < runs; r++) {
        empty.push(await time(EMPTY));
        ack.push(await time(ROOT));
    }
    const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(", ");
    console.log(`node ${process.version}, ${runs} alternating runs, spawn -> port printed (ms)`);
    console.log(`empty pack : median ${median(empty).toFixed(0)} ms  [${fmt(empty)}]`);
    console.log(`ackguard   : median ${median(ack).toFixed(0)} ms  [${fmt(ack)}]`);
    console.log(`ratio ackguard/empty: ${(median(ack) / median(empty)).toFixed(3)}`);
}

main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
});
