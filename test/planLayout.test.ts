// The layering the plan front ends rely on: model/ knows nothing of cli/ or policies/, so the
// policies and the CLI can both import the shared answers (wire encoding, identity -> cluster access).
import * as fs from "fs";
import * as path from "path";
import { ACKGUARD_DIR } from "../cli/commands/preview";

const imports = (file: string) => [...fs.readFileSync(file, "utf8").matchAll(/(?:import|export)[^"']*from\s+["']([^"']+)["']/g)].map((m) => m[1]);

test("model/ imports nothing from cli/ or policies/", () => {
    const dir = path.join(ACKGUARD_DIR, "model");
    const bad = fs.readdirSync(dir).filter((f) => f.endsWith(".ts"))
        .flatMap((f) => imports(path.join(dir, f)).filter((i) => /(^|\/)(cli|policies)(\/|$)/.test(i)).map((i) => `${f} -> ${i}`));
    expect(bad).toEqual([]);
});

test("the plan gate and the policy share one identity -> cluster access model", () => {
    const plan = imports(path.join(ACKGUARD_DIR, "cli", "commands", "plan.ts"));
    const common = imports(path.join(ACKGUARD_DIR, "policies", "access", "common.ts"));
    expect(plan).toContain("../../model/access");
    expect(common).toContain("../../model/access");
});
