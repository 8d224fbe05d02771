// The CLI and the pack as child processes, the way users and the Pulumi CLI run them.
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { AnalyzerClient, startPackProcess, PackProcess } from "../cli/engine/analyzer";
import { ACKGUARD_DIR } from "../cli/commands/preview";

/** The compiled `ackguard` command. */
export const CLI = path.join(__dirname, "..", "cli", "main.js");

export interface CliRun {
    code: number;
    stdout: string;
    stderr: string;
}

/** Runs `ackguard <args>` in `cwd` and resolves with its exit code and output (reports up to 64 MB). */
export function runCli(args: string[], cwd = ACKGUARD_DIR): Promise<CliRun> {
    return new Promise((resolve) => {
        execFile(process.execPath, [CLI, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
            resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout: String(stdout), stderr: String(stderr) });
        });
    });
}

/**
 * Starts the pack in `dir` as its own process before the file's tests (as the CLI starts it), hands
 * its client to `use`, and stops both after them.
 */
export function withPackProcess(use: (client: AnalyzerClient, pack: PackProcess) => void, dir = ACKGUARD_DIR): void {
    let pack: PackProcess | undefined;
    let client: AnalyzerClient | undefined;
    beforeAll(async () => {
        pack = await startPackProcess(dir);
        client = new AnalyzerClient(pack.address);
        use(client, pack);
    });
    afterAll(() => {
        client?.close();
        pack?.stop();
    });
}

/**
 * Writes a program directory under examples/ (so it resolves ACKGuard's node_modules) with a
 * Pulumi.yaml and its own package.json (else, as in Pulumi, the search for one would find
 * ACKGuard's); `files` add to or replace them. The caller removes it.
 */
export function writeProgram(files: Record<string, string>, name = "prog"): string {
    const dir = fs.mkdtempSync(path.join(ACKGUARD_DIR, "examples", ".tmp-"));
    const all = { "Pulumi.yaml": `name: ${name}\nruntime: nodejs\n`, "package.json": `{ "name": "${name}", "private": true }\n`, ...files };
    for (const [f, text] of Object.entries(all)) {
        fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        fs.writeFileSync(path.join(dir, f), text);
    }
    return dir;
}
