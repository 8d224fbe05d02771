// `ackguard plan` (the pull-request gate), driven as CI runs it: the compiled CLI is spawned on
// fixtures in the documented `pulumi preview --json` / `pulumi stack export` formats
// (test/fixtures/plan/), and exit codes, findings and SARIF output are checked exactly.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv from "ajv";
import { ACKGUARD_DIR } from "../cli/commands/preview";
import { runCli } from "./processes";

// Each case starts the CLI or a pack; a loaded CI machine needs more than the default.
jest.setTimeout(300000);
// Fixtures are not compiled; read them from the source tree.
const FIX = path.join(ACKGUARD_DIR, "test", "fixtures", "plan");
const fx = (f: string) => path.join(FIX, f);

interface Finding { policy: string; resource: string; level: string }
const key = (f: Finding) => `${f.level} ${f.policy} ${f.resource}`;
const sorted = (xs: Finding[]) => [...xs].sort((a, b) => key(a).localeCompare(key(b)));
const nameOf = (urn: string) => urn.slice(urn.lastIndexOf("::") + 2);

/** Every finding of a --format json report: pack diagnostics (new state) and deletion-gate findings (old state). */
function findings(report: any): Finding[] {
    const out: Finding[] = [];
    for (const v of report.resources) for (const d of v.diagnostics) out.push({ policy: d.policyName, resource: v.name, level: d.enforcementLevel });
    for (const d of report.stackDiagnostics) out.push({ policy: d.policyName, resource: "(stack)", level: d.enforcementLevel });
    for (const d of report.deletions) out.push({ policy: d.policyName, resource: nameOf(d.urn), level: d.enforcementLevel });
    return sorted(out);
}
const gate = (report: any): Finding[] => findings(report).filter((f) => f.policy === "ack-identity-revoke-before-delete");
const REVOKE = "ack-identity-revoke-before-delete";

async function planJson(args: string[]): Promise<{ code: number; report: any; stdout: string; stderr: string }> {
    const r = await runCli(["plan", ...args, "--format", "json"]);
    return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
}

describe("ackguard plan: the deletion gate (old state)", () => {
    test("deleting a RAM user that holds ACK access is blocked, with the revocation procedure", async () => {
        const r = await planJson([fx("delete-identity-with-access.json")]);
        expect(r.code).toBe(1);
        expect(findings(r.report)).toEqual([{ policy: REVOKE, resource: "alice", level: "mandatory" }]);
        const msg: string = r.report.deletions[0].message;
        // A leaver's kubeconfigs are purged (ack-ram-tool, CleanUserPermissions with Force=true) or deleted by the
        // account in the console; RevokeK8sClusterKubeConfig only revokes the caller's own (model/revocation.ts).
        expect(msg).toContain("ACK console > Authorizations > RAM Users > KubeConfig Management > Delete KubeConfig File");
        expect(msg).toContain("ack-ram-tool, or CleanUserPermissions with Force=true once it no longer uses the cluster");
        expect(msg).toContain("the default Force=false refuses if it did in the last 7 days");
        expect(msg).toContain("RevokeK8sClusterKubeConfig revokes only the caller's own kubeconfig");
        expect(msg).not.toContain("RevokeK8sClusterKubeConfig / CleanUserPermissions");
        expect(msg.indexOf("purge its kubeconfigs")).toBeLessThan(msg.indexOf("remove its grants"));
        expect(msg.indexOf("remove its grants")).toBeLessThan(msg.indexOf("then delete"));
        expect(r.report.input.kind).toBe("pulumi-preview");
    });

    test("the text report names the blocked identity and says BLOCKED", async () => {
        const r = await runCli(["plan", fx("delete-identity-with-access.json")]);
        expect(r.code).toBe(1);
        expect(r.stdout).toContain("- [mandatory]  ack-identity-revoke-before-delete  (alicloud:ram/user:User: alice, delete)");
        expect(r.stdout).toContain("Result: BLOCKED");
    });

    test("the same delete passes once revocation is attested in --revoked", async () => {
        const blocked = await planJson([fx("delete-after-revocation.json")]);
        expect(blocked.code).toBe(1);
        expect(gate(blocked.report)).toEqual([{ policy: REVOKE, resource: "bob", level: "mandatory" }]);
        const r = await planJson([fx("delete-after-revocation.json"), "--revoked", fx("revoked.json")]);
        expect(r.code).toBe(0);
        expect(findings(r.report)).toEqual([]);
        expect(r.report.cleared).toEqual([
            { policyName: "ack-identity-revoke-before-delete", urn: "urn:pulumi:prod::platform::pulumi:pulumi:Stack$alicloud:ram/user:User::bob", op: "delete", reason: "revocation attested by ops-oncall@example.com at 2025-05-02T09:30:00Z (OPS-1)" },
        ]);
    });

    test("deleting a RAM user with no ACK access passes", async () => {
        const r = await planJson([fx("delete-identity-no-access.json")]);
        expect(r.code).toBe(0);
        expect(findings(r.report)).toEqual([]);
    });

    test("replacing a role whose roleId holds access is blocked once (replace + create-replacement + delete-replaced)", async () => {
        const r = await planJson([fx("replace-role-with-access.json")]);
        expect(r.code).toBe(1);
        expect(gate(r.report)).toEqual([{ policy: REVOKE, resource: "deployer", level: "mandatory" }]);
        expect(r.report.deletions[0].op).toBe("replace");
        expect(r.report.deletions[0].message).toContain("This plan replaces ram.Role deployer");
        // The new state goes through the pack too: the same pack gate as `ackguard preview` (superset).
        expect(findings(r.report)).toEqual(sorted([
            { policy: REVOKE, resource: "deployer", level: "mandatory" },
            { policy: "ack-identity-deletion-readiness", resource: "deployer", level: "mandatory" },
            { policy: "ack-permission-prefer-roles", resource: "deployer-ops", level: "advisory" },
        ]));
        // Deduplicated by URN: the role and the permission are judged once each, plus the stack.
        expect(r.report.totals.resources).toBe(3);
    });

    test("deleting a protected identity with access is still blocked, and the message says it is protected", async () => {
        const r = await planJson([fx("delete-protected.json")]);
        expect(r.code).toBe(1);
        expect(findings(r.report)).toEqual(sorted([
            { policy: REVOKE, resource: "erin", level: "mandatory" },
            { policy: "ack-permission-prefer-roles", resource: "erin-dev", level: "advisory" },
        ]));
        expect(r.report.deletions[0].message).toContain("is protected");
    });

    test("ack-ram-authenticator alone does not clear the identity by default (certificate kubeconfigs keep working)", async () => {
        const r = await planJson([fx("delete-with-ram-authenticator.json")]);
        expect(gate(r.report)).toEqual([{ policy: REVOKE, resource: "frank", level: "mandatory" }]);
        expect(r.report.cleared).toEqual([]);
        expect(r.report.deletions[0].message).not.toContain("install ack-ram-authenticator");
    });

    test("with acceptRamAuthenticator, ack-ram-authenticator on every reached cluster (inline addon or cs.KubernetesAddon) clears the identity", async () => {
        const cfg = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-plan-")), "policy.json");
        fs.writeFileSync(cfg, JSON.stringify({ "ack-identity-deletion-readiness": { acceptRamAuthenticator: true } }));
        const r = await planJson([fx("delete-with-ram-authenticator.json"), "--policy-pack-config", cfg]);
        expect(gate(r.report)).toEqual([]);
        expect(r.report.cleared.map((c: any) => [nameOf(c.urn), c.reason])).toEqual([["frank", "every cluster it reaches installs ack-ram-authenticator"]]);
        // The unchanged clusters are judged by the pack like any new-state resource.
        expect(r.report.resources.map((v: any) => v.name).sort()).toEqual(["platform-prod", "prod-a", "prod-b", "prod-b-authn"]);
    });
    test("an inline ack-ram-authenticator entry with disabled: true installs nothing, as in the preview policies", async () => {
        const cfg = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-plan-")), "policy.json");
        fs.writeFileSync(cfg, JSON.stringify({ "ack-identity-deletion-readiness": { acceptRamAuthenticator: true } }));
        const r = await planJson([fx("delete-with-disabled-ram-authenticator.json"), "--policy-pack-config", cfg]);
        expect(gate(r.report)).toEqual([{ policy: REVOKE, resource: "frank", level: "mandatory" }]);
        expect(r.report.cleared).toEqual([]);
    });
});

describe("ackguard plan: inputs", () => {
    test("secrets (\"[secret]\") and unknowns in a preview reach the pack without error", async () => {
        const r = await planJson([fx("secrets-and-unknowns.json")]);
        expect(r.code).toBe(0);
        expect(findings(r.report)).toEqual([]);
        expect(r.report.resources.map((v: any) => v.name).sort()).toEqual(["gina", "gina-login", "platform-prod"]);
    });

    test("a stack export is detected by shape and all its resources are judged; secrets are never printed", async () => {
        for (const format of ["json", "text", "sarif"]) {
            const r = await runCli(["plan", fx("stack-export.json"), "--format", format]);
            expect(r.code).toBe(0);
            expect(r.stdout + r.stderr).not.toContain("Hunter2-Sup3rS3cret!");
            expect(r.stdout + r.stderr).not.toContain("djE6c2VjcmV0OmNpcGhlcnRleHQ=");
        }
        const r = await planJson([fx("stack-export.json")]);
        expect(r.report.input.kind).toBe("stack-export");
        expect(r.report.totals.resources).toBe(5);
        expect(findings(r.report)).toEqual([{ policy: "ack-permission-prefer-roles", resource: "hank-dev", level: "advisory" }]);
    });

    test("malformed (truncated) JSON exits 2 with one line", async () => {
        const r = await runCli(["plan", fx("malformed.json")]);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe("");
        expect(r.stderr.trim().split("\n")).toHaveLength(1);
        expect(r.stderr).toMatch(/^ackguard: .+malformed\.json is not valid JSON \(truncated or malformed\): /);
    });

    test("an unknown format exits 2 with one line", async () => {
        const r = await runCli(["plan", fx("unknown-format.json")]);
        expect(r.code).toBe(2);
        expect(r.stderr.trim().split("\n")).toHaveLength(1);
        expect(r.stderr).toMatch(/^ackguard: .+unknown-format\.json: unknown format: /);
    });

    test("a missing plan file exits 2", async () => {
        const r = await runCli(["plan", fx("does-not-exist.json")]);
        expect(r.code).toBe(2);
        expect(r.stderr.trim()).toMatch(/^ackguard: .+does-not-exist\.json: no such file$/);
    });

    test("an invalid --revoked file exits 2 naming the field", async () => {
        const r = await runCli(["plan", fx("delete-after-revocation.json"), "--revoked", fx("revoked-invalid.json")]);
        expect(r.code).toBe(2);
        expect(r.stderr.trim()).toMatch(/^ackguard: revocation file .+revoked-invalid\.json: revoked\[0\]\.at must be an ISO 8601 date, got "last tuesday"$/);
    });

    test("a bad --format exits 2", async () => {
        const r = await runCli(["plan", fx("delete-identity-no-access.json"), "--format", "xml"]);
        expect(r.code).toBe(2);
        expect(r.stderr.split("\n")[0]).toBe("ackguard: --format must be text, json, sarif, markdown, gitlab or junit, got \"xml\"");
    });
});

describe("ackguard plan --format sarif", () => {
    const schema = JSON.parse(fs.readFileSync(fx("sarif-2.1.0.subset.schema.json"), "utf8"));
    const ajv = new Ajv({ allErrors: true });
    ajv.addFormat("uri", (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && !/\s/.test(s));
    const validate = ajv.compile(schema);

    test("a blocked plan gives valid SARIF 2.1.0 with the finding as an error on the identity's URN", async () => {
        const r = await runCli(["plan", fx("replace-role-with-access.json"), "--format", "sarif"]);
        expect(r.code).toBe(1);
        const log = JSON.parse(r.stdout);
        expect(validate(log)).toBe(true);
        expect(validate.errors ?? []).toEqual([]);
        expect(log.version).toBe("2.1.0");
        expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
        const driver = log.runs[0].tool.driver;
        expect(driver.name).toBe("ackguard");
        expect(driver.version).toBe(require(path.join(ACKGUARD_DIR, "package.json")).version);
        const rule = driver.rules.find((x: any) => x.id === REVOKE);
        expect(rule.defaultConfiguration.level).toBe("error");
        expect(typeof rule.helpUri).toBe("string");
        for (const x of driver.rules) {
            expect(typeof x.shortDescription.text).toBe("string");
            expect(["none", "note", "warning", "error"]).toContain(x.defaultConfiguration.level);
        }
        const results = log.runs[0].results.map((x: any) => [x.ruleId, x.level, x.locations[0].logicalLocations[0].fullyQualifiedName]);
        expect(results.sort()).toEqual([
            ["ack-identity-deletion-readiness", "error", "urn:pulumi:prod::platform::pulumi:pulumi:Stack$alicloud:ram/role:Role::deployer"],
            [REVOKE, "error", "urn:pulumi:prod::platform::pulumi:pulumi:Stack$alicloud:ram/role:Role::deployer"],
            ["ack-permission-prefer-roles", "warning", "urn:pulumi:prod::platform::pulumi:pulumi:Stack$alicloud:cs/kubernetesPermission:KubernetesPermission::deployer-ops"],
        ].sort());
        for (const x of log.runs[0].results) {
            expect(x.locations[0].logicalLocations[0].kind).toBe("resource");
            expect(driver.rules[x.ruleIndex].id).toBe(x.ruleId);
        }
    });

    test("a clean plan gives valid SARIF with no results and exits 0", async () => {
        const r = await runCli(["plan", fx("delete-identity-no-access.json"), "--format", "sarif"]);
        expect(r.code).toBe(0);
        const log = JSON.parse(r.stdout);
        expect(validate(log)).toBe(true);
        expect(log.runs[0].results).toEqual([]);
    });

    test("the subset schema rejects what SARIF 2.1.0 rejects", () => {
        expect(validate({ version: "2.0.0", runs: [] })).toBe(false);
        expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
        expect(validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ level: "fatal", message: { text: "m" } }] }] })).toBe(false);
        expect(validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ ruleId: "r" }] }] })).toBe(false);
    });
});
