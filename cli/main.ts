#!/usr/bin/env node
// The `ackguard` command.
//   ackguard preview [program] [--pack DIR] [--policy-pack-config FILE] [--stack NAME] [--config k=v]...
//                    [--stack-tag k=v]... [--mocks FILE] [--timeout SECONDS] [--type-check] [--format text|json|sarif]
//   ackguard plan <file> [--format text|json|sarif] [--input KIND] [--tf-dir DIR] [--revoked FILE] [--policy-pack-config FILE] [--pack DIR]
//   ackguard demo
// Exit codes: 0 passed, 1 mandatory violations, 2 usage errors and unreadable input.
import * as fs from "fs";
import * as path from "path";
import { stopAllProcesses } from "./engine/analyzer";
import { ACKGUARD_DIR, ACKGUARD_VERSION } from "./engine/paths";
import { reportJson } from "./report/json";
import { ConfigError, readPolicyConfigFile } from "./engine/policyConfig";
import { checkPackDir, DEFAULT_TIMEOUT_MS, previewProgram, UsageError } from "./commands/preview";
import { renderText } from "./report/text";

const PREVIEW_USAGE = `usage: ackguard preview [program-dir] [--pack DIR] [--policy-pack-config FILE] [--stack NAME]
                       [--config key=value]... [--stack-tag key=value]... [--mocks FILE]
                       [--timeout SECONDS] [--type-check] [--format text|json|sarif] [--json]`;
const PLAN_USAGE = `usage: ackguard plan <plan.json> [--format text|json|sarif] [--revoked FILE] [--policy-pack-config FILE] [--pack DIR]
                    [--input terraform|pulumi-preview|stack-export] [--tf-dir DIR]
       plan.json: pulumi preview --json | pulumi stack export | terraform show -json tf.plan`;
const USAGE = `usage:
  ackguard preview [program-dir] [--pack DIR] [--policy-pack-config FILE] [--stack NAME]
                   [--config key=value]... [--stack-tag key=value]... [--mocks FILE]
                   [--timeout SECONDS] [--type-check] [--format text|json|sarif] [--json]
  ackguard plan <plan.json> [--format text|json|sarif] [--revoked FILE] [--policy-pack-config FILE] [--pack DIR]
                [--input terraform|pulumi-preview|stack-export] [--tf-dir DIR]
                plan.json: pulumi preview --json | pulumi stack export | terraform show -json tf.plan
                --tf-dir: the .tf files, for file:line (default: the plan's directory if it has .tf files, else .)
  ackguard demo                     gate every bundled example and compare with its expected outcome
  ackguard --version
  ackguard help`;

interface Parsed {
    positional: string[];
    flags: Map<string, string[]>;
}

const VALUE_FLAGS: Record<string, Set<string>> = {
    preview: new Set(["--pack", "--policy-pack-config", "--stack", "--config", "--stack-tag", "--mocks", "--timeout", "--format"]),
    plan: new Set(["--pack", "--policy-pack-config", "--format", "--revoked", "--input", "--tf-dir"]),
};
const BOOL_FLAGS: Record<string, Set<string>> = {
    preview: new Set(["--json", "--type-check", "--help", "-h"]),
    plan: new Set(["--json", "--help", "-h"]),
};

function parse(command: "preview" | "plan", argv: string[]): Parsed {
    const positional: string[] = [];
    const flags = new Map<string, string[]>();
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const eq = a.indexOf("=");
        const name = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
        if (VALUE_FLAGS[command].has(name)) {
            const v = eq > 0 && a.startsWith("--") ? a.slice(eq + 1) : argv[++i];
            if (v === undefined) throw new UsageError(`${name} needs a value`);
            if (v === "") throw new UsageError(`${name} needs a non-empty value`);
            flags.set(name, [...(flags.get(name) ?? []), v]);
        } else if (BOOL_FLAGS[command].has(a)) {
            flags.set(a === "-h" ? "--help" : a, ["true"]);
        } else if (a.startsWith("-") && a !== "-") {
            throw new UsageError(`unknown option ${a.length > 60 ? a.slice(0, 60) + "…" : a} for ${command}`);
        } else {
            positional.push(a);
        }
    }
    return { positional, flags };
}

const one = (p: Parsed, f: string) => p.flags.get(f)?.slice(-1)[0];

/** `--timeout SECONDS` (a positive number), in milliseconds. */
function timeoutOf(p: Parsed): number {
    const t = one(p, "--timeout");
    if (t === undefined) return DEFAULT_TIMEOUT_MS;
    const n = Number(t);
    if (!/^\d+(\.\d+)?$/.test(t) || !(n > 0) || n > 86400) throw new UsageError(`--timeout must be a number of seconds between 1 and 86400, got "${t.slice(0, 40)}"`);
    return Math.round(n * 1000);
}

/**
 * Writes all of `text` to stdout and resolves once it is handed to the OS, whatever stdout is (a
 * file, a pipe, a slow reader): the process must not exit before a report is written in full.
 */
export function writeOut(text: string): Promise<void> {
    return new Promise((resolve, reject) => {
        const onError = (e: NodeJS.ErrnoException) => reject(e);
        process.stdout.once("error", onError);
        process.stdout.write(text.endsWith("\n") ? text : text + "\n", (e) => {
            process.stdout.off("error", onError);
            if (e) reject(e);
            else resolve();
        });
    });
}

async function preview(args: string[]): Promise<number> {
    const p = parse("preview", args);
    if (p.flags.has("--help")) {
        await writeOut(PREVIEW_USAGE);
        return 0;
    }
    if (p.positional.length > 1) throw new UsageError("preview takes one program directory");
    const format = one(p, "--format") ?? (p.flags.has("--json") ? "json" : "text");
    if (!["text", "json", "sarif"].includes(format)) throw new UsageError(`--format must be text, json or sarif, got "${format.slice(0, 40)}"`);
    const configFile = one(p, "--policy-pack-config");
    if (one(p, "--pack")) checkPackDir(path.resolve(one(p, "--pack")!));
    const opts = {
        stack: one(p, "--stack"),
        config: p.flags.get("--config"),
        stackTags: p.flags.get("--stack-tag"),
        mocksFile: one(p, "--mocks"),
        timeoutMs: timeoutOf(p),
        policyConfig: configFile ? readPolicyConfigFile(configFile) : undefined,
        packDir: one(p, "--pack") ? path.resolve(one(p, "--pack")!) : undefined,
        typeCheck: p.flags.has("--type-check"),
    };
    if (format === "sarif") {
        const { previewSarif, sarifText } = await import("./report/sarif");
        const log = await previewSarif(p.positional[0] ?? ".", opts);
        await writeOut(sarifText(log));
        return log.runs[0].results.some((x) => x.properties.enforcementLevel === "mandatory") ? 1 : 0;
    }
    const report = await previewProgram(p.positional[0] ?? ".", opts);
    await writeOut(format === "json" ? reportJson(report) : renderText(report));
    return report.totals.mandatory > 0 ? 1 : 0;
}

async function plan(args: string[]): Promise<number> {
    const p = parse("plan", args);
    if (p.flags.has("--help")) {
        await writeOut(PLAN_USAGE);
        return 0;
    }
    if (p.positional.length !== 1) throw new UsageError("plan takes one file (the JSON of 'pulumi preview --json', 'pulumi stack export' or 'terraform show -json')");
    const format = one(p, "--format") ?? (p.flags.has("--json") ? "json" : "text");
    if (!["text", "json", "sarif"].includes(format)) throw new UsageError(`--format must be text, json or sarif, got "${format.slice(0, 40)}"`);
    const configFile = one(p, "--policy-pack-config");
    const { planFile, renderPlanText } = await import("./commands/plan");
    const input = one(p, "--input");
    const report = await planFile(p.positional[0], {
        input: input === undefined ? undefined : (await import("./frontends")).parseInputKind(input),
        tfDir: one(p, "--tf-dir"),
        revokedFile: one(p, "--revoked"),
        policyConfig: configFile ? readPolicyConfigFile(configFile) : undefined,
        packDir: one(p, "--pack") ? path.resolve(one(p, "--pack")!) : undefined,
    });
    if (format === "sarif") {
        const { renderSarif, sarifText } = await import("./report/sarif");
        await writeOut(sarifText(renderSarif(report)));
    } else {
        await writeOut(format === "json" ? reportJson(report) : renderPlanText(report));
    }
    return report.totals.mandatory > 0 ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case "preview":
                return await preview(rest);
            case "plan":
                return await plan(rest);
            case "demo":
                if (rest.includes("--help") || rest.includes("-h")) {
                    await writeOut("usage: ackguard demo    gate every bundled example and compare with its expected outcome");
                    return 0;
                }
                if (rest.length > 0) throw new UsageError(`demo takes no arguments, got "${rest[0].slice(0, 40)}"`);
                // The example programs need the repository's dev dependencies, so the package does not ship them.
                if (!fs.existsSync(path.join(ACKGUARD_DIR, "examples"))) {
                    throw new UsageError("demo runs the example programs of the ACKGuard repository, which an installed package does not ship: run `npm ci && npm run demo` in a clone of the repository");
                }
                return await (await import("./commands/demo")).demo();
            case "--version":
            case "-v":
            case "version":
                await writeOut(ACKGUARD_VERSION);
                return 0;
            case "help":
            case "--help":
            case "-h":
                await writeOut(USAGE);
                return 0;
            default:
                throw new UsageError(command ? `unknown command "${command.slice(0, 40)}"` : "no command given");
        }
    } catch (e) {
        if ((e as NodeJS.ErrnoException)?.code === "EPIPE") {
            // The reader went away (`| head`): nothing more can be delivered.
            return 2;
        }
        if (e instanceof UsageError || e instanceof ConfigError) {
            console.error(`ackguard: ${e.message}`);
            if (/unknown command|no command|unknown option|needs a value|needs a non-empty|takes one|takes no|--format must/.test(e.message)) console.error(USAGE);
            return 2;
        }
        const msg = e instanceof Error ? e.message : String(e);
        console.error(`ackguard: internal error: ${msg.split("\n")[0].slice(0, 500)}`);
        return 2;
    }
}

if (require.main === module) {
    // A CI cancel (SIGTERM), Ctrl-C (SIGINT) or a closed pipe stops the pack and the program ACKGuard started.
    for (const [sig, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]] as const) {
        process.on(sig, () => {
            stopAllProcesses();
            process.exit(code);
        });
    }
    process.stdout.on("error", (e: NodeJS.ErrnoException) => {
        if (e.code === "EPIPE") {
            stopAllProcesses();
            process.exit(2);
        }
    });
    main(process.argv.slice(2)).then((code) => {
        stopAllProcesses();
        process.exitCode = code;
        // Output is flushed (writeOut waited for it); leave once stdout/stderr have drained.
        if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
        else process.stdout.once("drain", () => process.exit(code));
    });
}
