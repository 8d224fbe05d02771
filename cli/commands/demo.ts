// `ackguard demo` (npm run demo): gates every bundled example program with ACKGuard, as
// `ackguard preview` would, prints each report and checks it against the example's expected outcome;
// then shows an exemption and the plan gate (a deletion blocked, then allowed once revocation is attested).
import * as path from "path";
import { AnalyzerClient, startPackProcess } from "../engine/analyzer";
import { diffFindings, EXAMPLES_DIR, exampleDirs, expectedOf, findingsOf } from "./exampleOutcomes";
import { planFile } from "./plan";
import { readPolicyConfigFile } from "../engine/policyConfig";
import { ACKGUARD_DIR } from "../engine/paths";
import { previewProgram } from "./preview";
import { renderText } from "../report/text";

const PLAN_FIXTURES = path.join(ACKGUARD_DIR, "test", "fixtures", "plan");

export async function demo(): Promise<number> {
    const pack = await startPackProcess(ACKGUARD_DIR);
    const client = new AnalyzerClient(pack.address);
    let mismatches = 0;
    let checks = 0;
    const check = (ok: boolean, what: string) => {
        checks++;
        if (ok) console.log(`✓ ${what}`);
        else {
            mismatches++;
            console.log(`✗ ${what}: not as expected`);
        }
    };
    try {
        for (const dir of exampleDirs()) {
            const expected = expectedOf(dir);
            const report = await previewProgram(dir, {
                client,
                policyConfig: expected.policyPackConfig ? readPolicyConfigFile(path.join(dir, expected.policyPackConfig)) : undefined,
            });
            const exitCode = report.totals.mandatory > 0 ? 1 : 0;
            const diff = diffFindings(expected.findings, findingsOf(report));
            console.log(`\n━━━ examples/${path.basename(dir)}: ${expected.description}`);
            console.log(renderText(report));
            checks++;
            if (diff.length === 0 && exitCode === expected.exitCode) {
                console.log(`✓ matches its expected outcome (exit ${exitCode})`);
            } else {
                mismatches++;
                console.log(`✗ differs from expected.json (exit ${exitCode}, expected ${expected.exitCode}):\n  ${diff.join("\n  ")}`);
            }
        }

        console.log(`\n━━━ An exemption: the legacy pool is exempted from ack-nodepool-managed, with its reason`);
        const exempted = await previewProgram(path.join(EXAMPLES_DIR, "unmanaged-node-pool-violating"), {
            client,
            policyConfig: { "ack-nodepool-managed": { exemptions: [{ resource: "legacy-workers", reason: "being replaced by a managed pool, ticket OPS-42" }] } },
        });
        console.log(renderText(exempted));
        check(
            exempted.resources.some((v) => v.name === "legacy-workers"
                && !v.diagnostics.some((d) => d.policyName === "ack-nodepool-managed")
                && (v.notApplicable ?? []).some((n) => n.policyName === "ack-nodepool-managed" && n.reason.includes("OPS-42"))),
            "the exempted policy is reported as not applicable, with the reason",
        );

        console.log(`\n━━━ The plan gate: deleting a RAM user whose kubeconfig still works (ackguard plan)`);
        const blocked = await planFile(path.join(PLAN_FIXTURES, "delete-after-revocation.json"), { client });
        console.log(renderText(blocked));
        check(blocked.deletions.length > 0 && blocked.totals.mandatory > 0, "the deletion is blocked (exit 1)");

        console.log(`\n━━━ The same plan once revocation is attested (ackguard plan --revoked revoked.json)`);
        const allowed = await planFile(path.join(PLAN_FIXTURES, "delete-after-revocation.json"), { client, revokedFile: path.join(PLAN_FIXTURES, "revoked.json") });
        console.log(renderText(allowed));
        check(allowed.deletions.length === 0 && allowed.cleared.length > 0, "the deletion is allowed, citing the attestation");
    } finally {
        client.close();
        pack.stop();
    }
    console.log(`\n${checks - mismatches} of ${checks} demonstrations gave their expected outcome.`);
    return mismatches === 0 ? 0 : 1;
}
