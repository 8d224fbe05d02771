// `ackguard scan [DIR]`: the configuration becomes a plan document (scanConfiguration), the Terraform
// plan reader turns it into analyzer resources, and the plan command judges them: same pack, same
// deletion gate, same report formats, exemptions and exit codes as `ackguard plan`.
import type { PlanReport } from "../engine/report";
import { scanConfiguration, ScanOptions, ScanResult } from "../frontends/scan";
import { fromTerraformPlan } from "../frontends/terraform/plan";
import { redactor } from "../report/redact";
import { judgeInput, PlanOptions } from "./plan";

export const SCAN_VIA = "Terraform configuration, read without a plan";

export type ScanReport = PlanReport & { scan: Pick<ScanResult, "notExpanded" | "unknownVariables"> };

export async function scanDirectory(dir: string, opts: PlanOptions & ScanOptions = {}): Promise<ScanReport> {
    const scan = await scanConfiguration(dir, opts);
    const input = fromTerraformPlan(scan.plan, dir, { tfDir: dir, declarations: scan.declarations });
    // Notes quote the configuration (file:line, names); a value that is a secret is never among them, but redact anyway.
    const redact = redactor(input.secrets);
    for (const n of scan.notes) input.notes.push(redact(n));
    const report = await judgeInput(input, dir, { ...opts, via: SCAN_VIA });
    return { ...report, scan: { notExpanded: scan.notExpanded, unknownVariables: scan.unknownVariables } };
}
