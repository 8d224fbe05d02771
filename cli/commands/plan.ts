// `ackguard plan`: the pull-request gate. Orchestration only: a plan front end (frontends/: Pulumi
// preview JSON, stack export, Terraform plan JSON) yields the new state and the old; the one judge sends
// the new state through the pack, exactly as `ackguard preview` does; the gates (gates/) check what
// only the old state shows (deletions). Every text is redacted of the secrets the input revealed.
import * as fs from "fs";
import * as path from "path";
import type { AnalyzerClient } from "../engine/analyzer";
import { UsageError } from "../engine/errors";
import { judge, Progress } from "../engine/judge";
import { withPack } from "../engine/pack";
import { ACKGUARD_DIR } from "../engine/paths";
import type { PolicyPackConfigFile } from "../engine/policyConfig";
import type { InputKind, PlanReport } from "../engine/report";
import { FrontEndResult, readPlanFile } from "../frontends";
import { readRevokedFile } from "../frontends/revoked";
import { tfFiles } from "../frontends/terraform/locations";
import { TERRAFORM_MAPPING } from "../frontends/terraform/mapping";
import { inTerraformLanguage } from "../report/language";
import { redactReport } from "../report/redact";
import { gates, GateInput, RevocationAttestation } from "../../gates";
import { shortTypeName } from "../../model/resources";

export interface PlanOptions {
    revokedFile?: string;
    policyConfig?: PolicyPackConfigFile;
    packDir?: string;
    client?: AnalyzerClient;
    /** Forces the input format (--input). */
    input?: InputKind;
    /** Directory of the Terraform configuration, for file:line locations (--tf-dir). */
    tfDir?: string;
    progress?: Progress;
}

const TERRAFORM_TYPE_OF = new Map(Object.entries(TERRAFORM_MAPPING).map(([tf, m]) => [m.token, tf]));

/** What the gates read of a front end's result, in the input's language. */
export function gateInputOf(input: FrontEndResult): GateInput {
    const terraform = input.kind === "terraform";
    return {
        oldAndNew: input.oldAndNew,
        removals: input.removals,
        created: input.created,
        language: terraform ? "terraform" : "pulumi",
        typeName: (token) => (terraform ? TERRAFORM_TYPE_OF.get(token) ?? token : shortTypeName(token)),
    };
}

const hasTf = (dir: string) => tfFiles(dir).length > 0;

/** The Terraform configuration directory: --tf-dir, else the plan file's directory when it has .tf files, else the working directory. */
function tfDirFor(file: string, tfDir: string | undefined): { dir: string; found: boolean } {
    if (tfDir !== undefined) {
        if (!fs.existsSync(tfDir) || !fs.statSync(tfDir).isDirectory()) throw new UsageError(`--tf-dir ${tfDir} is not a directory`);
        return { dir: tfDir, found: hasTf(tfDir) };
    }
    const dir = path.dirname(path.resolve(file));
    if (hasTf(dir)) return { dir, found: true };
    return { dir: process.cwd(), found: hasTf(process.cwd()) };
}

/**
 * Judges a front end's result: the pack on the new state, the gates on the old. `file`: the plan file, or
 * the directory `ackguard scan` read; `via`: how the input was read, when not a plan file (the report says it).
 */
export async function judgePlan(input: FrontEndResult, file: string, revoked: RevocationAttestation[], opts: PlanOptions & { via?: string } = {}): Promise<PlanReport> {
    const packDir = opts.packDir ?? ACKGUARD_DIR;
    opts.progress?.("starting the policy pack");
    return withPack(packDir, opts.client, async (client) => {
        const located = input.resources.map((r) => (input.locations.has(r.urn) ? { ...r, location: input.locations.get(r.urn) } : r));
        const { report, policies } = await judge(client, located, {
            program: path.resolve(file), stack: input.stack, project: input.project, policyConfig: opts.policyConfig, packDir, dryRun: input.kind !== "stack-export", remediate: "report",
            progress: opts.progress,
        });
        const gateInput = gateInputOf(input);
        const results = gates.map((g) => g.check(gateInput, { revoked, policyConfig: opts.policyConfig ?? {}, pack: report.pack }));
        const deletions = results.flatMap((x) => x.findings);
        const out: PlanReport = {
            ...report,
            input: { file: path.resolve(file), kind: input.kind, ...(opts.via ? { via: opts.via } : {}) },
            deletions,
            cleared: results.flatMap((x) => x.cleared),
            unjudged: input.unjudged,
            notes: [...(report.notes ?? []), ...input.notes],
            policies,
            totals: {
                ...report.totals,
                mandatory: report.totals.mandatory + deletions.filter((d) => d.enforcementLevel === "mandatory").length,
                advisory: report.totals.advisory + deletions.filter((d) => d.enforcementLevel === "advisory").length,
            },
        };
        // Never print a secret: every plaintext the input revealed is redacted from every text.
        // A Terraform user reads Terraform attribute names and HCL.
        return redactReport(input.kind === "terraform" ? inTerraformLanguage(out) : out, input.secrets);
    });
}

export async function planFile(file: string, opts: PlanOptions = {}): Promise<PlanReport> {
    opts.progress?.("reading the plan");
    const tf = tfDirFor(file, opts.tfDir);
    const input = readPlanFile(file, { input: opts.input, tfDir: tf.dir });
    if (input.kind === "terraform" && !tf.found) {
        // Never a silent plan.json:1: say once why findings carry no .tf line.
        input.notes.push(`no .tf files in ${opts.tfDir ?? "the plan's directory or the working directory"}: findings point at the plan file, not the .tf line that declares the resource (give the configuration with --tf-dir DIR)`);
    }
    const revoked = opts.revokedFile ? readRevokedFile(opts.revokedFile) : [];
    return judgePlan(input, file, revoked, opts);
}

/** Judges what a front end read, with the attestations of `--revoked` (ackguard scan). */
export async function judgeInput(input: FrontEndResult, file: string, opts: PlanOptions & { via?: string } = {}): Promise<PlanReport> {
    const revoked = opts.revokedFile ? readRevokedFile(opts.revokedFile) : [];
    return judgePlan(input, file, revoked, opts);
}
