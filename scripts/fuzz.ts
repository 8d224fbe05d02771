// The longer fuzz run: `npm run fuzz [-- --runs 20000 --seed 7]`. Same properties as
// test/fuzz.test.ts, more cases, every distinct failure collected; prints the shapes tried by type.
import { Harness } from "../test/harness";
import { runFuzz } from "../test/fuzz";

function arg(name: string, dflt: number): number {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : dflt;
}

async function main(): Promise<void> {
    const runs = arg("--runs", 20000);
    const seed = arg("--seed", 20261201);
    const t0 = Date.now();
    const h = await Harness.start();
    const { stats, failures } = await runFuzz(h, { seed, resourceRuns: runs, stackRuns: Math.ceil(runs / 4), collect: true, progress: (n, f) => console.error(`${n} cases, ${f} failure(s), ${((Date.now() - t0) / 1000).toFixed(0)} s`) });
    const s = (Date.now() - t0) / 1000;
    console.log(`seed ${seed}: ${stats.analyses} Analyze calls, ${stats.stacks * 2} AnalyzeStack calls (${stats.stacks} stacks) in ${s.toFixed(0)} s`);
    console.log("cases by type (resource cases; 'stack' = resources inside fuzzed stacks):");
    for (const [t, n] of [...stats.byType].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(7)}  ${t}`);
    console.log("shapes tried (mutations and graph oddities):");
    for (const [k, n] of [...stats.byMutation].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(7)}  ${k}`);
    console.log(`${failures.length} distinct failure(s)`);
    for (const f of failures) console.log(`- ${f.property} [${f.type}] ${f.detail}\n  props: ${JSON.stringify(f.props).slice(0, 600)}`);
    process.exit(failures.length > 0 ? 1 : 0);
}

main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
});
