// The bundled example programs and their expected outcomes (examples/<name>/expected.json), shared
// by `ackguard demo` and test/examples.test.ts.
import * as fs from "fs";
import * as path from "path";
import type { Report } from "../engine/report";

export const EXAMPLES_DIR = path.join(__dirname, "..", "..", "..", "examples");

/** One finding as an example expects it: which policy, on which resource, at which level. */
export interface ExpectedFinding {
    policy: string;
    resource: string;
    level: string;
}

export interface Expected {
    description: string;
    exitCode: number;
    findings: ExpectedFinding[];
    /** Optional policy pack config the example is gated with (a --policy-pack-config file beside it). */
    policyPackConfig?: string;
    /** Secret values in the program that no report may contain. */
    neverPrinted?: string[];
}

export function exampleDirs(): string[] {
    return fs.readdirSync(EXAMPLES_DIR)
        .map((d) => path.join(EXAMPLES_DIR, d))
        .filter((d) => fs.existsSync(path.join(d, "expected.json")))
        .sort();
}

export function expectedOf(dir: string): Expected {
    return JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8"));
}

const key = (f: ExpectedFinding) => `${f.level} ${f.policy} ${f.resource}`;

/** Every diagnostic of a report as (policy, resource name, level), sorted. */
export function findingsOf(r: Report): ExpectedFinding[] {
    const out: ExpectedFinding[] = [];
    for (const v of r.resources) {
        for (const d of v.diagnostics) out.push({ policy: d.policyName, resource: v.name, level: d.enforcementLevel });
    }
    for (const d of r.stackDiagnostics) out.push({ policy: d.policyName, resource: "(stack)", level: d.enforcementLevel });
    return out.sort((a, b) => key(a).localeCompare(key(b)));
}

export function sortFindings(fs_: ExpectedFinding[]): ExpectedFinding[] {
    return [...fs_].sort((a, b) => key(a).localeCompare(key(b)));
}

/** Differences between expected and actual findings, as readable lines ("missing ...", "extra ..."). */
export function diffFindings(expected: ExpectedFinding[], actual: ExpectedFinding[]): string[] {
    const want = expected.map(key);
    const got = actual.map(key);
    const lines: string[] = [];
    const count = (xs: string[], x: string) => xs.filter((y) => y === x).length;
    for (const k of new Set([...want, ...got])) {
        const d = count(got, k) - count(want, k);
        if (d < 0) lines.push(`missing: ${k}`);
        if (d > 0) lines.push(`extra: ${k}`);
    }
    return lines;
}
