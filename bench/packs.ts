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

export const SKELETON_PACK = path.join(ROOT, ".bench", "skeleton-pack");

/**
 * Writes a pack with ACKGuard's policies (same names, types, `__pulumiType` tags, not-applicable for
 * other types) whose checks do nothing: what the SDK itself costs for ACKGuard's policy shapes.
 */
export function makeSkeletonPack(): string {
    fs.mkdirSync(SKELETON_PACK, { recursive: true });
    fs.writeFileSync(path.join(SKELETON_PACK, "package.json"), JSON.stringify({ name: "skeleton-pack", version: "0.0.1", main: "index.js" }, null, 2));
    fs.writeFileSync(path.join(SKELETON_PACK, "PulumiPolicy.yaml"), "runtime: nodejs\n");
    fs.copyFileSync(path.join(ROOT, "tsconfig.json"), path.join(SKELETON_PACK, "tsconfig.json"));
    fs.writeFileSync(path.join(SKELETON_PACK, "index.js"), `const { PolicyPack } = require("@pulumi/policy");
const { policies } = require(${JSON.stringify(path.join(ROOT, "dist", "policies"))});
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
        }
        if (p.validateStack) q.validateStack = () => {};
        return q;
    }),
});
`);
    return SKELETON_PACK;
}

export const FLOOR_PACK = path.join(ROOT, ".bench", "floor-pack");

/**
 * Writes a pack with ACKGuard's policies (same names, same number) whose functions are tagged with a
 * type no resource has: the SDK reports each one not applicable without deserializing anything or
 * calling it. What the SDK costs for a pack of this many policies, whatever they check.
 */
export function makeFloorPack(): string {
    fs.mkdirSync(FLOOR_PACK, { recursive: true });
    fs.writeFileSync(path.join(FLOOR_PACK, "package.json"), JSON.stringify({ name: "floor-pack", version: "0.0.1", main: "index.js" }, null, 2));
    fs.writeFileSync(path.join(FLOOR_PACK, "PulumiPolicy.yaml"), "runtime: nodejs\n");
    fs.copyFileSync(path.join(ROOT, "tsconfig.json"), path.join(FLOOR_PACK, "tsconfig.json"));
    fs.writeFileSync(path.join(FLOOR_PACK, "index.js"), `const { PolicyPack } = require("@pulumi/policy");
const { policies } = require(${JSON.stringify(path.join(ROOT, "dist", "policies"))});
const tagged = (fn) => Object.assign(() => {}, { __pulumiType: "bench:none:None" });
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
    return FLOOR_PACK;
}
