// The CI formats, each checked against what its consumer documents: GitLab Code Quality (a JSON array of
// issues; schema below, from docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format),
// JUnit XML (well-formed, counts that add up), Markdown (the verdict and the per-policy table); and every
// format still gives a document on exit 2, so an artifact upload never gets an empty file.
import * as path from "path";
import Ajv from "ajv";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ACKGUARD_DIR } from "../cli/engine/paths";
import { runCli } from "./processes";

const fx = (...p: string[]) => path.join(ACKGUARD_DIR, "test", "fixtures", ...p);
const SLOW = 180000;

const CODE_QUALITY_SCHEMA = {
    type: "array",
    items: {
        type: "object",
        required: ["description", "check_name", "fingerprint", "severity", "location"],
        properties: {
            description: { type: "string", minLength: 1 },
            check_name: { type: "string", minLength: 1 },
            fingerprint: { type: "string", minLength: 1 },
            severity: { enum: ["info", "minor", "major", "critical", "blocker"] },
            location: {
                type: "object",
                required: ["path", "lines"],
                properties: {
                    path: { type: "string", minLength: 1, not: { pattern: "^/" } },
                    lines: { type: "object", required: ["begin"], properties: { begin: { type: "integer", minimum: 1 } } },
                },
            },
        },
    },
};
const validCodeQuality = new Ajv({ allErrors: true, strict: true }).compile(CODE_QUALITY_SCHEMA);

describe("--format gitlab (Code Quality)", () => {
    test("a Terraform plan: valid issues at the .tf lines, unique fingerprints, mandatory findings at least critical", async () => {
        const r = await runCli(["plan", fx("terraform", "node-pools", "plan.json"), "--format", "gitlab"]);
        expect(r.code).toBe(1);
        const issues = JSON.parse(r.stdout);
        expect(validCodeQuality(issues)).toBe(true);
        expect(issues.length).toBeGreaterThan(0);
        expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(issues.length);
        expect(issues.some((i: { location: { path: string } }) => i.location.path.endsWith(".tf"))).toBe(true);
        expect(issues.filter((i: { severity: string }) => i.severity === "critical" || i.severity === "blocker").length).toBeGreaterThan(0);
    }, SLOW);

    test("the deletion gate's finding is an issue too", async () => {
        const r = await runCli(["plan", fx("plan", "delete-after-revocation.json"), "--format", "gitlab"]);
        expect(r.code).toBe(1);
        const issues = JSON.parse(r.stdout);
        expect(validCodeQuality(issues)).toBe(true);
        expect(issues.map((i: { check_name: string }) => i.check_name)).toContain("ack-identity-revoke-before-delete");
    }, SLOW);
});

describe("--format junit", () => {
    test("well-formed XML whose failures are the mandatory findings", async () => {
        const json = JSON.parse((await runCli(["plan", fx("terraform", "node-pools", "plan.json"), "--format", "json"])).stdout);
        const r = await runCli(["plan", fx("terraform", "node-pools", "plan.json"), "--format", "junit"]);
        expect(r.code).toBe(1);
        expect(XMLValidator.validate(r.stdout)).toBe(true);
        const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(r.stdout);
        expect(Number(doc.testsuites.failures)).toBe(json.totals.mandatory);
        const suites = [doc.testsuites.testsuite].flat();
        expect(suites.reduce((n: number, s: { failures: string }) => n + Number(s.failures), 0)).toBe(json.totals.mandatory);
        expect(suites[0].name).toBe("ackguard");
    }, SLOW);
});

describe("--format markdown", () => {
    test("the verdict, the counts and a table per policy", async () => {
        const r = await runCli(["plan", fx("plan", "delete-after-revocation.json"), "--format", "markdown"]);
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(/^### ACKGuard: ❌ blocked/);
        expect(r.stdout).toContain("| `ack-identity-revoke-before-delete` | 1 | 0 | 0 |");
    }, SLOW);
});

describe("exit 2 still gives a document in every machine-readable format", () => {
    test.each(["json", "sarif", "gitlab", "junit", "markdown"])("--format %s", async (format) => {
        const r = await runCli(["plan", fx("plan", "no-such-file.json"), "--format", format]);
        expect(r.code).toBe(2);
        expect(r.stderr.trim()).toMatch(/^ackguard: .*no-such-file\.json: no such file$/);
        expect(r.stdout.trim().length).toBeGreaterThan(0);
        if (format === "json") expect(JSON.parse(r.stdout)).toEqual({ judged: false, error: expect.stringContaining("no such file") });
        if (format === "sarif") expect(JSON.parse(r.stdout).runs[0].invocations[0].executionSuccessful).toBe(false);
        if (format === "gitlab") expect(validCodeQuality(JSON.parse(r.stdout))).toBe(true);
        if (format === "junit") expect(XMLValidator.validate(r.stdout)).toBe(true);
        if (format === "markdown") expect(r.stdout).toContain("not judged");
    }, SLOW);
});

describe("--quiet", () => {
    test("the findings of the pack and the gate and the result line, nothing else", async () => {
        const full = await runCli(["plan", fx("plan", "delete-after-revocation.json")]);
        const r = await runCli(["plan", fx("plan", "delete-after-revocation.json"), "--quiet"]);
        expect(r.code).toBe(1);
        const lines = r.stdout.trimEnd().split("\n");
        expect(lines[lines.length - 1]).toBe("Result: BLOCKED (1 mandatory, 0 advisory)");
        expect(lines[0]).toMatch(/^ {8}- \[mandatory\] {2}ack-identity-revoke-before-delete {2}\(/);
        expect(r.stdout).not.toContain("Policies:");
        expect(r.stdout).not.toContain("Summary by policy:");
        // Every finding line of the full report is in the quiet one.
        for (const l of full.stdout.split("\n").filter((x) => x.startsWith("        - ["))) expect(r.stdout).toContain(l);
    }, SLOW);
});
