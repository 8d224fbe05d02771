// Loads the `<policy>.examples.ts` file beside every policy file.
import * as fs from "fs";
import * as path from "path";
import { PolicyExamples } from "../model/examples";

export const POLICIES_DIR = path.join(__dirname, "..", "policies");

/** Policy source files: everything in policies/<area>/ except examples, fixtures and helpers. */
export function policyFiles(): string[] {
    const out: string[] = [];
    for (const area of fs.readdirSync(POLICIES_DIR)) {
        const dir = path.join(POLICIES_DIR, area);
        if (!fs.statSync(dir).isDirectory()) continue;
        for (const f of fs.readdirSync(dir)) {
            if (/\.js$/.test(f) && !/\.(examples|fixtures)\.js$/.test(f) && f !== "common.js" && f !== "index.js") {
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
