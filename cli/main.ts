#!/usr/bin/env node
// The `ackguard` command.
//   ackguard preview [program] [--pack DIR] [--policy-pack-config FILE] [--stack NAME] [--config k=v]... [--type-check] [--format text|json|sarif]
//   ackguard plan <file> [--format text|json|sarif] [--revoked FILE] [--policy-pack-config FILE] [--pack DIR]
//   ackguard demo
// Exit codes: 0 passed, 1 mandatory violations, 2 usage errors and unreadable input.
import * as path from "path";
import { reportJson } from "./canonical";
import { ConfigError, readPolicyConfigFile } from "./policyConfig";
import { previewProgram, UsageError } from "./preview";
import { renderText } from "./report";

const USAGE = `usage:
  ackguard preview [program-dir] [--pack DIR] [--policy-pack-config FILE] [--stack NAME]
                   [--config key=value]... [--type-check] [--format text|json|sarif] [--json]
  ackguard plan <preview.json|stack-export.json> [--format text|json|sarif] [--revoked FILE]
                [--policy-pack-config FILE] [--pack DIR]
  ackguard demo                     gate every bundled example and compare with its expected outcome
  ackguard help`;

interface Parsed {
    positional: string[];
    flags: Map<string, string[]>;
}

const VALUE_FLAGS = new Set(["--pack", "--policy-pack-config", "--stack", "--config", "--format", "--revoked"]);
const BOOL_FLAGS = new Set(["--json", "--type-check"]);

function parse(argv: string[]): Parsed {
    const positional: string[] = [];
    const flags = new Map<string, string[]>();
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const eq = a.indexOf("=");
        const name = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
        if (VALUE_FLAGS.has(name)) {
            const v = eq > 0 && a.startsWith("--") ? a.slice(eq + 1) : argv[++i];
            if (v === undefined) throw new UsageError(`${name} needs a value`);
            flags.set(name, [...(flags.get(name) ?? []), v]);
        } else if (BOOL_FLAGS.has(a)) {
            flags.set(a, ["true"]);
        } else if (a.startsWith("-")) {
            throw new UsageError(`unknown option ${a}`);
        } else {
            positional.push(a);
        }
    }
    return { positional, flags };
}

const one = (p: Parsed, f: string) => p.flags.get(f)?.slice(-1)[0];

async function preview(args: string[]): Promise<number> {
    const p = parse(args);
    if (p.positional.length > 1) throw new UsageError("preview takes one program directory");
    const format = one(p, "--format") ?? (p.flags.has("--json") ? "json" : "text");
    if (!["text", "json", "sarif"].includes(format)) throw new UsageError(`--format must be text, json or sarif, got "${format}"`);
    const configFile = one(p, "--policy-pack-config");
    const opts = {
        stack: one(p, "--stack"),
        config: p.flags.get("--config"),
        policyConfig: configFile ? readPolicyConfigFile(configFile) : undefined,
        packDir: one(p, "--pack") ? path.resolve(one(p, "--pack")!) : undefined,
        typeCheck: p.flags.has("--type-check"),
    };
    if (format === "sarif") {
        const { previewSarif, sarifText } = await import("./sarif");
        const log = await previewSarif(p.positional[0] ?? ".", opts);
        console.log(sarifText(log));
        return log.runs[0].results.some((x) => x.properties.enforcementLevel === "mandatory") ? 1 : 0;
    }
    const report = await previewProgram(p.positional[0] ?? ".", opts);
    console.log(format === "json" ? reportJson(report) : renderText(report));
    return report.totals.mandatory > 0 ? 1 : 0;
}

async function plan(args: string[]): Promise<number> {
    const p = parse(args);
    if (p.positional.length !== 1) throw new UsageError("plan takes one file (the JSON of 'pulumi preview --json' or 'pulumi stack export')");
    const format = one(p, "--format") ?? (p.flags.has("--json") ? "json" : "text");
    if (!["text", "json", "sarif"].includes(format)) throw new UsageError(`--format must be text, json or sarif, got "${format}"`);
    const configFile = one(p, "--policy-pack-config");
    const { planFile, renderPlanText } = await import("./plan");
    const report = await planFile(p.positional[0], {
        revokedFile: one(p, "--revoked"),
        policyConfig: configFile ? readPolicyConfigFile(configFile) : undefined,
        packDir: one(p, "--pack") ? path.resolve(one(p, "--pack")!) : undefined,
    });
    if (format === "sarif") {
        const { renderSarif, sarifText } = await import("./sarif");
        console.log(sarifText(renderSarif(report)));
    } else {
        console.log(format === "json" ? reportJson(report) : renderPlanText(report));
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
                return await (await import("./demo")).demo();
            case "help":
            case "--help":
            case "-h":
                console.log(USAGE);
                return 0;
            default:
                throw new UsageError(command ? `unknown command "${command}"` : "no command given");
        }
    } catch (e) {
        if (e instanceof UsageError || e instanceof ConfigError) {
            console.error(`ackguard: ${e.message}`);
            if (/unknown command|no command|unknown option|needs a value|takes one|--format must/.test(e.message)) console.error(USAGE);
            return 2;
        }
        console.error(`ackguard: internal error: ${(e as Error).message}`);
        return 2;
    }
}

if (require.main === module) {
    main(process.argv.slice(2)).then((code) => process.exit(code));
}
