// `ackguard demo` (npm run demo): gates every bundled example program with ACKGuard, as
// `ackguard preview` would, prints each report and checks it against the example's expected outcome.
import * as path from "path";
import { AnalyzerClient, startPackProcess } from "./analyzer";
import { diffFindings, exampleDirs, expectedOf, findingsOf } from "./examples";
import { readPolicyConfigFile } from "./policyConfig";
import { ACKGUARD_DIR, previewProgram } from "./preview";
import { renderText } from "./report";

export async function demo(): Promise<number> {
    const pack = await startPackProcess(ACKGUARD_DIR);
    const client = new AnalyzerClient(pack.address);
    let mismatches = 0;
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
            if (diff.length === 0 && exitCode === expected.exitCode) {
                console.log(`✓ matches its expected outcome (exit ${exitCode})`);
            } else {
                mismatches++;
                console.log(`✗ differs from expected.json (exit ${exitCode}, expected ${expected.exitCode}):\n  ${diff.join("\n  ")}`);
            }
        }
    } finally {
        client.close();
        pack.stop();
    }
    console.log(`\n${exampleDirs().length - mismatches} of ${exampleDirs().length} examples gave their expected outcome.`);
    return mismatches === 0 ? 0 : 1;
}
