// Policy pack configuration, handled as the Pulumi CLI handles `--policy-pack-config <file>`:
// the file maps "all" and policy names to an enforcement level or to an object of
// `enforcementLevel` plus properties; properties are validated against each policy's JSON schema,
// schema defaults are filled in, and every policy is then sent to the pack with `Configure`.
import * as fs from "fs";
import Ajv, { ValidateFunction } from "ajv";
import { AnalyzerInfo, Level, PolicyConfigMap } from "./analyzer";

export class ConfigError extends Error {}

const LEVELS: Level[] = ["advisory", "mandatory", "remediate", "disabled"];

export type PolicyPackConfigFile = Record<string, unknown>;

/** Reads and parses a policy pack config file; a ConfigError says what is wrong in one line. */
export function readPolicyConfigFile(file: string): PolicyPackConfigFile {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        throw new ConfigError(`cannot read policy pack config ${file}: ${readError(e)}`);
    }
    if (text.trim() === "") {
        throw new ConfigError(`policy pack config ${file} is empty: expected a JSON object mapping policy names to settings`);
    }
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (e) {
        throw new ConfigError(`policy pack config ${file} is not valid JSON: ${(e as Error).message.split("\n")[0].slice(0, 200)}`);
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        throw new ConfigError(`policy pack config ${file} must be a JSON object mapping policy names to settings`);
    }
    return parsed as PolicyPackConfigFile;
}

function readError(e: unknown): string {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === "ENOENT") return "no such file or directory";
    if (code === "EISDIR") return "it is a directory, not a file";
    if (code === "EACCES" || code === "EPERM") return "permission denied";
    return (e as Error)?.message?.split("\n")[0] ?? String(e);
}

/** Edit distance, for "did you mean" on a misspelt policy name. */
function distance(a: string, b: string): number {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}

/** The closest known name, if it is close enough to be a typo. */
export function closest(name: string, known: Iterable<string>): string | undefined {
    let best: string | undefined;
    let bestD = Infinity;
    for (const k of known) {
        const d = distance(name, k);
        if (d < bestD) {
            best = k;
            bestD = d;
        }
    }
    return best !== undefined && bestD <= Math.max(3, Math.floor(name.length / 4)) ? best : undefined;
}

function levelOf(v: unknown, where: string): Level {
    if (typeof v !== "string" || !LEVELS.includes(v as Level)) {
        const shown = JSON.stringify(v)?.slice(0, 80) ?? String(v);
        throw new ConfigError(`${where}: enforcement level ${shown} is not one of ${LEVELS.join(", ")}`);
    }
    return v as Level;
}

// Compiling the ~80 schemas costs ~90 ms; a process that judges more than once (scan --base, the
// benchmarks, the tests) compiles each once.
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function validatorOf(schema: Record<string, unknown>): ValidateFunction {
    const key = JSON.stringify(schema);
    let v = validators.get(key);
    if (v === undefined) {
        ajv ??= new Ajv({ useDefaults: true, allErrors: true, strict: false });
        v = ajv.compile(schema);
        validators.set(key, v);
    }
    return v;
}

/**
 * Resolves the config every policy of the pack receives: the level (policy entry, else "all",
 * else the policy's own default) and its properties with schema defaults, validated.
 */
export function resolvePolicyConfig(info: AnalyzerInfo, file: PolicyPackConfigFile = {}): PolicyConfigMap {
    const known = new Set(info.policies.map((p) => p.name));
    for (const key of Object.keys(file)) {
        if (key !== "all" && !known.has(key)) {
            const near = closest(key, known);
            const shown = key.length > 80 ? `${key.slice(0, 80)}…` : key;
            throw new ConfigError(near
                ? `policy pack config names an unknown policy "${shown}" (did you mean "${near}"?)`
                : `policy pack config names an unknown policy "${shown}" (pack ${info.name} has ${known.size} policies; see docs/policies.md)`);
        }
    }
    let all: Level | undefined;
    if (file.all !== undefined) {
        const a = file.all;
        all = typeof a === "object" && a !== null ? levelOf((a as Record<string, unknown>).enforcementLevel, `"all"`) : levelOf(a, `"all"`);
    }
    const out: PolicyConfigMap = {};
    for (const p of info.policies) {
        const entry = file[p.name];
        let level: Level = all ?? p.enforcementLevel;
        let properties: Record<string, unknown> = {};
        if (typeof entry === "string") {
            level = levelOf(entry, `"${p.name}"`);
        } else if (entry !== undefined) {
            if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
                throw new ConfigError(`"${p.name}": expected an enforcement level or an object, found ${JSON.stringify(entry).slice(0, 80)}`);
            }
            const { enforcementLevel, ...rest } = entry as Record<string, unknown>;
            if (enforcementLevel !== undefined) {
                level = levelOf(enforcementLevel, `"${p.name}".enforcementLevel`);
            }
            properties = rest;
        }
        if (p.configSchema) {
            // The Pulumi CLI validates against {type, properties, required} only (pkg/resource/analyzer
            // config.go, convertSchema), so it ignores a property no policy declares: a misspelt knob
            // silently keeps its default. ackguard refuses it, as it refuses a misspelt policy name.
            const declared = Object.keys(p.configSchema.properties ?? {});
            for (const k of Object.keys(properties)) {
                if (declared.includes(k)) continue;
                const near = closest(k, declared);
                const shown = k.length > 80 ? `${k.slice(0, 80)}…` : k;
                throw new ConfigError(near
                    ? `"${p.name}": unknown property "${shown}" (did you mean "${near}"?)`
                    : `"${p.name}": unknown property "${shown}" (it takes ${declared.length > 0 ? declared.join(", ") : "no properties"})`);
            }
            const schema = { type: "object", properties: p.configSchema.properties, required: p.configSchema.required };
            const validate = validatorOf(schema);
            properties = JSON.parse(JSON.stringify(properties));
            if (!validate(properties)) {
                const why = (validate.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message}`).join("; ");
                throw new ConfigError(`"${p.name}": invalid config: ${why}`);
            }
        } else if (Object.keys(properties).length > 0) {
            throw new ConfigError(`"${p.name}": this policy takes no configuration properties`);
        }
        out[p.name] = { enforcementLevel: level, properties };
    }
    return out;
}
