// Loads the `<policy>.examples.ts` file beside every policy file.
import * as fs from "fs";
import * as path from "path";
import { PolicyExamples } from "../model/examples";

export const POLICIES_DIR = path.join(__dirname, "..", "policies");

/**
 * Source files of policies/<area>/ except index, examples and fixtures. Files that export no
 * policy are helpers (common.ts, podSpec.ts...); the conventions test checks the others.
 */
export function policyFiles(): string[] {
    const out: string[] = [];
    for (const area of fs.readdirSync(POLICIES_DIR)) {
        const dir = path.join(POLICIES_DIR, area);
        if (!fs.statSync(dir).isDirectory()) continue;
        for (const f of fs.readdirSync(dir)) {
            if (/\.js$/.test(f) && !/\.(examples|fixtures)\.js$/.test(f) && f !== "index.js") {
                out.push(path.join(dir, f));
            }
        }
    }
    return out.sort();
}

export function examplesFileOf(policyFile: string): string {
    return policyFile.replace(/\.js$/, ".examples.js");
}

export const allExamples: PolicyExamples[] = policyFiles()
    .filter((f) => fs.existsSync(examplesFileOf(f)))
    .map((f) => require(examplesFileOf(f)).examples as PolicyExamples);
