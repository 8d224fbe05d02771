// Pulumi resource states (apitype.ResourceV3), shared by the preview-JSON and stack-export front ends:
// checking their shape, turning them into analyzer resources and into the deletion gate's view.
import * as path from "path";
import type { AnalyzerResource, ResourceOptions } from "../../engine/analyzer";
import type { SourceLocation } from "../../engine/report";
import { projectFileIn, repositoryRoot } from "../program/project";
import { secret, SECRET_SIG, SIG_KEY, unwrapSecrets } from "../../../model/wire";
import { T } from "../../../model/resources";
import { GateState, UsageError } from "../types";

/** apitype.ResourceV3, the fields used here. */
export interface ResourceV3 {
    urn: string;
    custom?: boolean;
    delete?: boolean;
    id?: string;
    type: string;
    inputs?: Record<string, unknown>;
    outputs?: Record<string, unknown>;
    parent?: string;
    protect?: boolean;
    dependencies?: string[];
    propertyDependencies?: Record<string, string[]>;
    provider?: string;
    aliases?: string[];
    additionalSecretOutputs?: string[];
    ignoreChanges?: string[];
    customTimeouts?: { create?: number; update?: number; delete?: number };
    /** Where the program registered it: "project:///index.ts#12,5" in a state, "file:///abs/index.ts#12,5" during an update. */
    sourcePosition?: string;
}

export const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
export const isStr = (v: unknown): v is string => typeof v === "string";

export function nameOfUrn(urn: string): string {
    const i = urn.lastIndexOf("::");
    return i >= 0 ? urn.slice(i + 2) : urn;
}

export function checkResource(r: unknown, where: string, file: string): ResourceV3 {
    if (!isObj(r) || !isStr(r.urn) || !isStr(r.type)) {
        throw new UsageError(`${file}: ${where} is not a resource state (needs string "urn" and "type")`);
    }
    for (const k of ["inputs", "outputs", "propertyDependencies"]) {
        if (r[k] !== undefined && r[k] !== null && !isObj(r[k])) throw new UsageError(`${file}: ${where}.${k} must be an object`);
    }
    for (const k of ["dependencies", "aliases", "ignoreChanges", "additionalSecretOutputs"]) {
        if (r[k] !== undefined && r[k] !== null && !Array.isArray(r[k])) throw new UsageError(`${file}: ${where}.${k} must be an array`);
    }
    if (isObj(r.propertyDependencies)) {
        for (const [k, v] of Object.entries(r.propertyDependencies)) {
            if (!Array.isArray(v) || !v.every(isStr)) throw new UsageError(`${file}: ${where}.propertyDependencies.${k} must be an array of URNs`);
        }
    }
    return r as unknown as ResourceV3;
}

/** Adds every leaf of a secret's plaintext to `into` (strings, numbers, booleans). */
export function collectSecretStrings(v: unknown, into: Set<string>): void {
    if (isStr(v)) {
        if (v !== "" && v !== "[secret]") into.add(v);
    } else if (typeof v === "number" || typeof v === "boolean") {
        into.add(String(v));
    } else if (Array.isArray(v)) v.forEach((x) => collectSecretStrings(x, into));
    else if (isObj(v)) Object.values(v).forEach((x) => collectSecretStrings(x, into));
}

/**
 * Converts state values to the wire form an analyzer gets. Preview JSON blinds secrets to the string
 * "[secret]"; a stack export keeps a secret object ({sig, ciphertext} or, with --show-secrets,
 * {sig, plaintext: <JSON text>}). Both become wire secrets; plaintexts are collected so that no output
 * can print them. Unknown sentinels are already the wire form.
 */
export function toWire(v: unknown, secrets: Set<string>): unknown {
    if (v === "[secret]") return secret("[secret]");
    if (Array.isArray(v)) return v.map((x) => toWire(x, secrets));
    if (isObj(v)) {
        if (v[SIG_KEY] === SECRET_SIG) {
            if (isStr(v.plaintext)) {
                let value: unknown;
                try {
                    value = JSON.parse(v.plaintext);
                } catch {
                    value = v.plaintext;
                }
                collectSecretStrings(value, secrets);
                return secret(value);
            }
            if ("value" in v) {
                collectSecretStrings(v.value, secrets);
                return v;
            }
            return secret("[secret]");
        }
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) out[k] = toWire(x, secrets);
        return out;
    }
    return v;
}

/** Builds the analyzer resources of a new state: props = inputs in wire form, provider from the state. */
export function toAnalyzerResources(states: ResourceV3[], secrets: Set<string>): AnalyzerResource[] {
    const byUrn = new Map(states.map((s) => [s.urn, s]));
    return states.map((s) => {
        const options: ResourceOptions = {
            protect: !!s.protect,
            ignoreChanges: s.ignoreChanges?.filter(isStr),
            aliases: s.aliases?.filter(isStr),
            additionalSecretOutputs: s.additionalSecretOutputs?.filter(isStr),
            customTimeouts: s.customTimeouts,
            parent: s.parent,
        };
        let provider: AnalyzerResource["provider"];
        if (isStr(s.provider) && s.provider) {
            const purn = s.provider.split("::").slice(0, -1).join("::");
            const p = byUrn.get(purn);
            provider = {
                type: p?.type ?? purn.split("::")[2] ?? "",
                name: nameOfUrn(purn),
                urn: purn,
                props: p ? (toWire(p.inputs ?? {}, secrets) as Record<string, unknown>) : {},
            };
        }
        return {
            type: s.type,
            name: nameOfUrn(s.urn),
            urn: s.urn,
            props: toWire(s.inputs ?? {}, secrets) as Record<string, unknown>,
            options,
            parent: s.parent || undefined,
            provider,
            dependencies: (s.dependencies ?? []).filter(isStr),
            propertyDependencies: s.propertyDependencies ?? {},
        };
    });
}

const usable = (x: unknown): x is string => isStr(x) && x !== "" && x !== "[secret]";

/** The gate's view of a Pulumi state: inputs (outputs fill what inputs lack), ids and names. */
export function gateStateOf(r: ResourceV3): GateState {
    const inputs = unwrapSecrets(r.inputs ?? {}) as Record<string, unknown>;
    const outputs = unwrapSecrets(r.outputs ?? {}) as Record<string, unknown>;
    const props = { ...outputs, ...inputs };
    const ids = [r.id, ...(r.type === T.RamRole ? [outputs.roleId] : [])].filter(usable);
    const nameKeys = r.type === T.RamRole ? ["roleName", "name"] : ["name"];
    const aliases = [r.urn, nameOfUrn(r.urn), ...nameKeys.flatMap((k) => [inputs[k], outputs[k]])].filter(usable);
    return { urn: r.urn, type: r.type, name: nameOfUrn(r.urn), ids, aliases, props, propertyDependencies: r.propertyDependencies ?? {}, protect: !!r.protect };
}

export function stackAndProject(urns: string[]): { stack: string; project: string } {
    for (const u of urns) {
        const m = /^urn:pulumi:([^:]+)::([^:]+)::/.exec(u);
        if (m) return { stack: m[1], project: m[2] };
    }
    return { stack: "dev", project: "project" };
}

/** The Pulumi project directory a plan file belongs to: beside the plan, the working directory, or above the plan. */
function projectDirOf(file: string): string | undefined {
    const has = (d: string) => projectFileIn(d) !== undefined;
    const planDir = path.dirname(path.resolve(file));
    if (has(planDir)) return planDir;
    if (has(process.cwd())) return process.cwd();
    for (let d = path.dirname(planDir); path.dirname(d) !== d; d = path.dirname(d)) if (has(d)) return d;
    return undefined;
}

/**
 * Where each resource is declared, from the engine's source positions (pulumi/pulumi#13437): a URI with
 * the line and column in its fragment; `project://` paths are relative to the project root (the
 * directory of Pulumi.yaml), `file://` paths absolute. Locations come out relative to the repository root.
 */
export function sourceLocations(states: ResourceV3[], file: string, notes: string[]): Map<string, SourceLocation> {
    const out = new Map<string, SourceLocation>();
    if (!states.some((s) => isStr(s.sourcePosition))) return out;
    const projectDir = projectDirOf(file);
    const base = projectDir ?? process.cwd();
    const root = repositoryRoot(base);
    let projectRelative = false;
    for (const s of states) {
        const m = isStr(s.sourcePosition) ? /^(project|file):\/\/([^#]*)#(\d+)(?:,(\d+))?$/.exec(s.sourcePosition) : null;
        if (!m) continue;
        let p: string;
        try {
            p = decodeURIComponent(m[2]);
        } catch {
            continue;
        }
        const abs = m[1] === "project" ? path.resolve(base, p.replace(/^\/+/, "")) : path.resolve(p);
        if (m[1] === "project") projectRelative = true;
        const rel = path.relative(root, abs).split(path.sep).join("/");
        // A position inside node_modules is an SDK or provider frame, not the user's program.
        if (rel.includes("node_modules/")) continue;
        out.set(s.urn, { file: rel, line: Number(m[3]), ...(m[4] ? { column: Number(m[4]) } : {}) });
    }
    if (projectRelative && projectDir === undefined) {
        notes.push("source positions are relative to the Pulumi project, but no Pulumi.yaml was found beside the plan, in the working directory or above the plan: file:line is shown relative to the working directory (run ackguard plan from the project directory)");
    }
    return out;
}
