// A policy pack as the Pulumi CLI runs it: started from its directory (run-policy-pack), spoken to over
// gRPC, stopped after; or a pack already running (tests, the demo).
import * as fs from "fs";
import * as path from "path";
import { AnalyzerClient, PackTimeoutError, startPackProcess } from "./analyzer";
import { UsageError } from "./errors";

/** Deadline of a program run and of each call to the pack (--timeout), milliseconds. */
export const DEFAULT_TIMEOUT_MS = 600000;

/** Checks that `dir` is a policy pack directory before anything is started (exit 2 otherwise). */
export function checkPackDir(dir: string): void {
    let st: fs.Stats;
    try {
        st = fs.statSync(dir);
    } catch {
        throw new UsageError(`--pack ${dir}: no such directory`);
    }
    if (!st.isDirectory()) throw new UsageError(`--pack ${dir} is a file, not a policy pack directory`);
    if (!fs.existsSync(path.join(dir, "PulumiPolicy.yaml"))) throw new UsageError(`--pack ${dir} is not a policy pack: no PulumiPolicy.yaml`);
}

/** Runs `fn` with `client`, or with a pack started from `packDir` (as the CLI starts it) and stopped after. */
export async function withPack<T>(packDir: string, client: AnalyzerClient | undefined, fn: (client: AnalyzerClient) => Promise<T>): Promise<T> {
    if (client) {
        return fn(client);
    }
    let pack;
    try {
        pack = await startPackProcess(packDir);
    } catch (e) {
        throw new UsageError(`cannot start the policy pack: ${(e as Error).message}`);
    }
    const started = new AnalyzerClient(pack.address);
    try {
        return await fn(started);
    } catch (e) {
        if (e instanceof PackTimeoutError) throw new UsageError(e.message);
        throw e;
    } finally {
        started.close();
        pack.stop();
    }
}
