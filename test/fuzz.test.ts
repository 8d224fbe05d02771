// Property-based fuzzing of every policy through the real analyzer (see test/fuzz.ts): fixed seed,
// bounded run. `npm run fuzz` runs the same properties longer.
import { runFuzz } from "./fuzz";
import { Harness } from "./harness";

jest.setTimeout(300000);

test("no policy throws, an unknown never yields a mandatory violation, no secret or credential is echoed (fixed seed)", async () => {
    const h = await Harness.start();
    const { stats, failures } = await runFuzz(h, { seed: 1201, resourceRuns: 150, stackRuns: 40, collect: true });
    expect(failures.map((f) => `${f.property} [${f.type}] ${f.detail}`)).toEqual([]);
    expect(stats.analyses).toBeGreaterThan(150);
});
