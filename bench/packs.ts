// The packs the benchmarks compare: ACKGuard (this repository) and an empty pack on the same SDK
// (same node_modules, same tsconfig), so any difference is the cost of ACKGuard's policies.
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.join(__dirname, "..", "..");
export const EMPTY_PACK = path.join(ROOT, ".bench", "empty-pack");

/** Writes the empty pack (a PolicyPack with no policies) under .bench/ and returns its directory. */
export function makeEmptyPack(): string {
    fs.mkdirSync(EMPTY_PACK, { recursive: true });
    fs.writeFileSync(path.join(EMPTY_PACK, "package.json"), JSON.stringify({ name: "empty-pack", version: "0.0.1", main: "index.js" }, null, 2));
    fs.writeFileSync(path.join(EMPTY_PACK, "PulumiPolicy.yaml"), "runtime: nodejs\n");
    // Same tsconfig as ACKGuard: run-policy-pack registers ts-node with the pack's tsconfig.json.
    fs.copyFileSync(path.join(ROOT, "tsconfig.json"), path.join(EMPTY_PACK, "tsconfig.json"));
    fs.writeFileSync(path.join(EMPTY_PACK, "index.js"), 'const { PolicyPack } = require("@pulumi/policy");\nnew PolicyPack("empty", { policies: [] });\n');
    return EMPTY_PACK;
}
