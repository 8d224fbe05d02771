// `ackguard plan` on `terraform show -json` documents (test/fixtures/terraform/: hand-written plans
// following the format, each beside the .tf files it was planned from). The same pack judges them
// over the same protocol as a Pulumi program: findings are compared with the Pulumi example program
// of the same resources, and the Terraform-specific semantics (unknowns, defaults, secrets, modules,
// count, for_each, deletions) are checked one by one.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import { AnalyzerClient, AnalyzerResource } from "../cli/engine/analyzer";
import { findingsOf, sortFindings } from "../cli/commands/exampleOutcomes";
import { readPlanFile } from "../cli/frontends";
import { planFile } from "../cli/commands/plan";
import type { PlanReport } from "../cli/engine/report";
import { renderText as renderPlanText } from "../cli/report/text";
import { ACKGUARD_DIR, previewProgram } from "../cli/commands/preview";
import { renderSarif } from "../cli/report/sarif";
import { TERRAFORM_MAPPING, FieldMap } from "../cli/frontends/terraform/mapping";
import { T } from "../model/resources";
import { isSecret, UNKNOWN } from "../model/wire";
import { generateMapping, renderMapping, OUT_FILE } from "../scripts/gen-terraform-mapping";
import { runCli, withPackProcess } from "./processes";

// Each case starts the CLI or a pack; a loaded CI machine needs more than the default.
jest.setTimeout(300000);
const TF = path.join(ACKGUARD_DIR, "test", "fixtures", "terraform");
const fx = (...p: string[]) => path.join(TF, ...p);
let client: AnalyzerClient;
withPackProcess((c) => (client = c));

/** (policy, resource, level) of every finding, the resource as its Terraform name (last address step). */
function findings(r: PlanReport, short = false) {
    const name = (a: string) => (short ? a.replace(/^.*\.([^.[]+)(\[[^\]]*\])?$/, "$1$2") : a);
    return sortFindings([
        ...findingsOf(r).map((f) => ({ ...f, resource: name(f.resource) })),
        ...r.deletions.map((d) => ({ policy: d.policyName, resource: name(d.name), level: d.enforcementLevel })),
    ]);
}

const resourceOf = (rs: AnalyzerResource[], name: string) => {
    const r = rs.find((x) => x.name === name);
    if (!r) throw new Error(`no resource ${name}`);
    return r;
};

/** A copy of a fixture's plan, changed by `edit`, in a temp dir. */
function variant(fixture: string, edit: (plan: any) => void): string {
    const plan = JSON.parse(fs.readFileSync(fx(fixture, "plan.json"), "utf8"));
    edit(plan);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-tf-"));
    fs.writeFileSync(path.join(dir, "plan.json"), JSON.stringify(plan));
    return path.join(dir, "plan.json");
}

describe("the Terraform -> Pulumi mapping", () => {
    test("is generated from the installed @pulumi/alicloud and is up to date", () => {
        expect(fs.readFileSync(OUT_FILE, "utf8")).toBe(renderMapping(generateMapping()));
    });

    test("maps every resource type the policies inspect", () => {
        const mapped = new Set(Object.values(TERRAFORM_MAPPING).map((m) => m.token));
        expect(Object.values(T).filter((t) => !mapped.has(t))).toEqual([]);
    });

    test("every mapped Pulumi property exists in the SDK's input types (type-checked against PropsOf)", () => {
        // One property access per mapped path, compiled against the SDK's .d.ts by the TypeScript checker.
        const lines = ['import type { PropsOf } from "../model/resources";', "declare function props<K extends keyof PropsOf>(k: K): PropsOf[K];", "export function probe(): void {"];
        const walk = (expr: string, fields: Record<string, FieldMap>) => {
            for (const f of Object.values(fields)) {
                const access = `${expr}?.${f.pulumi}`;
                lines.push(`    void ${access};`);
                if (f.fields && f.shape === "list<object>") walk(`${access}?.[0]`, f.fields);
                else if (f.fields) walk(access, f.fields);
            }
        };
        for (const m of Object.values(TERRAFORM_MAPPING)) walk(`props(${JSON.stringify(m.token)})`, m.fields);
        // A canary: a property the SDK does not have must be the one error, or the probe checks nothing.
        lines.push(`    void props(${JSON.stringify(T.NodePool)})?.noSuchPropertyInTheSdk;`);
        lines.push("}");
        const dir = path.join(ACKGUARD_DIR, "test");
        const file = path.join(dir, "__mapping_probe__.ts");
        const host = ts.createCompilerHost({});
        const orig = host.getSourceFile;
        host.getSourceFile = (name, lang, ...rest) => (path.resolve(name) === file ? ts.createSourceFile(name, lines.join("\n"), lang) : orig(name, lang, ...rest));
        const program = ts.createProgram([file], { strict: true, noEmit: true, skipLibCheck: true, moduleResolution: ts.ModuleResolutionKind.Node10, target: ts.ScriptTarget.ES2020, types: [] }, host);
        const errors = ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
        expect(lines.length).toBeGreaterThan(500);
        expect(errors).toEqual([expect.stringContaining("'noSuchPropertyInTheSdk' does not exist")]);
    });
});

describe("a Terraform plan becomes the analyzer resources of the same Pulumi program", () => {
    const input = readPlanFile(fx("modules", "plan.json"), { tfDir: fx("modules") });
    const urn = (address: string) => resourceOf(input.resources, address).urn;

    test("names are Terraform addresses, URNs carry the Pulumi type token", () => {
        expect(input.kind).toBe("terraform");
        expect(input.resources.map((r) => r.name).sort()).toEqual([
            'alicloud_cs_kubernetes_permissions.dev["carol"]', 'alicloud_cs_kubernetes_permissions.dev["dave"]',
            "alicloud_kms_key.secrets", 'alicloud_ram_user.dev["carol"]', 'alicloud_ram_user.dev["dave"]',
            "module.ack.alicloud_cs_kubernetes_node_pool.workers[0]", "module.ack.alicloud_cs_kubernetes_node_pool.workers[1]",
            "module.ack.alicloud_cs_managed_kubernetes.this",
        ]);
        expect(urn("module.ack.alicloud_cs_kubernetes_node_pool.workers[0]")).toBe(`urn:pulumi:terraform::modules::${T.NodePool}::module.ack.alicloud_cs_kubernetes_node_pool.workers[0]`);
    });

    test("one-item blocks become objects, names become camelCase, attributes that are not inputs are dropped", () => {
        const pool = resourceOf(input.resources, "module.ack.alicloud_cs_kubernetes_node_pool.workers[1]").props;
        expect(pool.management).toEqual({ autoRepair: true, autoVulFix: true, autoVulFixPolicy: { vulLevel: "asap,later" } });
        expect(pool.instanceMetadataOptions).toEqual({ httpTokens: "required" });
        expect(pool.dataDisks).toEqual([{ category: "cloud_essd", size: 120, encrypted: "true" }]);
        expect(pool).not.toHaveProperty("nodePoolId");
        expect(pool).not.toHaveProperty("id");
    });

    test("a value known only after apply that the configuration writes becomes the unknown value at the same path", () => {
        const pool = resourceOf(input.resources, "module.ack.alicloud_cs_kubernetes_node_pool.workers[0]").props;
        expect(pool.clusterId).toBe(UNKNOWN);
        const cluster = resourceOf(input.resources, "module.ack.alicloud_cs_managed_kubernetes.this").props;
        expect(cluster.encryptionProviderKey).toBe(UNKNOWN);
        const perm = resourceOf(input.resources, 'alicloud_cs_kubernetes_permissions.dev["carol"]').props;
        expect(perm.uid).toBe(UNKNOWN);
        expect((perm.permissions as any)[0].cluster).toBe(UNKNOWN);
    });

    test("Optional+Computed attributes the configuration never set are omitted, not unknown", () => {
        const pool = resourceOf(input.resources, "module.ack.alicloud_cs_kubernetes_node_pool.workers[0]").props;
        for (const k of ["scalingConfig", "securityGroupIds", "autoMode", "resourceGroupId"]) expect(pool).not.toHaveProperty(k);
        expect(pool.management).not.toHaveProperty("enable");
        const cluster = resourceOf(input.resources, "module.ack.alicloud_cs_managed_kubernetes.this").props;
        for (const k of ["securityGroupId", "disableEncryption", "controlPlaneEndpointsConfig", "profile"]) expect(cluster).not.toHaveProperty(k);
    });

    test("values Terraform fills from schema defaults are omitted, so policies judge them as the provider default", () => {
        const cluster = resourceOf(input.resources, "module.ack.alicloud_cs_managed_kubernetes.this").props;
        for (const k of ["newNatGateway", "proxyMode", "nodeCidrMask", "clusterDomain", "namePrefix", "ipStack"]) expect(cluster).not.toHaveProperty(k);
        expect(cluster.slbInternetEnabled).toBe(false); // written in the configuration: kept
    });

    test("configuration references become property dependencies across module calls, count and for_each", () => {
        const deps = (a: string) => resourceOf(input.resources, a).propertyDependencies;
        const cluster = urn("module.ack.alicloud_cs_managed_kubernetes.this");
        expect(deps("module.ack.alicloud_cs_kubernetes_node_pool.workers[0]")).toEqual({ clusterId: [cluster] }); // pool -> cluster (count)
        expect(deps("module.ack.alicloud_cs_managed_kubernetes.this")).toEqual({ encryptionProviderKey: [urn("alicloud_kms_key.secrets")] }); // key -> cluster (module input)
        expect(deps('alicloud_cs_kubernetes_permissions.dev["dave"]')).toEqual({ uid: [urn('alicloud_ram_user.dev["dave"]')], permissions: [cluster] }); // for_each, module output
    });

    test("each resource is located at the .tf file and line that declares it (module sources too); prevent_destroy counts as protect", () => {
        const rel = (p: string) => path.relative(process.cwd(), fx("modules", p)).split(path.sep).join("/");
        expect(input.locations.get(urn("module.ack.alicloud_cs_kubernetes_node_pool.workers[0]"))).toEqual({ file: rel("modules/ack/main.tf"), line: 66 });
        expect(input.locations.get(urn('alicloud_cs_kubernetes_permissions.dev["carol"]'))).toEqual({ file: rel("main.tf"), line: 30 });
        expect(resourceOf(input.resources, "alicloud_kms_key.secrets").options?.protect).toBe(true);
        expect(resourceOf(input.resources, 'alicloud_cs_kubernetes_permissions.dev["carol"]').options?.protect).toBe(false);
    });

    test("sensitive values become secrets; resource types without a mapping are listed as not judged", () => {
        const ram = readPlanFile(fx("ram-delete", "plan.json"), { tfDir: fx("ram-delete") });
        const login = resourceOf(ram.resources, "alicloud_ram_login_profile.bob").props;
        expect(isSecret(login.password)).toBe(true);
        expect(ram.secrets.has("Corr3ct-Horse-Battery!")).toBe(true);
        expect(ram.unjudged).toEqual([{ address: "kubernetes_namespace.apps", type: "kubernetes_namespace", reason: "no ACKGuard mapping for this resource type" }]);
    });
});

describe("the same pack judges Terraform plans", () => {
    test("the node pools of the unmanaged-node-pool example give the Pulumi program's findings, with addresses and file:line", async () => {
        const [tf, pulumi] = [await planFile(fx("node-pools", "plan.json"), { client }), await previewProgram(path.join(ACKGUARD_DIR, "examples", "unmanaged-node-pool-violating"), { client })];
        expect(findings(tf, true)).toEqual(findingsOf(pulumi));
        expect(findings(tf).filter((f) => f.policy === "ack-nodepool-managed")).toEqual([
            { policy: "ack-nodepool-managed", resource: "alicloud_cs_kubernetes_node_pool.legacy-workers", level: "mandatory" },
            { policy: "ack-nodepool-managed", resource: "alicloud_cs_kubernetes_node_pool.stale-workers", level: "mandatory" },
        ]);
        const legacy = tf.resources.find((v) => v.name === "alicloud_cs_kubernetes_node_pool.legacy-workers")!;
        expect(legacy.location).toEqual({ file: path.relative(process.cwd(), fx("node-pools", "main.tf")).split(path.sep).join("/"), line: 8 });
        const text = renderPlanText(tf);
        expect(text).toContain(`- [mandatory]  ack-nodepool-managed  (alicloud_cs_kubernetes_node_pool.legacy-workers at ${legacy.location!.file}:8)`);
    });

    test("the same pool with auto_repair and auto_vul_fix (vul_level asap,later) on passes the patching rules", async () => {
        const file = variant("node-pools", (plan) => {
            const c = plan.resource_changes.find((x: any) => x.name === "legacy-workers");
            c.change.after.management = [{ auto_repair: true, auto_repair_policy: [], auto_vul_fix: true, auto_vul_fix_policy: [{ vul_level: "asap,later", restart_node: null }], auto_upgrade: null, auto_upgrade_policy: [], enable: null, max_unavailable: null, surge: null, surge_percentage: null }];
            c.change.after_unknown.management = [{ enable: true, max_unavailable: true }];
            const cfg = plan.configuration.root_module.resources.find((x: any) => x.name === "legacy-workers");
            cfg.expressions.management = [{ auto_repair: { constant_value: true }, auto_vul_fix: { constant_value: true }, auto_vul_fix_policy: [{ vul_level: { constant_value: "asap,later" } }] }];
        });
        const r = await planFile(file, { client });
        const patching = ["ack-nodepool-managed", "ack-nodepool-auto-repair", "ack-nodepool-auto-vul-fix"];
        expect(findings(r).filter((f) => f.resource.endsWith("legacy-workers") && patching.includes(f.policy))).toEqual([]);
    });

    test("a cluster, pools, key and grants in a module with count and for_each, all unknown until apply: no mandatory violation", async () => {
        const r = await planFile(fx("modules", "plan.json"), { client });
        expect(r.totals.mandatory).toBe(0);
        expect(findings(r)).toEqual(sortFindings([
            { policy: "ack-cluster-policy-governance", resource: "module.ack.alicloud_cs_managed_kubernetes.this", level: "advisory" },
            { policy: "ack-cluster-image-verification", resource: "module.ack.alicloud_cs_managed_kubernetes.this", level: "advisory" },
            { policy: "ack-permission-prefer-roles", resource: 'alicloud_cs_kubernetes_permissions.dev["carol"]', level: "advisory" },
            { policy: "ack-permission-prefer-roles", resource: 'alicloud_cs_kubernetes_permissions.dev["dave"]', level: "advisory" },
        ]));
    });

    test("without prevent_destroy, a RAM user with cluster access is reported by ack-identity-deletion-readiness through the for_each grant", async () => {
        const r = await planFile(fx("modules", "plan.json"), { client, tfDir: os.tmpdir() });
        expect(findings(r).filter((f) => f.policy === "ack-identity-deletion-readiness").map((f) => f.resource)).toEqual(['alicloud_ram_user.dev["carol"]', 'alicloud_ram_user.dev["dave"]']);
    });

    test("replacing a role whose role_id (not its Terraform id, the name) holds the grant is blocked, located at its block", async () => {
        const r = await planFile(fx("role-replace", "plan.json"), { client });
        expect(r.deletions.map((d) => [d.policyName, d.name, d.op])).toEqual([["ack-identity-revoke-before-delete", "alicloud_ram_role.deployer", "replace"]]);
        expect(r.deletions[0].message).toContain("This plan replaces alicloud_ram_role.deployer, which holds ACK cluster access through alicloud_cs_kubernetes_permissions.deployer");
        expect(r.deletions[0].location?.line).toBe(2);
        const att = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-tf-")), "revoked.json");
        fs.writeFileSync(att, JSON.stringify({ revoked: [{ identity: "318273645501928374", by: "ops@example.com", at: "2026-11-30", ticket: "OPS-9" }] }));
        expect((await planFile(fx("role-replace", "plan.json"), { client, revokedFile: att })).deletions).toEqual([]);
    });
});

describe("ackguard plan on a Terraform plan, as CI runs it", () => {
    test("deleting an alicloud_ram_user that holds alicloud_cs_kubernetes_permissions exits 1; with an attestation 0", async () => {
        const blocked = await runCli(["plan", fx("ram-delete", "plan.json"), "--format", "json"]);
        expect(blocked.code).toBe(1);
        const report = JSON.parse(blocked.stdout);
        expect(report.deletions.map((d: any) => [d.policyName, d.name, d.op])).toEqual([["ack-identity-revoke-before-delete", "alicloud_ram_user.alice", "delete"]]);
        expect(report.input.kind).toBe("terraform");
        const ok = await runCli(["plan", fx("ram-delete", "plan.json"), "--revoked", fx("ram-delete", "revoked.json")]);
        expect(ok.code).toBe(0);
        expect(ok.stdout).toContain("[cleared]  ack-identity-revoke-before-delete  (alicloud_ram_user.alice, delete): revocation attested by ops-oncall@example.com");
    });

    test("a password never appears in any output format", async () => {
        for (const format of ["text", "json", "sarif"]) {
            const r = await runCli(["plan", fx("ram-delete", "plan.json"), "--format", format]);
            expect(r.code).toBe(1);
            expect(r.stdout + r.stderr).not.toContain("Corr3ct-Horse-Battery!"); // after, sensitive variable
            expect(r.stdout + r.stderr).not.toContain("Hunter2-Sup3rS3cret!"); // before / prior_state of the deleted login profile
        }
    });

    test("--input forces the front end; SARIF locates Terraform findings at their .tf file", async () => {
        const wrong = await runCli(["plan", fx("node-pools", "plan.json"), "--input", "pulumi-preview"]);
        expect(wrong.code).toBe(2);
        expect(wrong.stderr.trim()).toMatch(/^ackguard: .+plan\.json: not the JSON of 'pulumi preview --json' \(expected an object with "steps"\)$/);
        const r = await planFile(fx("node-pools", "plan.json"), { client, input: "terraform" });
        const sarif = renderSarif(r) as any;
        expect(sarif.runs[0].results.length).toBe(r.resources.reduce((n, v) => n + v.diagnostics.length, 0));
        expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    });
});
