// `ackguard plan` inputs: every bad input is exit 2 with a one-line cause that says what to run
// instead; secrets are redacted inside messages, never in the report's structure; import steps are
// judged and a step op ackguard does not know is reported, its removal never skipped.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerClient } from "../cli/engine/analyzer";
import { planFile } from "../cli/commands/plan";
import { redactMessage } from "../cli/report/redact";
import { renderText as renderPlanText } from "../cli/report/text";
import { ACKGUARD_DIR } from "../cli/commands/preview";
import { renderSarif } from "../cli/report/sarif";
import { runCli, withPackProcess } from "./processes";

// Each case starts the CLI or a pack; a loaded CI machine needs more than the default.
jest.setTimeout(300000);
const FIX = path.join(ACKGUARD_DIR, "test", "fixtures", "plan");
const TF = path.join(ACKGUARD_DIR, "test", "fixtures", "terraform");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-inputs-"));
const write = (name: string, content: string | Buffer) => {
    fs.writeFileSync(path.join(tmp, name), content);
    return path.join(tmp, name);
};

let client: AnalyzerClient;
withPackProcess((c) => (client = c));

describe("bad input to ackguard plan: exit 2, one line, what to run instead", () => {
    const plan = JSON.parse(fs.readFileSync(path.join(TF, "node-pools", "plan.json"), "utf8"));
    const cases: [string, () => string[], RegExp][] = [
        ["a missing file", () => ["plan", path.join(tmp, "nope.json")], /nope\.json: no such file$/],
        ["a directory", () => ["plan", tmp], /is a directory; give the plan file inside it$/],
        ["an empty file", () => ["plan", write("empty.json", "")], /empty\.json is empty: expected the JSON of 'pulumi preview --json', 'pulumi stack export' or 'terraform plan -out tf\.plan && terraform show -json tf\.plan > plan\.json'$/],
        ["a binary Terraform plan file", () => ["plan", write("tf.plan", Buffer.concat([Buffer.from("PK\u0003\u0004", "latin1"), Buffer.alloc(64, 7)]))], /tf\.plan is a binary Terraform plan file \(a zip archive\); convert it first: terraform show -json .+tf\.plan > plan\.json$/],
        ["a binary file", () => ["plan", write("bin.json", Buffer.from([0x7b, 0, 1, 2, 3, 0xff]))], /bin\.json is a binary file, not JSON/],
        ["truncated JSON", () => ["plan", write("trunc.json", JSON.stringify(plan).slice(0, 5000))], /trunc\.json is not valid JSON \(truncated or malformed\): /],
        ["a Terraform plan of the wrong shape", () => ["plan", path.join(FIX, "terraform-wrong-shape.json")], /resource_changes\[0\] is not a resource change \(needs string "address" and "type" and a "change" object\)$/],
        ["wrong-shape JSON", () => ["plan", write("list.json", "[1, 2, 3]")], /list\.json: unknown format: expected the JSON of /],
        ["a preview whose steps are not steps", () => ["plan", write("steps.json", JSON.stringify({ steps: [{ op: 1 }] }))], /steps\[0\] is not a preview step \(needs string "op" and "urn"\)$/],
        ["the text output of terraform plan", () => ["plan", write("plan.txt", "Terraform used the selected providers to generate the following execution\nplan.\n\n  # alicloud_ram_user.alice will be destroyed\n\nPlan: 0 to add, 0 to change, 1 to destroy.\n")], /is the text output of 'terraform plan', which cannot be read reliably; give its JSON: terraform plan -out tf\.plan && terraform show -json tf\.plan > plan\.json$/],
        ["the JSON of a Terraform state", () => ["plan", write("state.json", JSON.stringify({ format_version: "1.0", terraform_version: "1.9.8", values: { root_module: {} } }))], /is the JSON of a Terraform state .+: a state has no planned changes to gate; give the plan's JSON: terraform plan -out tf\.plan/],
        ["a terraform.tfstate file", () => ["plan", write("terraform.tfstate", JSON.stringify({ version: 4, terraform_version: "1.9.8", serial: 3, lineage: "abc", outputs: {}, resources: [] }))], /is a Terraform state file \(terraform\.tfstate\): a state has no planned changes/],
        ["an unsupported format_version", () => ["plan", write("v2.json", JSON.stringify({ ...plan, format_version: "2.0" }))], /unsupported Terraform plan format_version "2\.0" \(ackguard reads 0\.x and 1\.x\)/],
        ["a bad --input", () => ["plan", path.join(TF, "node-pools", "plan.json"), "--input", "hcl"], /--input must be pulumi-preview, stack-export, terraform; got "hcl"$/],
        ["a missing --tf-dir", () => ["plan", path.join(TF, "node-pools", "plan.json"), "--tf-dir", path.join(tmp, "no-dir")], /--tf-dir .+no-dir is not a directory$/],
        ["a missing --revoked file", () => ["plan", path.join(TF, "ram-delete", "plan.json"), "--revoked", path.join(tmp, "none.json")], /cannot read revocation file .+none\.json: no such file$/],
    ];
    for (const [what, args, message] of cases) {
        test(what, async () => {
            const r = await runCli(args());
            expect(r.code).toBe(2);
            expect(r.stdout).toBe("");
            expect(r.stderr.trim().split("\n")).toHaveLength(1);
            expect(r.stderr.trim()).toMatch(/^ackguard: /);
            expect(r.stderr.trim()).toMatch(message);
            expect(r.stderr).not.toMatch(/\n\s+at /);
        });
    }

    test("50 MB files: garbage and truncated JSON both end in one line, exit 2", async () => {
        const garbage = write("garbage.json", Buffer.alloc(50 * 1024 * 1024, "z"));
        const big = JSON.stringify({ format_version: "1.2", resource_changes: Array.from({ length: 120000 }, (_, i) => ({ address: `alicloud_vpc.v${i}`, mode: "managed", type: "alicloud_vpc", name: `v${i}`, change: { actions: ["create"], before: null, after: { vpc_name: "x".repeat(300) } } })) });
        expect(big.length).toBeGreaterThan(50 * 1024 * 1024);
        const truncated = write("big-truncated.json", big.slice(0, 50 * 1024 * 1024));
        for (const f of [garbage, truncated]) {
            const r = await runCli(["plan", f]);
            expect(r.code).toBe(2);
            expect(r.stderr.trim().split("\n")).toHaveLength(1);
            expect(r.stderr.length).toBeLessThan(600);
            expect(r.stderr).toMatch(/is not valid JSON \(truncated or malformed\)/);
        }
    });
});

describe("secrets are redacted inside messages, never in the report's structure", () => {
    test("secrets equal to \"mandatory\", \"true\" and \"ack\" rename no key and keep the plan blocked", async () => {
        const r = await runCli(["plan", path.join(FIX, "secret-like-keywords.json"), "--format", "json"]);
        expect(r.code).toBe(1);
        const report = JSON.parse(r.stdout);
        expect(report.totals.mandatory).toBe(4);
        const levels = report.resources.flatMap((v: any) => v.diagnostics.map((d: any) => d.enforcementLevel));
        expect(levels).toEqual(["mandatory", "mandatory", "mandatory", "mandatory"]);
        expect(Object.keys(report.resources[0])).toEqual(expect.arrayContaining(["urn", "type", "name", "diagnostics"]));
        const text = await runCli(["plan", path.join(FIX, "secret-like-keywords.json")]);
        expect(text.code).toBe(1);
        expect(text.stdout).toContain("Violations: 4 mandatory, 0 advisory");
        expect(text.stdout).toContain("Result: BLOCKED");
        expect(text.stdout + text.stderr).not.toContain("Platform-Team-Secret");
    });

    test("derived strings are redacted too: another case, a digest appended, a JSON-escaped form, a quote cut short", () => {
        const secrets = new Set(["Registry.Example/Team/App", "pa\"ss\\word-1234", "x".repeat(40) + "TAIL"]);
        expect(redactMessage("image registry.example/team/app@sha256:abcd is not pinned", secrets)).toBe("image [secret]@sha256:abcd is not pinned");
        expect(redactMessage(`found ${JSON.stringify("pa\"ss\\word-1234")}`, secrets)).toBe('found "[secret]"');
        expect(redactMessage(`found "${"x".repeat(36)}…"`, secrets)).toBe('found "[secret]xxxx…"');
        // Short secrets only as whole words: "ack" in "ACK cluster" is redacted, "stack" is not rewritten.
        expect(redactMessage("ACK cluster of this stack", new Set(["ack"]))).toBe("[secret] cluster of this stack");
    });
});

describe("preview steps", () => {
    test("import and import-replacement steps are judged; an unknown op is reported and its old state gated", async () => {
        const r = await planFile(path.join(FIX, "import-and-unknown-op.json"), { client });
        const judged = r.resources.filter((v) => v.diagnostics.some((d) => d.policyName === "ack-nodepool-managed")).map((v) => v.name);
        expect(judged.sort()).toEqual(["imported", "reimported"]);
        expect(r.deletions.map((d) => [d.policyName, d.name, d.op])).toEqual([["ack-identity-revoke-before-delete", "ivy", "vanish"]]);
        expect(r.notes).toEqual([expect.stringContaining('step op "vanish" on urn:pulumi:prod::platform::pulumi:pulumi:Stack$alicloud:ram/user:User::ivy is not one ackguard knows')]);
        expect(renderPlanText(r)).toContain('Note: step op "vanish"');
        expect((renderSarif(r) as any).runs[0].results.some((x: any) => x.ruleId === "ack-identity-revoke-before-delete")).toBe(true);
    });
});
