#!/usr/bin/env node
// The `ackguard` command: one table of commands and their flags (parsed by Node's util.parseArgs), the
// help generated from it, and the exit codes: 0 passed, 1 mandatory violations, 2 anything that is not
// a verdict (a usage error, unreadable input, a program or pack that failed), with a one-line cause.
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { stopAllProcesses } from "./engine/analyzer";
import { UsageError } from "./engine/errors";
import { checkPackDir, DEFAULT_TIMEOUT_MS } from "./engine/pack";
import { ACKGUARD_DIR, ACKGUARD_VERSION } from "./engine/paths";
import { ConfigError, readPolicyConfigFile } from "./engine/policyConfig";
import type { PolicyInfo } from "./engine/analyzer";
import type { Progress } from "./engine/judge";
import type { Report } from "./engine/report";
import { errorJson, reportJson } from "./report/json";
import { errorSarif, renderSarif, sarifText } from "./report/sarif";
import { renderText } from "./report/text";

interface Flag {
    name: string;
    type: "string" | "boolean";
    multiple?: boolean;
    short?: string;
    /** What the value is, for help ("FILE", "key=value"). */
    value?: string;
    help: string;
}

interface Command {
    name: string;
    /** "[program-dir]", "<plan.json>". */
    args: string;
    summary: string;
    flags: Flag[];
    run: (values: Values, positionals: string[]) => Promise<number>;
}

type Values = Record<string, string | boolean | string[] | undefined>;

const FORMATS = ["text", "json", "sarif", "markdown", "gitlab", "junit"] as const;
type Format = (typeof FORMATS)[number];

const FORMAT_FLAG: Flag = {
    name: "format", type: "string", value: FORMATS.join("|"),
    help: "report format: text (default), json (byte-stable), sarif (SARIF 2.1.0, code scanning), markdown (PR comment, job summary), gitlab (Code Quality), junit (JUnit XML)",
};
const QUIET_FLAG: Flag = { name: "quiet", type: "boolean", short: "q", help: "text format: only the findings and the result line" };
const JSON_FLAG: Flag = { name: "json", type: "boolean", help: "same as --format json" };
const CONFIG_FLAG: Flag = { name: "policy-pack-config", type: "string", value: "FILE", help: "levels, knobs and exemptions, in the format of `pulumi preview --policy-pack-config`" };
const PACK_FLAG: Flag = { name: "pack", type: "string", value: "DIR", help: "judge with another Node.js policy pack directory (default: ACKGuard)" };
const AS_OF_FLAG: Flag = { name: "as-of", type: "string", value: "YYYY-MM-DD", help: "judge dated facts (Kubernetes version support) as of this date instead of today, for reproducible runs" };
const REVOKED_FLAG: Flag = { name: "revoked", type: "string", value: "FILE", help: "attestations of revoked kubeconfigs: {\"revoked\":[{\"identity\",\"by\",\"at\",\"ticket\"}]}" };
const HELP_FLAG: Flag = { name: "help", type: "boolean", short: "h", help: "show this help" };

const COMMANDS: Command[] = [
    {
        name: "preview",
        args: "[program-dir]",
        summary: "run a Pulumi program offline under the SDK's mocks and gate it with the pack over the analyzer protocol",
        flags: [
            { name: "stack", type: "string", value: "NAME", help: "stack name (default dev); its Pulumi.<stack>.yaml gives the config" },
            { name: "config", type: "string", multiple: true, value: "key=value", help: "extra stack config (repeatable), as `pulumi config set` would" },
            { name: "stack-tag", type: "string", multiple: true, value: "key=value", help: "stack tag sent to the pack (repeatable), for stack-tag exemptions" },
            { name: "mocks", type: "string", value: "FILE", help: "results of data sources (JSON by invoke token, or a JS module)" },
            { name: "timeout", type: "string", value: "SECONDS", help: `deadline of the program run and of each call to the pack (default ${DEFAULT_TIMEOUT_MS / 1000})` },
            { name: "type-check", type: "boolean", help: "type-check TypeScript programs, as Pulumi does unless told otherwise" },
            CONFIG_FLAG, PACK_FLAG, AS_OF_FLAG, FORMAT_FLAG, JSON_FLAG, QUIET_FLAG, HELP_FLAG,
        ],
        run: preview,
    },
    {
        name: "plan",
        args: "<plan.json>",
        summary: "gate a plan: `pulumi preview --json`, `pulumi stack export` or `terraform show -json`; blocks deleting identities whose kubeconfig was not revoked",
        flags: [
            REVOKED_FLAG,
            { name: "input", type: "string", value: "terraform|pulumi-preview|stack-export", help: "force the input format (default: detected from its shape)" },
            { name: "tf-dir", type: "string", value: "DIR", help: "the .tf files, for file:line (default: the plan's directory if it has .tf files, else .)" },
            CONFIG_FLAG, PACK_FLAG, AS_OF_FLAG, FORMAT_FLAG, JSON_FLAG, QUIET_FLAG, HELP_FLAG,
        ],
        run: plan,
    },
    {
        name: "scan",
        args: "[DIR]",
        summary: "gate a Terraform configuration without a plan (default .): the same judge, policies and deletion gate (with --base) as plan",
        flags: [
            { name: "base", type: "string", value: "DIR", help: "the target branch's configuration: resources there and gone here are planned deletions for the gate" },
            { name: "var", type: "string", multiple: true, value: "name=value", help: "a root variable, as `terraform plan -var` (after terraform.tfvars and *.auto.tfvars)" },
            { name: "var-file", type: "string", multiple: true, value: "FILE", help: "a variables file, as `terraform plan -var-file`" },
            REVOKED_FLAG,
            CONFIG_FLAG, PACK_FLAG, AS_OF_FLAG, FORMAT_FLAG, JSON_FLAG, QUIET_FLAG, HELP_FLAG,
        ],
        run: scan,
    },
    {
        name: "demo",
        args: "",
        summary: "gate every bundled example and compare with its expected outcome",
        flags: [HELP_FLAG],
        run: async () => {
            // An installed package ships no example programs: say how to run the demo instead of failing on ENOENT.
            if (!fs.existsSync(path.join(ACKGUARD_DIR, "examples"))) {
                throw new UsageError("demo runs the example programs of the ACKGuard repository, which an installed package does not ship: run `npm ci && npm run demo` in a clone of the repository");
            }
            return (await import("./commands/demo")).demo();
        },
    },
];

function flagLine(f: Flag): string {
    const left = `  ${f.short ? `-${f.short}, ` : ""}--${f.name}${f.value ? ` ${f.value}` : ""}`;
    return `${left.padEnd(44)} ${f.help}${f.multiple ? " (repeatable)" : ""}`;
}

export function commandHelp(c: Command): string {
    return [`usage: ackguard ${c.name}${c.args ? ` ${c.args}` : ""} [options]`, "", `  ${c.summary}`, "", "options:", ...c.flags.map(flagLine)].join("\n");
}

export const USAGE = [
    `ackguard ${ACKGUARD_VERSION}: the customer's side of the ACK shared responsibility model, gated before provisioning`,
    "",
    "usage: ackguard <command> [options]",
    "",
    "commands:",
    ...COMMANDS.map((c) => `  ${`ackguard ${c.name} ${c.args}`.padEnd(35)} ${c.summary}`),
    `  ${"ackguard help [command]".padEnd(35)} this help, or a command's`,
    `  ${"ackguard --version".padEnd(35)} print the version`,
    "",
    "exit codes: 0 passed, 1 mandatory violations, 2 not judged (usage error, unreadable input, failed program or pack)",
    "`ackguard <command> --help` lists every option.",
].join("\n");

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

const str = (v: Values, k: string): string | undefined => {
    const x = v[k];
    if (x === undefined) return undefined;
    if (typeof x !== "string" || x === "") throw new UsageError(`--${k} needs a non-empty value`);
    return x;
};
const list = (v: Values, k: string): string[] | undefined => {
    const x = v[k] as string[] | undefined;
    if (x?.some((s) => s === "")) throw new UsageError(`--${k} needs a non-empty value`);
    return x;
};

function formatOf(v: Values): Format {
    const f = str(v, "format") ?? (v.json ? "json" : "text");
    if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format must be ${FORMATS.slice(0, -1).join(", ")} or ${FORMATS[FORMATS.length - 1]}, got "${f.slice(0, 40)}"`);
    return f as Format;
}

/** `--timeout SECONDS` (a positive number), in milliseconds. */
function timeoutOf(v: Values): number {
    const t = str(v, "timeout");
    if (t === undefined) return DEFAULT_TIMEOUT_MS;
    const n = Number(t);
    if (!/^\d+(\.\d+)?$/.test(t) || !(n > 0) || n > 86400) throw new UsageError(`--timeout must be a number of seconds between 1 and 86400, got "${t.slice(0, 40)}"`);
    return Math.round(n * 1000);
}

/** `--as-of YYYY-MM-DD`: the pack (a child process) judges dated facts as of this day. */
function applyAsOf(v: Values): void {
    const d = str(v, "as-of");
    if (d === undefined) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || isNaN(Date.parse(`${d}T00:00:00Z`)) || new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) !== d) {
        throw new UsageError(`--as-of must be a date YYYY-MM-DD, got "${d.slice(0, 40)}"`);
    }
    process.env.ACKGUARD_AS_OF = d;
}

const packDirOf = (v: Values) => {
    const p = str(v, "pack");
    if (p === undefined) return undefined;
    checkPackDir(path.resolve(p));
    return path.resolve(p);
};

async function writeReport(format: Format, report: Report, policies: PolicyInfo[], v: Values): Promise<number> {
    progressDone();
    switch (format) {
        case "sarif":
            await writeOut(sarifText(renderSarif(report, { policies })));
            break;
        case "json":
            await writeOut(reportJson(report));
            break;
        case "markdown":
            await writeOut((await import("./report/markdown")).renderMarkdown(report));
            break;
        case "gitlab":
            await writeOut((await import("./report/gitlab")).gitlabText(report));
            break;
        case "junit":
            await writeOut((await import("./report/junit")).renderJunit(report));
            break;
        default:
            await writeOut(renderText(report, { quiet: v.quiet === true }));
    }
    return report.totals.mandatory > 0 ? 1 : 0;
}

// ---- progress on stderr, only when it is a terminal (a CI log gets the report alone) ----

let progressShown = false;

/** A one-line progress indicator, rewritten in place; undefined when stderr is not a terminal. */
function progressLine(): Progress | undefined {
    if (!process.stderr.isTTY) return undefined;
    let last = 0;
    return (phase, done, total) => {
        const now = Date.now();
        if (done !== undefined && done !== total && now - last < 100) return;
        last = now;
        progressShown = true;
        process.stderr.write(`\r\x1b[2Kackguard: ${phase}${total !== undefined ? ` ${done ?? 0}/${total} resources` : ""}…`);
    };
}

function progressDone(): void {
    if (progressShown) process.stderr.write("\r\x1b[2K");
    progressShown = false;
}

async function preview(v: Values, positionals: string[]): Promise<number> {
    if (positionals.length > 1) throw new UsageError("preview takes one program directory");
    const format = formatOf(v);
    applyAsOf(v);
    const configFile = str(v, "policy-pack-config");
    const { previewWithPolicies } = await import("./commands/preview");
    const { report, policies } = await previewWithPolicies(positionals[0] ?? ".", {
        stack: str(v, "stack"),
        config: list(v, "config"),
        stackTags: list(v, "stack-tag"),
        mocksFile: str(v, "mocks"),
        timeoutMs: timeoutOf(v),
        policyConfig: configFile ? readPolicyConfigFile(configFile) : undefined,
        packDir: packDirOf(v),
        typeCheck: v["type-check"] === true,
        progress: progressLine(),
    });
    return writeReport(format, report, policies, v);
}

async function plan(v: Values, positionals: string[]): Promise<number> {
    if (positionals.length !== 1) throw new UsageError("plan takes one file (the JSON of 'pulumi preview --json', 'pulumi stack export' or 'terraform show -json')");
    const format = formatOf(v);
    applyAsOf(v);
    const configFile = str(v, "policy-pack-config");
    const { planFile } = await import("./commands/plan");
    const input = str(v, "input");
    const report = await planFile(positionals[0], {
        input: input === undefined ? undefined : (await import("./frontends")).parseInputKind(input),
        tfDir: str(v, "tf-dir"),
        revokedFile: str(v, "revoked"),
        policyConfig: configFile ? readPolicyConfigFile(configFile) : undefined,
        packDir: packDirOf(v),
        progress: progressLine(),
    });
    return writeReport(format, report, report.policies, v);
}

async function scan(v: Values, positionals: string[]): Promise<number> {
    if (positionals.length > 1) throw new UsageError("scan takes one directory (a Terraform configuration)");
    const format = formatOf(v);
    applyAsOf(v);
    const configFile = str(v, "policy-pack-config");
    const { scanDirectory } = await import("./commands/scan");
    const report = await scanDirectory(positionals[0] ?? ".", {
        base: str(v, "base"),
        vars: list(v, "var"),
        varFiles: list(v, "var-file"),
        revokedFile: str(v, "revoked"),
        policyConfig: configFile ? readPolicyConfigFile(configFile) : undefined,
        packDir: packDirOf(v),
        progress: progressLine(),
    });
    return writeReport(format, report, report.policies, v);
}

/** "--foo" of an unknown-option error, shortened. */
function cut(s: string): string {
    return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

function parse(c: Command, args: string[]): { values: Values; positionals: string[] } {
    try {
        const options = Object.fromEntries(c.flags.map((f) => [f.name, { type: f.type, ...(f.multiple ? { multiple: true } : {}), ...(f.short ? { short: f.short } : {}) }]));
        const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
        return { values: values as Values, positionals };
    } catch (e) {
        const err = e as NodeJS.ErrnoException;
        const m = err.message.split("\n")[0];
        if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
            const opt = /'([^']+)'/.exec(m)?.[1] ?? m;
            throw new UsageError(`unknown option ${cut(opt)} for ${c.name}`);
        }
        if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
            const opt = /'(--?[^' ]+)/.exec(m)?.[1] ?? "an option";
            throw new UsageError(/argument missing/.test(m) ? `${opt.split(" ")[0]} needs a value` : `${cut(m)}`);
        }
        throw new UsageError(cut(m));
    }
}

/** The report format a failed run must still deliver (a CI step that uploads SARIF needs a document). */
function requestedFormat(args: string[]): Format {
    for (let i = 0; i < args.length; i++) {
        if (args[i] === "--json") return "json";
        const m = /^--format(?:=(.*))?$/.exec(args[i]);
        if (m) {
            const f = m[1] ?? args[i + 1];
            if ((FORMATS as readonly string[]).includes(f)) return f as Format;
        }
    }
    return "text";
}

/** The document of a run that judged nothing, in the requested format (nothing for text: stderr says it). */
async function notJudgedDocument(format: Format, msg: string): Promise<string | undefined> {
    switch (format) {
        case "json":
            return errorJson(msg);
        case "sarif":
            return sarifText(errorSarif(msg));
        case "markdown":
            return (await import("./report/markdown")).markdownError(msg);
        case "gitlab":
            return (await import("./report/gitlab")).gitlabError(msg);
        case "junit":
            return (await import("./report/junit")).junitError(msg);
        default:
            return undefined;
    }
}

export async function main(argv: string[]): Promise<number> {
    const [name, ...rest] = argv;
    const command = COMMANDS.find((c) => c.name === name);
    try {
        if (name === "--version" || name === "-v" || name === "version") {
            await writeOut(ACKGUARD_VERSION);
            return 0;
        }
        if (name === "help" || name === "--help" || name === "-h") {
            const about = COMMANDS.find((c) => c.name === rest[0]);
            await writeOut(about ? commandHelp(about) : USAGE);
            return 0;
        }
        if (!command) throw new UsageError(name ? `unknown command "${cut(name)}"` : "no command given");
        const { values, positionals } = parse(command, rest);
        if (values.help) {
            await writeOut(commandHelp(command));
            return 0;
        }
        if (command.name === "demo" && positionals.length > 0) throw new UsageError(`demo takes no arguments, got "${cut(positionals[0])}"`);
        return await command.run(values, positionals);
    } catch (e) {
        if ((e as NodeJS.ErrnoException)?.code === "EPIPE") {
            // The reader went away (`| head`): nothing more can be delivered.
            return 2;
        }
        const usage = e instanceof UsageError || e instanceof ConfigError;
        const msg = usage ? (e as Error).message : `internal error: ${(e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, 500)}`;
        console.error(`ackguard: ${msg}`);
        if (usage && /unknown command|no command|unknown option|needs a value|needs a non-empty|takes one|takes no|--format must/.test(msg)) {
            console.error(command ? commandHelp(command) : USAGE);
        }
        // Nothing was judged; a machine-readable format still gets a valid document that says why.
        progressDone();
        const format = command && command.name !== "demo" ? requestedFormat(rest) : "text";
        try {
            const doc = await notJudgedDocument(format, msg);
            if (doc !== undefined) await writeOut(doc);
        } catch {
            // stdout is gone: the exit code still says it.
        }
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
