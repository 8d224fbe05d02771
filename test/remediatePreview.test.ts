// `ackguard preview` and `ackguard plan` with policies at level remediate: the example program
// examples/remediate-pool-and-cluster, run as the engine runs it (Remediate, then Analyze on the
// remediated inputs), and the same resources judged as a plan (reported, not applied).
import * as path from "path";
import { AnalyzerClient, AnalyzerResource } from "../cli/engine/analyzer";
import { EXAMPLES_DIR, findingsOf } from "../cli/commands/exampleOutcomes";
import { readPolicyConfigFile } from "../cli/engine/policyConfig";
import { previewProgram } from "../cli/commands/preview";
import { judge } from "../cli/engine/judge";
import type { Report as PreviewReport } from "../cli/engine/report";
import { changeLine } from "../cli/engine/remediate";
import { sarifFixes, sarifRemediations } from "../cli/report/remediation";
import { renderText } from "../cli/report/text";
import { MANAGED } from "../policies/cluster/cluster.fixtures";
import { poolWithManagement } from "../policies/patching/nodePool.fixtures";
import { T } from "../model/resources";
import { clean, urnOf } from "./harness";
import { withPackProcess } from "./processes";

const PACK_DIR = path.join(__dirname, "..", "..");
const EXAMPLE = path.join(EXAMPLES_DIR, "remediate-pool-and-cluster");
let client: AnalyzerClient;
withPackProcess((c) => (client = c), PACK_DIR);

const lines = (r: PreviewReport) => (r.remediation?.changes ?? []).flatMap((x) => x.changes.map((c) => `${changeLine(x, c)} (${x.policyName})`));

const EXPECTED_CHANGES = [
    "cs.ManagedKubernetes ack: deletionProtection not set → true (ack-cluster-deletion-protection)",
    "cs.NodePool workers: management.autoVulFix false → true (ack-nodepool-auto-vul-fix)",
    "cs.NodePool workers: management.autoVulFixPolicy.vulLevel not set → \"asap,later\" (ack-nodepool-auto-vul-fix)",
];

test("at default levels the program is blocked by exactly the two findings", async () => {
    const report = await previewProgram(EXAMPLE, { client });
    expect(findingsOf(report)).toEqual([
        { policy: "ack-cluster-deletion-protection", resource: "ack", level: "mandatory" },
        { policy: "ack-nodepool-auto-vul-fix", resource: "workers", level: "mandatory" },
    ]);
    expect(report.remediation).toBeUndefined();
});

test("with both policies at level remediate it passes, reporting both exact changes, and the fixed inputs pass every policy", async () => {
    const report = await previewProgram(EXAMPLE, { client, policyConfig: readPolicyConfigFile(path.join(EXAMPLE, "policy.json")) });
    expect(report.totals.mandatory).toBe(0);
    expect(findingsOf(report)).toEqual([]);
    expect(lines(report).sort()).toEqual(EXPECTED_CHANGES);
    expect(report.remediation!.changes.every((c) => c.applied)).toBe(true);
    const text = renderText(report);
    expect(text).toContain("cs.NodePool workers: management.autoVulFix false → true");
    expect(text).toContain("cs.ManagedKubernetes ack: deletionProtection not set → true");
    expect(text).toContain("Result: passed");
    // JSON carries the same records.
    expect(JSON.parse(JSON.stringify(report)).remediation.changes).toHaveLength(2);
});

test("\"all\": \"remediate\": the same two fixes, and every policy without a remediation says it is enforced as mandatory", async () => {
    const report = await previewProgram(EXAMPLE, { client, policyConfig: { all: "remediate" } });
    expect(lines(report).sort()).toEqual(EXPECTED_CHANGES);
    expect(report.totals.mandatory).toBe(0);
    const fallbacks = report.remediation!.fallbacks.map((f) => f.policyName);
    expect(fallbacks).toContain("ack-nodepool-managed");
    expect(fallbacks).toContain("ack-kms-key-deletion-protection"); // a stack policy
    expect(fallbacks).not.toContain("ack-nodepool-auto-vul-fix");
    expect(renderText(report)).toContain("ack-nodepool-imds-required: level remediate, but the policy does not implement remediateResource (the SDK enforces it as mandatory)");
});

test("a plan cannot be changed: remediations are reported, not applied, and the violations still block", async () => {
    const cluster: AnalyzerResource = { type: T.ManagedKubernetes, name: "ack", urn: urnOf(T.ManagedKubernetes, "ack"), props: clean({ ...MANAGED, deletionProtection: undefined }) };
    const pool: AnalyzerResource = { type: T.NodePool, name: "workers", urn: urnOf(T.NodePool, "workers"), props: poolWithManagement({ autoRepair: true, autoVulFix: false, maxUnavailable: 1 }) };
    const { report } = await judge(client, [cluster, pool], {
        program: "plan.json", stack: "dev", project: "p", remediate: "report",
        policyConfig: { "ack-nodepool-auto-vul-fix": "remediate", "ack-cluster-deletion-protection": "remediate" },
    });
    expect(lines(report).sort()).toEqual(EXPECTED_CHANGES);
    expect(report.remediation!.changes.every((c) => !c.applied)).toBe(true);
    const remediable = ["ack-cluster-deletion-protection", "ack-nodepool-auto-vul-fix"];
    expect(findingsOf(report).filter((f) => remediable.includes(f.policy))).toEqual([
        { policy: "ack-cluster-deletion-protection", resource: "ack", level: "mandatory" },
        { policy: "ack-nodepool-auto-vul-fix", resource: "workers", level: "mandatory" },
    ]);
    expect(renderText(report)).toContain("NOT applied: a plan cannot be changed");
    // SARIF: one note per remediation with a fix object that names the change.
    const sarif = sarifRemediations(report);
    expect(sarif.map((s) => s.policyName).sort()).toEqual(["ack-cluster-deletion-protection", "ack-nodepool-auto-vul-fix"]);
    const fix = sarifFixes(sarif.find((s) => s.policyName === "ack-nodepool-auto-vul-fix")!, "index.ts")[0] as any;
    expect(fix.description.text).toBe("management.autoVulFix: false → true; management.autoVulFixPolicy.vulLevel: not set → \"asap,later\"");
    expect(fix.artifactChanges[0].replacements).toHaveLength(1);
});
