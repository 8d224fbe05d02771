// `ackguard scan`: a Terraform configuration read without a plan. The plan is the reference: on the
// Terraform fixtures (test/fixtures/terraform/, each a plan beside the .tf files it was planned
// from) scan must give the findings `ackguard plan` gives, and every difference in the resources
// is one a static reader cannot avoid, named below. Then the evaluation (variables, locals, count,
// for_each, dynamic blocks, modules), the --base deletions and the bad inputs, one by one.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerClient, AnalyzerResource } from "../cli/engine/analyzer";
import { findingsOf, sortFindings } from "../cli/commands/exampleOutcomes";
import { locateProperty, scanConfiguration } from "../cli/frontends/scan";
import { scanDirectory } from "../cli/commands/scan";
import { evaluate, Unknown } from "../cli/frontends/scan/evaluate";
import { parseHcl } from "../cli/frontends/scan/hcl";
import { readPlanFile } from "../cli/frontends";
import { fromTerraformPlan } from "../cli/frontends/terraform/plan";
import { planFile } from "../cli/commands/plan";
import type { PlanReport } from "../cli/engine/report";
import { ACKGUARD_DIR } from "../cli/engine/paths";
import { isSecret, UNKNOWN } from "../model/wire";
import { runCli, withPackProcess } from "./processes";

jest.setTimeout(300000);
const TF = path.join(ACKGUARD_DIR, "test", "fixtures", "terraform");
const SCAN = path.join(ACKGUARD_DIR, "test", "fixtures", "scan");
const fx = (...p: string[]) => path.join(TF, ...p);
const sx = (...p: string[]) => path.join(SCAN, ...p);
const rel = (p: string) => path.relative(process.cwd(), p).split(path.sep).join("/");
let client: AnalyzerClient;
withPackProcess((c) => (client = c));

function findings(r: PlanReport) {
    return sortFindings([
        ...findingsOf(r),
        ...r.deletions.map((d) => ({ policy: d.policyName, resource: d.name, level: d.enforcementLevel })),
    ]);
}

/** The analyzer resources scan reads from a directory, through the plan reader. */
async function scanned(dir: string, opts: Parameters<typeof scanConfiguration>[1] = {}) {
    const s = await scanConfiguration(dir, opts);
    return { scan: s, input: fromTerraformPlan(s.plan, dir, { tfDir: dir, declarations: s.declarations }) };
}

const byName = (rs: AnalyzerResource[]) => new Map(rs.map((r) => [r.name, { props: r.props, deps: r.propertyDependencies, protect: r.options?.protect }]));

function tempDir(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-scan-"));
    for (const [f, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        fs.writeFileSync(path.join(dir, f), text);
    }
    return dir;
}

describe("scan gives the findings of plan on the Terraform fixtures (the plan is the reference)", () => {
    test("modules: a module with count, for_each grants, module outputs; the same resources but one value the plan left unknown", async () => {
        const { input } = await scanned(fx("modules"));
        const plan = readPlanFile(fx("modules", "plan.json"), { tfDir: fx("modules") });
        const [a, b] = [byName(input.resources), byName(plan.resources)];
        expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
        // The plan marks rotation_interval unknown (the provider normalises it at apply); a static
        // reader keeps the configured "31536000s". Every other value, dependency and protect is equal.
        const kms = a.get("alicloud_kms_key.secrets")!;
        expect(kms.props.rotationInterval).toBe("31536000s");
        expect(b.get("alicloud_kms_key.secrets")!.props.rotationInterval).toBe(UNKNOWN);
        kms.props.rotationInterval = UNKNOWN;
        expect(a).toEqual(b);
        expect(findings(await scanDirectory(fx("modules"), { client }))).toEqual(findings(await planFile(fx("modules", "plan.json"), { client })));
    });

    test("node-pools: identical resources and findings, located at the same lines", async () => {
        const { input } = await scanned(fx("node-pools"));
        const plan = readPlanFile(fx("node-pools", "plan.json"), { tfDir: fx("node-pools") });
        expect(byName(input.resources)).toEqual(byName(plan.resources));
        const [s, p] = [await scanDirectory(fx("node-pools"), { client }), await planFile(fx("node-pools", "plan.json"), { client })];
        expect(findings(s)).toEqual(findings(p));
        expect(findings(s).filter((f) => f.level === "mandatory").length).toBeGreaterThan(0);
        const loc = (r: PlanReport) => r.resources.map((v) => [v.name, v.location?.file, v.location?.line]);
        expect(loc(s)).toEqual(loc(p));
    });

    test("ram-delete with --base: alice's deletion is blocked as in the plan; bob's user_name is known from his user's configuration", async () => {
        const opts = { base: sx("ram-delete-base"), vars: ["bob_password=Corr3ct-Horse-Battery!"] };
        const { input } = await scanned(fx("ram-delete"), opts);
        const plan = readPlanFile(fx("ram-delete", "plan.json"), { tfDir: fx("ram-delete") });
        const [a, b] = [byName(input.resources), byName(plan.resources)];
        // The plan writes user_name = alicloud_ram_user.bob.name as unknown; Terraform plans the
        // configured name "bob", which scan reads from the user's block.
        expect(a.get("alicloud_ram_login_profile.bob")!.props.userName).toBe("bob");
        a.get("alicloud_ram_login_profile.bob")!.props.userName = UNKNOWN;
        expect(a).toEqual(b);
        expect(input.removals.map((r) => [r.op, r.state.name])).toEqual(plan.removals.map((r) => [r.op, r.state.name]));
        expect(input.unjudged).toEqual(plan.unjudged);
        const s = await scanDirectory(fx("ram-delete"), { client, ...opts });
        expect(findings(s)).toEqual(findings(await planFile(fx("ram-delete", "plan.json"), { client })));
        expect(s.deletions.map((d) => [d.name, d.op])).toEqual([["alicloud_ram_user.alice", "delete"]]);
        const cleared = await scanDirectory(fx("ram-delete"), { client, ...opts, revokedFile: fx("ram-delete", "revoked.json") });
        expect(cleared.deletions).toEqual([]);
        expect(cleared.cleared.map((c) => c.reason)).toEqual(["revocation attested by ops-oncall@example.com at 2026-11-30T09:30:00Z (OPS-77)"]);
    });

    test("role-replace with --base: renaming the role (role_name is ForceNew) is a replacement, blocked as in the plan", async () => {
        const s = await scanDirectory(fx("role-replace"), { client, base: sx("role-replace-base") });
        const p = await planFile(fx("role-replace", "plan.json"), { client });
        expect(findings(s)).toEqual(findings(p));
        expect(s.deletions.map((d) => [d.name, d.op, d.location?.line])).toEqual([["alicloud_ram_role.deployer", "replace", 2]]);
    });

    test("--base: a moved block is a rename, not a deletion; a removed block with destroy = false forgets", async () => {
        const base = tempDir({ "main.tf": `resource "alicloud_ram_user" "old" {\n  name = "alice"\n}\nresource "alicloud_ram_user" "gone" {\n  name = "bob"\n}\nresource "alicloud_ram_user" "kept" {\n  name = "carol"\n}\n` });
        const head = tempDir({
            "main.tf": `resource "alicloud_ram_user" "new" {\n  name = "alice"\n}\nmoved {\n  from = alicloud_ram_user.old\n  to   = alicloud_ram_user.new\n}\nremoved {\n  from = alicloud_ram_user.kept\n  lifecycle {\n    destroy = false\n  }\n}\n`,
        });
        const s = await scanConfiguration(head, { base });
        expect((s.plan.resource_changes as any[]).map((c) => [c.address, c.change.actions])).toEqual([
            ["alicloud_ram_user.new", ["update"]], ["alicloud_ram_user.gone", ["delete"]], ["alicloud_ram_user.kept", ["forget"]],
        ]);
    });

    test("without --base no deletion can be seen: the report says so instead of passing silently", async () => {
        const s = await scanDirectory(fx("ram-delete"), { client });
        expect(s.deletions).toEqual([]);
        expect(s.notes).toContain("deletions cannot be seen without state: every resource is judged as created; give --base DIR (the target branch's configuration) to gate deletions, or run ackguard plan on a plan");
        // bob_password has no value here: unknown, listed, never a crash.
        expect(s.scan.unknownVariables).toEqual(["bob_password"]);
    });
});

describe("scan evaluates the configuration as Terraform does at plan time", () => {
    let scan: Awaited<ReturnType<typeof scanned>>;
    beforeAll(async () => {
        scan = await scanned(sx("features"), { vars: ["team=sre"] });
    });
    const props = (name: string) => {
        const r = scan.input.resources.find((x) => x.name === name);
        if (!r) throw new Error(`no ${name} in ${scan.input.resources.map((x) => x.name).join(", ")}`);
        return r.props;
    };

    test("instances get Terraform's addresses: for_each keys, count indexes, module instances", () => {
        expect(scan.input.resources.map((r) => r.name).sort()).toEqual([
            "alicloud_cs_kubernetes_node_pool.pool[\"batch\"]", "alicloud_cs_kubernetes_node_pool.pool[\"web\"]",
            "alicloud_cs_kubernetes_permissions.ops[0]", "alicloud_cs_kubernetes_permissions.ops[1]",
            "alicloud_ram_login_profile.ops[0]", "alicloud_ram_login_profile.ops[1]",
            "alicloud_ram_user.ops[0]", "alicloud_ram_user.ops[1]",
            "module.ack[0].alicloud_cs_managed_kubernetes.this", "module.ack[1].alicloud_cs_managed_kubernetes.this",
        ]);
    });

    test("variables (tfvars, --var over the default), locals, for expressions, functions and dynamic blocks", () => {
        expect(props('alicloud_cs_kubernetes_node_pool.pool["web"]')).toMatchObject({
            nodePoolName: "prod-web", // format() over a terraform.tfvars value
            desiredSize: "2", // tostring() of a map default
            tags: { env: "prod", owner: "sre" }, // merge() of a local, --var team=sre over the default
            management: { autoRepair: true, autoVulFix: true, autoVulFixPolicy: { vulLevel: "asap,later" } }, // lookup(), dynamic over toset()
        });
        expect(props("alicloud_ram_user.ops[1]")).toEqual({ name: "frank" }); // element(), count.index
        expect(props("module.ack[1].alicloud_cs_managed_kubernetes.this")).toMatchObject({ name: "ack-prod-1", addons: [{ name: "gatekeeper" }, { name: "security-inspector" }] }); // concat() and a conditional into a module's dynamic block
    });

    test("what needs apply, a data source or an unset variable is unknown; the unset variable is listed", () => {
        const pool = props('alicloud_cs_kubernetes_node_pool.pool["web"]');
        expect(pool.clusterId).toBe(UNKNOWN);
        expect(pool.vswitchIds).toEqual([UNKNOWN]);
        expect(props("alicloud_cs_kubernetes_permissions.ops[0]").uid).toBe(UNKNOWN);
        expect(scan.scan.unknownVariables).toEqual(["cluster_id"]);
    });

    test("dependency edges are kept across count, modules with count and outputs", () => {
        const r = scan.input.resources.find((x) => x.name === "alicloud_cs_kubernetes_permissions.ops[0]")!;
        const user = scan.input.resources.find((x) => x.name === "alicloud_ram_user.ops[0]")!.urn;
        expect(r.propertyDependencies?.uid).toEqual([user]);
        expect(r.propertyDependencies?.permissions).toContain(scan.input.resources.find((x) => x.name === "module.ack[0].alicloud_cs_managed_kubernetes.this")!.urn);
    });

    test("a value from a sensitive variable is a secret", () => {
        expect(isSecret(props("alicloud_ram_login_profile.ops[0]").password)).toBe(true);
        expect(scan.input.secrets.has("Sc4n-Secret-Passw0rd!")).toBe(true);
    });

    test("a registry module that is not installed is listed as not expanded, never passed silently", () => {
        expect(scan.scan.notExpanded.map((n) => [n.address, n.source, n.location.line])).toEqual([["module.remote", "alibaba/kubernetes/alicloud", 69]]);
        expect(scan.input.notes.join("\n") + scan.scan.notes.join("\n")).toContain("module.remote");
    });

    test("file:line:column for each block and for each attribute it sets (nested and dynamic ones too)", () => {
        const main = rel(sx("features", "main.tf"));
        const loc = scan.scan.locations['alicloud_cs_kubernetes_node_pool.pool["web"]'];
        expect([loc.file, loc.line, loc.column]).toEqual([main, 41, 1]);
        expect(loc.attributes.cluster_id).toEqual({ file: main, line: 43, column: 3 });
        expect(loc.attributes["management[0].auto_vul_fix"]).toEqual({ file: main, line: 52, column: 5 });
        expect(loc.attributes["management[0].auto_vul_fix_policy[0].vul_level"]).toEqual({ file: main, line: 56, column: 9 });
        expect(scan.scan.locations["module.ack[1].alicloud_cs_managed_kubernetes.this"]).toMatchObject({ file: rel(sx("features", "modules", "cluster", "main.tf")), line: 9 });
    });

    test("a finding's property path points at the attribute when set, at the block when omitted", () => {
        const main = rel(sx("features", "main.tf"));
        const pool = scan.scan.locations['alicloud_cs_kubernetes_node_pool.pool["web"]'];
        const at = (p: string) => locateProperty(pool, "alicloud_cs_kubernetes_node_pool", p);
        expect(at("management.autoVulFixPolicy.vulLevel")).toEqual({ file: main, line: 56, column: 9 });
        expect(at("clusterId")).toEqual({ file: main, line: 43, column: 3 });
        expect(at("instanceMetadataOptions.httpTokens")).toEqual({ file: main, line: 41, column: 1 });
        const grant = scan.scan.locations["alicloud_cs_kubernetes_permissions.ops[0]"];
        expect(locateProperty(grant, "alicloud_cs_kubernetes_permissions", "permissions[].isRamRole")).toEqual({ file: main, line: 92, column: 5 });
    });

    test("the document has the plan's shape: changes, planned values, configuration with references", () => {
        const plan = scan.scan.plan as any;
        const change = plan.resource_changes.find((c: any) => c.address === "alicloud_cs_kubernetes_permissions.ops[0]");
        expect(change).toMatchObject({ mode: "managed", type: "alicloud_cs_kubernetes_permissions", name: "ops", index: 0, change: { actions: ["create"], before: null, after_unknown: { uid: true, permissions: [{ cluster: true }] } } });
        const cfg = plan.configuration.root_module.resources.find((r: any) => r.address === "alicloud_cs_kubernetes_permissions.ops");
        expect([...cfg.expressions.uid.references].sort()).toEqual(["alicloud_ram_user.ops", "count.index"]);
        expect(plan.configuration.root_module.module_calls.ack.module.resources[0].address).toBe("alicloud_cs_managed_kubernetes.this");
        expect(plan.planned_values.root_module.child_modules.map((m: any) => m.address)).toEqual(["module.ack[0]", "module.ack[1]"]);
    });

    test("a reference through a local keeps its edge (the plan loses it: Terraform lists only local.x)", async () => {
        const dir = tempDir({
            "main.tf": `resource "alicloud_ram_user" "u" {\n  name = "u"\n}\nlocals {\n  uid = alicloud_ram_user.u.id\n}\nresource "alicloud_cs_kubernetes_permissions" "p" {\n  uid = local.uid\n}\n`,
        });
        const { input } = await scanned(dir);
        const p = input.resources.find((r) => r.name === "alicloud_cs_kubernetes_permissions.p")!;
        expect(p.propertyDependencies?.uid).toEqual([input.resources.find((r) => r.name === "alicloud_ram_user.u")!.urn]);
    });

    test("count or for_each known only after apply: one instance [*] with unknown keys, and a note", async () => {
        const dir = tempDir({ "main.tf": `data "alicloud_ram_users" "all" {}\nresource "alicloud_ram_user" "u" {\n  for_each = toset(data.alicloud_ram_users.all.names)\n  name     = each.key\n}\n` });
        const { input, scan: s } = await scanned(dir);
        expect(input.resources.map((r) => [r.name, r.props.name])).toEqual([["alicloud_ram_user.u[*]", UNKNOWN]]);
        expect(s.notes.some((n) => n.includes("alicloud_ram_user.u") && n.includes("known only after apply"))).toBe(true);
    });

    test("a registry module that terraform init installed is read from .terraform/modules", async () => {
        const dir = tempDir({
            "main.tf": `module "users" {\n  source  = "example/users/alicloud"\n  version = "1.0.0"\n  names   = ["gina"]\n}\n`,
            ".terraform/modules/modules.json": JSON.stringify({ Modules: [{ Key: "", Source: "", Dir: "." }, { Key: "users", Source: "registry.terraform.io/example/users/alicloud", Version: "1.0.0", Dir: ".terraform/modules/users" }] }),
            ".terraform/modules/users/main.tf": `variable "names" {\n  type = list(string)\n}\nresource "alicloud_ram_user" "u" {\n  for_each = toset(var.names)\n  name     = each.key\n}\n`,
        });
        const { input, scan: s } = await scanned(dir);
        expect(input.resources.map((r) => [r.name, r.props.name])).toEqual([['module.users.alicloud_ram_user.u["gina"]', "gina"]]);
        expect(s.notExpanded).toEqual([]);
    });

    test("--var-file and *.auto.tfvars override terraform.tfvars; --var wins over all; TF_VAR_ is the lowest", async () => {
        const dir = tempDir({
            "main.tf": `variable "a" {}\nvariable "b" {}\nvariable "c" {}\nvariable "d" {}\nresource "alicloud_ram_user" "u" {\n  name = "\${var.a}-\${var.b}-\${var.c}-\${var.d}"\n}\n`,
            "terraform.tfvars": `a = "tfvars"\nb = "tfvars"\nc = "tfvars"\n`,
            "x.auto.tfvars": `b = "auto"\nc = "auto"\n`,
            "extra.tfvars": `c = "file"\n`,
        });
        const { input } = await scanned(dir, { varFiles: [path.join(dir, "extra.tfvars")], vars: ["d=cli"], env: { TF_VAR_a: "env", TF_VAR_d: "env" } });
        expect(input.resources[0].props.name).toBe("tfvars-auto-file-cli");
    });
});

describe("expressions evaluate as Terraform evaluates them", () => {
    const cases: [string, unknown][] = [
        ["1 + 2 * 3", 7],
        ["1 + 2 == 3", true],
        ["true || false && false", true],
        ["-1 + 2", 1],
        // The grammar groups a chain of conditionals to the left; HCL to the right.
        ["false ? 1 : false ? 2 : true ? 3 : 4", 3],
        ["(true ? false : true) ? 10 : 20", 20],
        ['1 == 2 ? "a" : 2 > 1 ? "b" : "c"', "b"],
        ['[for s in ["a", "b"] : upper(s)]', ["A", "B"]],
        ['[for i, v in ["a", "b"] : "${i}=${v}" if v != "a"]', ["1=b"]],
        ['{ for p in ["a", "b", "a"] : p => p... }', { a: ["a", "a"], b: ["b"] }],
        ["[{ n = 1 }, { n = 2 }][*].n", [1, 2]],
        // Spaces next to interpolations and directives are part of the string.
        ['"a ${1} b ${2}c"', "a 1 b 2c"],
        ['"x%{ if true }yes%{ else }no%{ endif }-%{ for v in [1, 2] }${v},%{ endfor }"', "xyes-1,2,"],
        ['"%{ for v in [1, 2] ~} ${v} %{~ endfor }|"', "12|"],
        ['"esc \\"q\\" $${literal}"', 'esc "q" ${literal}'],
        ["<<-EOT\n    line1\n      ${1 + 1}\n    EOT\n", "line1\n  2\n"],
        ['<<EOT\n{ "a": "${1}" }\nEOT\n', '{ "a": "1" }\n'],
        ['format("%s-%03d-%v", "a", 7, true)', "a-007-true"],
        ["jsonencode({ b = 1, a = [true, null] })", '{"a":[true,null],"b":1}'],
        ['lookup({ a = 1 }, "b", "default")', "default"],
        ["merge({ a = 1 }, { b = 2 }, { a = 3 })", { a: 3, b: 2 }],
        ['concat(["a"], ["b", "c"])', ["a", "b", "c"]],
        ['toset(["b", "a", "b"])', ["a", "b"]],
        ['element(["a", "b"], 3)', "b"],
        ['tostring(2)', "2"],
        ['length({ a = 1, b = 2 })', 2],
        ['try(tonumber("x"), 7)', 7],
        ['can(tonumber("x"))', false],
        ['replace("abc123", "/[0-9]+/", "N")', "abcN"],
        ['flatten([[1, [2]], 3])', [1, 2, 3]],
        ['join("-", compact(["a", "", "b"]))', "a-b"],
        // A function ackguard does not evaluate gives an unknown value, never a guess.
        ['cidrsubnet("10.0.0.0/16", 8, 1)', UNKNOWN],
    ];
    test.each(cases)("%s", async (src, expected) => {
        const body = await parseHcl("t.tf", `x = ${src}\n`);
        const v = evaluate(body.attributes.get("x")!.expr, { lookup: () => undefined, locals: new Map(), moduleDir: ".", rootDir: "." });
        if (expected === UNKNOWN) expect(v).toBeInstanceOf(Unknown);
        else expect(v).toEqual(expected);
    });
});

describe("bad input: one line, exit 2, never a crash", () => {
    const run = async (dir: string, ...args: string[]) => {
        const r = await runCli(["scan", dir, ...args], path.dirname(dir));
        expect(r.stdout).toBe("");
        expect(r.stderr.trim().split("\n")).toHaveLength(1);
        return r;
    };

    test("an HCL syntax error gives file:line:column and what the parser found", async () => {
        const dir = tempDir({ "main.tf": `resource "alicloud_ram_user" "u" {\n  name = "x"\n` });
        const r = await run(dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(new RegExp(`^ackguard: ${path.basename(dir)}/main.tf:3:1: HCL syntax error: missing "}"`));
        await expect(parseHcl("bad.tf", `resource "a" "b" {\n  x = \n}\n`)).rejects.toThrow(/^bad\.tf:2:3: HCL syntax error: unexpected "x ="/);
    });

    test("a directory without .tf files, and a missing directory", async () => {
        const dir = tempDir({ "README.md": "no terraform here\n" });
        expect((await run(dir)).stderr).toBe(`ackguard: ${dir} has no .tf files: give the directory of a Terraform configuration\n`);
        expect((await run(path.join(dir, "nope"))).code).toBe(2);
    });

    test("a module source cycle is detected", async () => {
        const dir = tempDir({ "main.tf": `module "a" {\n  source = "./modules/a"\n}\n`, "modules/a/main.tf": `module "back" {\n  source = "../.."\n}\n` });
        const r = await run(dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("a module source cycle");
    });

    test("huge or deeply nested configurations stay within bounds", async () => {
        const deep = tempDir({ "main.tf": `locals {\n  x = ${"[".repeat(50000)}${"]".repeat(50000)}\n}\n` });
        expect((await run(deep)).stderr).toContain("nested more than 128 levels deep");
        const blocks = tempDir({ "main.tf": `${'resource "a" "b" {\n'}${"x {\n".repeat(5000)}${"}\n".repeat(5000)}}\n` });
        expect((await run(blocks)).stderr).toContain("nested more than 128 levels deep");
        const many = tempDir({ "main.tf": `resource "alicloud_ram_user" "u" {\n  count = 100000000\n  name  = "u"\n}\n` });
        expect((await run(many)).stderr).toContain("more than the 100000 instances ackguard evaluates");
        const range = tempDir({ "main.tf": `locals {\n  x = range(1000000000)\n}\nresource "alicloud_ram_user" "u" {\n  name = length(local.x)\n}\n` });
        expect((await run(range)).stderr).toContain("more than the 100000 ackguard evaluates");
    });

    test("a syntax error in --var or a missing --var-file", async () => {
        expect((await run(fx("node-pools"), "--var-file", "/nonexistent.tfvars")).stderr).toBe("ackguard: --var-file /nonexistent.tfvars: no such file\n");
        expect((await run(fx("node-pools"), "--var", "novalue")).stderr).toContain("--var must be name=value");
    });
});

describe("ackguard scan, as CI runs it", () => {
    test("exit 1 on a blocked deletion, 0 with an attestation; the password never appears in any format", async () => {
        const args = ["scan", fx("ram-delete"), "--base", sx("ram-delete-base"), "--var", "bob_password=Corr3ct-Horse-Battery!"];
        for (const format of ["text", "json", "sarif"]) {
            const r = await runCli([...args, "--format", format]);
            expect(r.code).toBe(1);
            expect(r.stdout + r.stderr).not.toContain("Corr3ct-Horse-Battery!");
        }
        const json = JSON.parse((await runCli([...args, "--format", "json"])).stdout);
        expect(json.deletions.map((d: any) => [d.policyName, d.name, d.op])).toEqual([["ack-identity-revoke-before-delete", "alicloud_ram_user.alice", "delete"]]);
        expect(json.input).toMatchObject({ kind: "terraform", via: "Terraform configuration, read without a plan" });
        expect((await runCli([...args, "--revoked", fx("ram-delete", "revoked.json")])).code).toBe(0);
    });

    test("the text report names the resources by address at file:line and lists what was not expanded", async () => {
        const r = await runCli(["scan", sx("features"), "--var", "cluster_id=c1"]);
        expect(r.stderr).toBe("");
        expect(r.stdout).toContain("(Terraform configuration, read without a plan)");
        expect(r.stdout).toContain("Note: module.remote");
        expect(r.stdout).not.toContain("Sc4n-Secret-Passw0rd!");
    });
});
