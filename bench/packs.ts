// The packs the benchmarks compare: ACKGuard (this repository), an empty pack, and packs with
// ACKGuard's policies emptied (floor, skeleton), all on the same SDK (same node_modules, same
// tsconfig), so any difference is the cost of ACKGuard's policies.
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.join(__dirname, "..", "..");
export const EMPTY_PACK = path.join(ROOT, ".bench", "empty-pack");

/** Writes a pack directory under .bench/ whose index.js is `indexJs`; returns the directory. */
function writePack(dir: string, indexJs: string): string {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: path.basename(dir), version: "0.0.1", main: "index.js" }, null, 2));
    fs.writeFileSync(path.join(dir, "PulumiPolicy.yaml"), "runtime: nodejs\n");
    // Same tsconfig as ACKGuard: run-policy-pack registers ts-node with the pack's tsconfig.json.
    fs.copyFileSync(path.join(ROOT, "tsconfig.json"), path.join(dir, "tsconfig.json"));
    fs.writeFileSync(path.join(dir, "index.js"), indexJs);
    return dir;
}

/** Writes the empty pack (a PolicyPack with no policies) and returns its directory. */
export function makeEmptyPack(): string {
    return writePack(EMPTY_PACK, 'const { PolicyPack } = require("@pulumi/policy");\nnew PolicyPack("empty", { policies: [] });\n');
}

export const SKELETON_PACK = path.join(ROOT, ".bench", "skeleton-pack");

/**
 * Writes a pack with ACKGuard's policies (same names, types, `__pulumiType` tags, not-applicable for
 * other types) whose checks do nothing, with ACKGuard's sharing installed: what the SDK itself costs
 * for ACKGuard's policy shapes.
 */
export function makeSkeletonPack(): string {
    return writePack(SKELETON_PACK, `const { PolicyPack } = require("@pulumi/policy");
const { policies } = require(${JSON.stringify(path.join(ROOT, "dist", "policies"))});
const { OTHER_TYPES } = require(${JSON.stringify(path.join(ROOT, "dist", "model", "policy"))});
// ACKGuard's sharing, as index.ts installs it (each switchable off by the same variables).
require(${JSON.stringify(path.join(ROOT, "dist", "model", "sharedDeserialization"))}).installSharedDeserialization();
require(${JSON.stringify(path.join(ROOT, "dist", "model", "sharedAnalysis"))}).installSharedAnalysis();
require(${JSON.stringify(path.join(ROOT, "dist", "model", "responseEncoding"))}).installResponseEncoding();
new PolicyPack("skeleton", {
    policies: policies.map((p) => {
        const q = { ...p };
        if (p.validateResource) {
            const types = new Set(p.resourceTypes);
            let na;
            q.validateResource = (args) => {
                if (types.has(args.type)) return;
                if (na === undefined) try { args.notApplicable("Policy only applies to other types"); } catch (e) { na = e; }
                throw na;
            };
            if (p.validateResource.__pulumiType) q.validateResource.__pulumiType = p.validateResource.__pulumiType;
            if (p.validateResource[OTHER_TYPES]) q.validateResource[OTHER_TYPES] = p.validateResource[OTHER_TYPES];
        }
        if (p.validateStack) q.validateStack = () => {};
        return q;
    }),
});
`);
}

export const FLOOR_PACK = path.join(ROOT, ".bench", "floor-pack");

/**
 * Writes a pack with ACKGuard's policies (same names, same number) whose functions are tagged with a
 * type no resource has: the SDK reports each one not applicable without deserializing anything or
 * calling it. What the SDK costs for a pack of this many policies, whatever they check.
 */
export function makeFloorPack(): string {
    return writePack(FLOOR_PACK, `const { PolicyPack } = require("@pulumi/policy");
const { policies } = require(${JSON.stringify(path.join(ROOT, "dist", "policies"))});
const tagged = () => Object.assign(() => {}, { __pulumiType: "bench:none:None" });
new PolicyPack("floor", {
    policies: policies.map((p) => {
        const q = { ...p };
        if (p.validateResource) q.validateResource = tagged();
        if (p.remediateResource) delete q.remediateResource;
        if (p.validateStack) q.validateStack = tagged();
        return q;
    }),
});
`);
}
