// Reads a plan file and hands it to the front end of its format: detected from its shape, or forced
// with --input. Every unreadable or unsupported input is a UsageError (one line, exit 2) that says
// what to run instead.
import * as fs from "fs";
import { fromPulumiPreview, isPulumiPreview } from "./pulumi/preview";
import { fromStackExport, isStackExport } from "./pulumi/stackExport";
import { fromTerraformPlan, isTerraformPlan, PLAN_COMMAND, terraformStateKind, TerraformOptions } from "./terraform/plan";
import { FrontEndResult, InputKind, INPUT_KINDS, UsageError } from "./types";
import { MAX_DEPTH, nestsDeeperThan } from "../engine/judge";

export * from "./types";

/** Larger inputs are refused rather than risking the heap of a CI runner. */
export const MAX_PLAN_BYTES = 512 * 1024 * 1024;

const WHAT_TO_RUN = `expected the JSON of 'pulumi preview --json', 'pulumi stack export' or '${PLAN_COMMAND}'`;

function readText(file: string): string {
    let stat: fs.Stats;
    try {
        stat = fs.statSync(file);
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new UsageError(code === "ENOENT" ? `${file}: no such file` : `cannot read ${file}: ${code ?? (e as Error).message}`);
    }
    if (stat.isDirectory()) throw new UsageError(`${file} is a directory; give the plan file inside it`);
    if (stat.size > MAX_PLAN_BYTES) throw new UsageError(`${file} is ${Math.round(stat.size / 1048576)} MB, more than the ${MAX_PLAN_BYTES / 1048576} MB ackguard reads`);
    let buf: Buffer;
    try {
        buf = fs.readFileSync(file);
    } catch (e) {
        const err = e as NodeJS.ErrnoException;
        throw new UsageError(`cannot read ${file}: ${err.code ?? err.message.split("\n")[0]}`);
    }
    if (buf.length === 0 || buf.toString("utf8").trim() === "") throw new UsageError(`${file} is empty: ${WHAT_TO_RUN}`);
    if (buf.subarray(0, 4).equals(Buffer.from("PK\u0003\u0004", "latin1"))) {
        throw new UsageError(`${file} is a binary Terraform plan file (a zip archive); convert it first: terraform show -json ${file} > plan.json`);
    }
    if (buf.subarray(0, 8192).includes(0)) throw new UsageError(`${file} is a binary file, not JSON: ${WHAT_TO_RUN}`);
    return buf.toString("utf8");
}

const TEXT_PLAN = /Terraform (will perform the following actions|used the selected providers)|OpenTofu (will perform|used the selected providers)|^\s*# \S+ (will be|must be) (created|destroyed|updated|replaced)|^Plan: \d+ to add/m;

/**
 * Deeper than this, a plan document holds a value the engine's protocol cannot carry (the judge's
 * MAX_DEPTH): refused before any walker of the front ends recurses into it.
 */
export const MAX_DOCUMENT_DEPTH = MAX_DEPTH;

/** The path (first steps) to a place nested deeper than `limit`, or undefined when there is none. */
export function tooDeep(doc: unknown, limit = MAX_DOCUMENT_DEPTH): string | undefined {
    if (doc === null || typeof doc !== "object" || !nestsDeeperThan(doc, limit)) return undefined;
    // Rare: walk again, naming the way down.
    const stack: [unknown, number, string][] = [[doc, 0, ""]];
    while (stack.length > 0) {
        const [x, d, where] = stack.pop()!;
        if (d > limit) return where;
        if (x === null || typeof x !== "object") continue;
        for (const [k, y] of Object.entries(x)) {
            if (y === null || typeof y !== "object") continue;
            stack.push([y, d + 1, d < 6 ? `${where}${Array.isArray(x) ? `[${k}]` : `${where === "" ? "" : "."}${k.slice(0, 60)}`}` : where]);
        }
    }
    return undefined;
}

/** Parses the JSON of a plan file; a UsageError names the cause in one line. */
export function readPlanDocument(file: string): unknown {
    const text = readText(file);
    let doc: unknown;
    try {
        doc = JSON.parse(text);
    } catch (e) {
        if (TEXT_PLAN.test(text.slice(0, 1024 * 1024))) {
            throw new UsageError(`${file} is the text output of 'terraform plan', which cannot be read reliably; give its JSON: ${PLAN_COMMAND}`);
        }
        const why = (e as Error).message.split("\n")[0].slice(0, 160);
        throw new UsageError(`${file} is not valid JSON (truncated or malformed): ${why}`);
    }
    const deep = tooDeep(doc);
    if (deep !== undefined) throw new UsageError(`${file}: ${deep || "the document"} nests more than ${MAX_DOCUMENT_DEPTH} levels deep, beyond what the engine's protocol carries; it cannot be judged`);
    return doc;
}

export function detectKind(doc: unknown, file: string): InputKind {
    if (isPulumiPreview(doc)) return "pulumi-preview";
    if (isStackExport(doc)) return "stack-export";
    if (isTerraformPlan(doc)) return "terraform";
    const state = terraformStateKind(doc);
    if (state) throw new UsageError(`${file} is ${state}: a state has no planned changes to gate; give the plan's JSON: ${PLAN_COMMAND}`);
    throw new UsageError(`${file}: unknown format: ${WHAT_TO_RUN}`);
}

export function parseInputKind(v: string): InputKind {
    if (!(INPUT_KINDS as readonly string[]).includes(v)) throw new UsageError(`--input must be ${INPUT_KINDS.join(", ")}; got ${JSON.stringify(v.slice(0, 40))}`);
    return v as InputKind;
}

export interface ReadOptions extends TerraformOptions {
    /** Forces the front end (--input). */
    input?: InputKind;
}

/** Reads a plan file with the front end of its format. */
export function readPlanFile(file: string, opts: ReadOptions = {}): FrontEndResult {
    const doc = readPlanDocument(file);
    const kind = opts.input ?? detectKind(doc, file);
    switch (kind) {
        case "pulumi-preview":
            return fromPulumiPreview(doc, file);
        case "stack-export":
            return fromStackExport(doc, file);
        case "terraform":
            return fromTerraformPlan(doc, file, opts);
    }
}
