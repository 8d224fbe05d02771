// A Pulumi project as the CLI reads it: Pulumi.yaml (name, runtime, main), Pulumi.<stack>.yaml
// (stack config; encrypted values stay secret placeholders offline), and the repository root that
// source locations are relative to.
import * as fs from "fs";
import * as path from "path";
import * as yaml from "js-yaml";
import { ioReason, UsageError } from "../../engine/errors";

export interface ProjectInfo {
    name: string;
    config: Record<string, string>;
    secretKeys: string[];
    /** Pulumi.yaml `main`, `runtime.options.typescript`, `runtime.options.tsconfig`. */
    main?: string;
    typescript?: boolean;
    tsconfig?: string;
    /** What the report should say about how the project was read (a stack without a config file...). */
    notes: string[];
}

function readYaml(file: string): Record<string, unknown> {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        throw new UsageError(`cannot read ${file}: ${ioReason(e)}`);
    }
    try {
        const doc = yaml.load(text);
        return doc !== null && typeof doc === "object" && !Array.isArray(doc) ? (doc as Record<string, unknown>) : {};
    } catch (e) {
        throw new UsageError(`${file} is not valid YAML: ${(e as Error).message.split("\n")[0]}`);
    }
}

/** Pulumi's own rule for stack names: letters, digits, `-`, `_`, `.`, at most 100 characters. */
export function checkStackName(stack: string): void {
    if (!/^[A-Za-z0-9_.-]{1,100}$/.test(stack) || stack === "." || stack === "..") {
        throw new UsageError(`--stack "${stack.length > 60 ? stack.slice(0, 60) + "…" : stack}" is not a stack name: use letters, digits, "-", "_" and "." (at most 100)`);
    }
}

/** The project file of a directory (Pulumi.yaml, or Pulumi.yml as the CLI also accepts), or undefined. */
export function projectFileIn(dir: string): string | undefined {
    return ["Pulumi.yaml", "Pulumi.yml"].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
}

/** Project name from Pulumi.yaml and stack config from Pulumi.<stack>.yaml, as the CLI reads them. */
export function readProject(dir: string, stack: string, extra: string[] = []): ProjectInfo {
    checkStackName(stack);
    const projectFile = projectFileIn(dir);
    if (!projectFile) {
        throw new UsageError(`${dir} is not a Pulumi project: no Pulumi.yaml (give the program directory: ackguard preview <dir>)`);
    }
    const project = readYaml(projectFile);
    if (typeof project.name !== "string" || project.name === "") {
        throw new UsageError(`${projectFile} has no project name ("name: ...")`);
    }
    const runtime = project.runtime;
    const runtimeName = typeof runtime === "string" ? runtime : (runtime as { name?: unknown } | undefined)?.name;
    if (runtimeName !== undefined && runtimeName !== "nodejs") {
        throw new UsageError(`${projectFile}: runtime "${String(runtimeName)}" is not supported offline (ackguard preview runs Node.js programs; use pulumi preview --policy-pack)`);
    }
    const options = (typeof runtime === "object" && runtime !== null ? (runtime as { options?: Record<string, unknown> }).options : undefined) ?? {};
    const name = project.name;
    const qualify = (k: string) => (k.includes(":") ? k : `${name}:${k}`);
    const config: Record<string, string> = {};
    const secretKeys: string[] = [];
    const notes: string[] = [];
    const stackFile = ["yaml", "yml"].map((ext) => path.join(dir, `Pulumi.${stack}.${ext}`)).find((f) => fs.existsSync(f)) ?? path.join(dir, `Pulumi.${stack}.yaml`);
    if (!fs.existsSync(stackFile)) {
        // A stack without config has no file, so this is not an error; but a misspelt --stack must not pass unnoticed.
        const others = fs.readdirSync(dir).map((f) => /^Pulumi\.(.+)\.ya?ml$/.exec(f)?.[1]).filter((x): x is string => x !== undefined).sort();
        if (others.length > 0) notes.push(`stack "${stack}" has no Pulumi.${stack}.yaml: the program ran with no stack config (stacks with config here: ${others.join(", ")})`);
    } else {
        const doc = readYaml(stackFile);
        const c = doc.config;
        if (c !== undefined && c !== null && (typeof c !== "object" || Array.isArray(c))) {
            throw new UsageError(`${stackFile}: config must be a map of key: value, got ${Array.isArray(c) ? "a list" : typeof c}`);
        }
        for (const [k, v] of Object.entries((c ?? {}) as Record<string, unknown>)) {
            if (v !== null && typeof v === "object" && "secure" in (v as object)) {
                // Encrypted values cannot be decrypted offline; the program sees a placeholder secret.
                config[qualify(k)] = "[secret]";
                secretKeys.push(qualify(k));
            } else {
                config[qualify(k)] = typeof v === "string" ? v : JSON.stringify(v);
            }
        }
    }
    for (const kv of extra) {
        const i = kv.indexOf("=");
        if (i <= 0) throw new UsageError(`--config expects key=value, got "${kv.slice(0, 80)}"`);
        config[qualify(kv.slice(0, i))] = kv.slice(i + 1);
    }
    return {
        name,
        config,
        secretKeys,
        main: typeof project.main === "string" ? project.main : undefined,
        typescript: typeof options.typescript === "boolean" ? options.typescript : undefined,
        tsconfig: typeof options.tsconfig === "string" ? options.tsconfig : undefined,
        notes,
    };
}

/** The repository root (nearest directory with .git), else the program directory: locations are relative to it. */
export function repositoryRoot(dir: string): string {
    for (let d = path.resolve(dir); ; d = path.dirname(d)) {
        if (fs.existsSync(path.join(d, ".git"))) return d;
        if (path.dirname(d) === d) return path.resolve(dir);
    }
}

