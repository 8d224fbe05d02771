#!/usr/bin/env node
// The `ackguard` command.
//   ackguard preview [program] [--pack DIR] [--policy-pack-config FILE] [--stack NAME] [--config k=v]... [--type-check] [--json]
//   ackguard plan <file> [--format text|json|sarif] [--input KIND] [--tf-dir DIR] [--revoked FILE] [--policy-pack-config FILE] [--pack DIR]
//   ackguard demo
// Exit codes: 0 passed, 1 mandatory violations, 2 usage errors and unreadable input.
import * as path from "path";
import { ConfigError, readPolicyConfigFile } from "./policyConfig";
import { previewProgram, UsageError } from "./preview";
import { renderText } from "./report";

const USAGE = `usage:
  ackguard preview [program-dir] [--pack DIR] [--policy-pack-config FILE] [--stack NAME]
                   [--config key=value]... [--type-check] [--json]
  ackguard plan <plan.json> [--format text|json|sarif] [--revoked FILE] [--policy-pack-config FILE] [--pack DIR]
                [--input terraform|pulumi-preview|stack-export] [--tf-dir DIR]
                plan.json: pulumi preview --json | pulumi stack export | terraform show -json tf.plan
                --tf-dir: the .tf files, for file:line (default: the plan's directory if it has .tf files, else .)
  ackguard demo                     gate every bundled example and compare with its expected outcome
  ackguard help`;

interface Parsed {
    positional: string[];
    flags: Map<string, string[]>;
}

const VALUE_FLAGS = new Set(["--pack", "--policy-pack-config", "--stack", "--config", "--format", "--revoked", "--input", "--tf-dir"]);
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
    const configFile = one(p, "--policy-pack-config");
    const report = await previewProgram(p.positional[0] ?? ".", {
        stack: one(p, "--stack"),
        config: p.flags.get("--config"),
        policyConfig: configFile ? readPolicyConfigFile(configFile) : undefined,
        packDir: one(p, "--pack") ? path.resolve(one(p, "--pack")!) : undefined,
        typeCheck: p.flags.has("--type-check"),
    });
    console.log(p.flags.has("--json") ? JSON.stringify(report, null, 2) : renderText(report));
    return report.totals.mandatory > 0 ? 1 : 0;
}

async function plan(args: string[]): Promise<number> {
    const p = parse(args);
    if (p.positional.length !== 1) throw new UsageError("plan takes one file (the JSON of 'pulumi preview --json', 'pulumi stack export' or 'terraform show -json')");
    const format = one(p, "--format") ?? (p.flags.has("--json") ? "json" : "text");
    if (!["text", "json", "sarif"].includes(format)) throw new UsageError(`--format must be text, json or sarif, got "${format}"`);
    const configFile = one(p, "--policy-pack-config");
    const { planFile, renderPlanText } = await import("./plan");
    const input = one(p, "--input");
    const report = await planFile(p.positional[0], {
        input: input === undefined ? undefined : (await import("./inputs")).parseInputKind(input),
        tfDir: one(p, "--tf-dir"),
        revokedFile: one(p, "--revoked"),
        policyConfig: configFile ? readPolicyConfigFile(configFile) : undefined,
        packDir: one(p, "--pack") ? path.resolve(one(p, "--pack")!) : undefined,
    });
    if (format === "sarif") {
        console.log(JSON.stringify((await import("./sarif")).renderSarif(report), null, 2));
    } else {
        console.log(format === "json" ? JSON.stringify(report, null, 2) : renderPlanText(report));
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
    // Exit once stdout has drained: a large report piped to a file must not be cut short.
    main(process.argv.slice(2)).then((code) => process.stdout.write("", () => process.exit(code)));
}
