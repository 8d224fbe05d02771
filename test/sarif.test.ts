// SARIF from `ackguard preview` and `ackguard plan`, checked by Microsoft's SARIF validator
// (@microsoft/sarif-multitool `validate --rule-kind "Gh;Sarif"`: the SARIF 2.1.0 schema and rules plus
// GitHub code scanning's ingestion rules), and the determinism of the JSON and SARIF outputs.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { canonical, reportJson } from "../cli/report/json";
import { ACKGUARD_DIR } from "../cli/engine/paths";
import type { Report as PreviewReport } from "../cli/engine/report";
import { renderSarif, sarifText } from "../cli/report/sarif";
import type { Diagnostic, PolicyInfo } from "../cli/engine/analyzer";
import { runCli } from "./processes";

const EXAMPLES = path.join(ACKGUARD_DIR, "examples");
const FIX = path.join(ACKGUARD_DIR, "test", "fixtures", "plan");

/** The validator's native binary (the npm package resolves the one for this platform). */
function multitool(): string {
    const bin: string = require("@microsoft/sarif-multitool");
    // Its postinstall only sets the execute bit, and npm 11 skips dependency install scripts.
    try {
        fs.accessSync(bin, fs.constants.X_OK);
    } catch {
        fs.chmodSync(bin, 0o755);
    }
    return bin;
}

interface Finding { rule: string; level: string; file: string; message: string }

/** Runs `sarif-multitool validate --rule-kind "Gh;Sarif"` on files and returns its findings by file name. */
function validate(files: string[], outDir: string): Map<string, Finding[]> {
    const out = path.join(outDir, "validation.sarif");
    // Not through the package's bin.js: it runs the binary through a shell, which splits "Gh;Sarif" at the ';'.
    const r = spawnSync(multitool(), ["validate", "--rule-kind", "Gh;Sarif", "--output", out, ...files], { encoding: "utf8", timeout: 240000 });
    if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`sarif-multitool failed (${r.status}): ${r.stdout}${r.stderr}`);
    // Every file must have been read, or "no error" would mean nothing.
    expect(r.stdout).toContain(`Done. ${files.length} files scanned.`);
    const log = JSON.parse(fs.readFileSync(out, "utf8"));
    const rules = log.runs[0].tool.driver.rules ?? [];
    const byFile = new Map<string, Finding[]>(files.map((f) => [path.basename(f), []]));
    for (const x of log.runs[0].results ?? []) {
        const uri: string = x.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? "";
        const file = path.basename(decodeURIComponent(uri));
        // Messages come as a template id plus arguments; the template is in the rule's messageStrings.
        const template: string = x.message?.text ?? rules[x.ruleIndex]?.messageStrings?.[x.message?.id]?.text ?? x.message?.id ?? "";
        const message = template.replace(/\{(\d+)\}/g, (_m: string, i: string) => x.message?.arguments?.[Number(i)] ?? "");
        if (!byFile.has(file)) throw new Error(`validator result for an unexpected file ${uri}: ${message}`);
        byFile.get(file)!.push({ rule: x.ruleId, level: x.level ?? "warning", file, message });
    }
    return byFile;
}

const errors = (fs: Finding[] | undefined) => (fs ?? []).filter((f) => f.level === "error");

const POLICY: PolicyInfo = {
    name: "ack-test-policy",
    displayName: "A test policy",
    description: "Resources must be tested",
    enforcementLevel: "mandatory",
    policyType: "resource",
    severity: "high",
    url: "https://example.com/ack-test-policy",
    remediationSteps: "Set `tested: true`",
    tags: ["test"],
};

const diag = (urn: string, level: "mandatory" | "advisory", message: string, policyName = POLICY.name): Diagnostic => ({
    policyName,
    policyPackName: "ackguard",
    policyPackVersion: "0.1.0",
    description: POLICY.description,
    message,
    enforcementLevel: level,
    severity: "high",
    urn,
});

const urn = (name: string) => `urn:pulumi:dev::proj::pulumi:pulumi:Stack$alicloud:cs/nodePool:NodePool::${name}`;

/** A preview report with a located resource, an unlocated one and a stack diagnostic. */
function syntheticReport(program: string): PreviewReport {
    return {
        program,
        stack: "dev",
        pack: { name: "ackguard", version: "0.1.0" },
        resources: [
            { urn: urn("b"), type: "alicloud:cs/nodePool:NodePool", name: "b", diagnostics: [diag(urn("b"), "advisory", "second"), diag(urn("b"), "mandatory", "first")], location: { file: "infra/index.ts", line: 42, column: 7 } },
            { urn: urn("a"), type: "alicloud:cs/nodePool:NodePool", name: "a", diagnostics: [diag(urn("a"), "mandatory", "unlocated")] },
        ],
        stackDiagnostics: [diag("", "advisory", "about the stack", "ack-other-pack-policy")],
        totals: { resources: 2, mandatory: 2, advisory: 2 },
    };
}

describe("SARIF passes sarif-multitool validate --rule-kind Gh;Sarif", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ackguard-sarif-"));
    const logs: Record<string, any> = {};
    let findings: Map<string, Finding[]>;
    const codes: Record<string, number> = {};

    beforeAll(async () => {
        const runs: [string, string[]][] = [
            ["preview-blocked.sarif", ["preview", path.join(EXAMPLES, "unmanaged-node-pool-violating"), "--format", "sarif"]],
            ["preview-clean.sarif", ["preview", path.join(EXAMPLES, "workload-compliant"), "--format", "sarif"]],
            ["plan-blocked.sarif", ["plan", path.join(FIX, "replace-role-with-access.json"), "--format", "sarif"]],
            ["plan-clean.sarif", ["plan", path.join(FIX, "delete-identity-no-access.json"), "--format", "sarif"]],
        ];
        const results = await Promise.all(runs.map(([, args]) => runCli(args)));
        runs.forEach(([name], i) => {
            codes[name] = results[i].code;
            fs.writeFileSync(path.join(dir, name), results[i].stdout);
            logs[name] = JSON.parse(results[i].stdout);
        });
        const located = renderSarif(syntheticReport(path.join(ACKGUARD_DIR, "infra")), { policies: [POLICY], root: ACKGUARD_DIR });
        fs.writeFileSync(path.join(dir, "located.sarif"), sarifText(located));
        logs["located.sarif"] = located;
        // A log GitHub would reject (a result with no location, a rule with no help): the validator must say so.
        fs.writeFileSync(
            path.join(dir, "broken.sarif"),
            JSON.stringify({ version: "2.1.0", runs: [{ tool: { driver: { name: "x", rules: [{ id: "r1" }] } }, results: [{ ruleId: "r1", message: { text: "m." } }] }] }),
        );
        findings = validate(Object.keys(logs).concat("broken.sarif").map((f) => path.join(dir, f)), dir);
    }, 400000);

    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    test("the validator reports the errors of a log GitHub rejects (so a clean run means something)", () => {
        const e = errors(findings.get("broken.sarif"));
        expect(e.map((f) => f.message).join("\n")).toMatch(/does not provide a 'locations' array/);
        expect(e.map((f) => f.message).join("\n")).toMatch(/does not provide a 'help' object/);
    });

    test.each(["preview-blocked.sarif", "preview-clean.sarif", "plan-blocked.sarif", "plan-clean.sarif", "located.sarif"])("%s has no validator error", (name) => {
        expect(errors(findings.get(name))).toEqual([]);
    });

    test("exit codes follow the findings: 1 blocked, 0 clean", () => {
        expect(codes).toEqual({ "preview-blocked.sarif": 1, "preview-clean.sarif": 0, "plan-blocked.sarif": 1, "plan-clean.sarif": 0 });
    });

    test("a blocked preview names the resource's policy findings, each at a physical location (the project's Pulumi.yaml when the line is unknown)", () => {
        const results = logs["preview-blocked.sarif"].runs[0].results;
        expect(results.length).toBeGreaterThan(0);
        expect(results.some((x: any) => x.level === "error")).toBe(true);
        for (const x of results) {
            const loc = x.locations[0];
            expect(loc.physicalLocation.artifactLocation.uri).toMatch(/^examples\/unmanaged-node-pool-violating\//);
            expect(loc.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
            expect(loc.logicalLocations[0].fullyQualifiedName).toMatch(/^urn:pulumi:dev::unmanaged-node-pool-violating::/);
        }
    });

    test("every rule carries a full description, help text and markdown, and a link", () => {
        for (const name of Object.keys(logs)) {
            const driver = logs[name].runs[0].tool.driver;
            expect(driver.rules.length).toBeGreaterThan(0);
            for (const rule of driver.rules) {
                expect(rule.fullDescription.text.length).toBeGreaterThan(10);
                expect(rule.help.text).toContain(rule.helpUri);
                expect(rule.help.markdown).toContain(`](${rule.helpUri})`);
                expect(rule.helpUri).toMatch(/^https:\/\//);
            }
            for (const x of logs[name].runs[0].results) expect(driver.rules[x.ruleIndex].id).toBe(x.ruleId);
        }
        const gate = logs["plan-clean.sarif"].runs[0].tool.driver.rules.find((x: any) => x.id === "ack-identity-revoke-before-delete");
        // The gate's one declaration (gates/): the revocation procedure of model/revocation.ts and severity critical.
        expect(gate.help.text).toContain("as the Alibaba Cloud account: ACK console > Authorizations > RAM Users > KubeConfig Management > Delete KubeConfig File");
        expect(gate.defaultConfiguration.level).toBe("error");
        expect(gate.properties["security-severity"]).toBe("9.5");
    });

    test("a resource's source location becomes the result's file and line; results without one point at Pulumi.yaml line 1", () => {
        const results = logs["located.sarif"].runs[0].results.map((x: any) => ({
            rule: x.ruleId,
            level: x.level,
            message: x.message.text,
            uri: x.locations[0].physicalLocation.artifactLocation.uri,
            region: x.locations[0].physicalLocation.region,
        }));
        expect(results).toEqual([
            { rule: "ack-other-pack-policy", level: "warning", message: "about the stack", uri: "infra/Pulumi.yaml", region: { startLine: 1 } },
            { rule: "ack-test-policy", level: "error", message: "unlocated", uri: "infra/Pulumi.yaml", region: { startLine: 1 } },
            { rule: "ack-test-policy", level: "error", message: "first", uri: "infra/index.ts", region: { startLine: 42, startColumn: 7 } },
            { rule: "ack-test-policy", level: "warning", message: "second", uri: "infra/index.ts", region: { startLine: 42, startColumn: 7 } },
        ]);
        const rule = logs["located.sarif"].runs[0].tool.driver.rules.find((x: any) => x.id === "ack-test-policy");
        expect(rule.properties["security-severity"]).toBe("8.0");
        expect(rule.help.text).toContain("Set `tested: true`.");
    });
});

describe("deterministic output", () => {
    test("the same input gives byte-identical JSON and SARIF, with no timestamp", async () => {
        const cases = [
            ["preview", path.join(EXAMPLES, "ram-kubeconfig-violating"), "--format", "json"],
            ["preview", path.join(EXAMPLES, "ram-kubeconfig-violating"), "--format", "sarif"],
            ["plan", path.join(FIX, "replace-role-with-access.json"), "--format", "json"],
            ["plan", path.join(FIX, "replace-role-with-access.json"), "--format", "sarif"],
        ];
        // Two runs of each case side by side; one case at a time, to spare a busy machine.
        const first: { stdout: string }[] = [];
        const second: { stdout: string }[] = [];
        for (const c of cases) {
            const [a, b] = await Promise.all([runCli(c), runCli(c)]);
            first.push(a);
            second.push(b);
        }
        cases.forEach((c, i) => {
            expect(first[i].stdout.length).toBeGreaterThan(100);
            expect({ case: c.join(" "), out: second[i].stdout }).toEqual({ case: c.join(" "), out: first[i].stdout });
        });
        for (const r of first) expect(r.stdout).not.toMatch(/"(startTimeUtc|endTimeUtc|timestamp|time)"/);
    }, 400000);

    test("the order resources and diagnostics arrive in does not change the JSON or the SARIF", () => {
        const a = syntheticReport("/repo/infra");
        const b: PreviewReport = {
            ...a,
            resources: [...a.resources].reverse().map((v) => ({ ...v, diagnostics: [...v.diagnostics].reverse() })),
        };
        expect(reportJson(b)).toBe(reportJson(a));
        expect(sarifText(renderSarif(b, { policies: [POLICY], root: "/repo" }))).toBe(sarifText(renderSarif(a, { policies: [POLICY], root: "/repo" })));
        expect(canonical(a).resources.map((v) => v.name)).toEqual(["a", "b"]);
        expect(canonical(a).resources[1].diagnostics.map((d) => d.message)).toEqual(["first", "second"]);
    });
});
