// `ackguard plan`: the pull-request gate. Reads a plan file through the front end of its format
// (cli/inputs/: `pulumi preview --json`, `pulumi stack export`, `terraform show -json`), sends the
// resources of the NEW state through the same policy pack over gRPC as `ackguard preview` does
// (judge()), and adds the one check that needs the OLD state: a RAM user or role that holds ACK
// access must not be deleted or replaced before its kubeconfig and grants are revoked
// (ack-identity-revoke-before-delete). That deletion gate is the same for every front end.
import * as fs from "fs";
import * as path from "path";
import { AnalyzerClient, Diagnostic, PolicyInfo } from "../engine/analyzer";
import { FrontEndResult, GateState, InputKind, readPlanFile, Unjudged, UsageError } from "../frontends";
import { isObj, isStr } from "../frontends/pulumi/state";
import { PolicyPackConfigFile } from "../engine/policyConfig";
import { remediationText } from "../engine/remediate";
import { ACKGUARD_DIR, judge, PreviewReport, SourceLocation, withPack } from "./preview";
import { block, short } from "../report/text";
import { TERRAFORM_MAPPING } from "../frontends/terraform/mapping";
import { clusterAccessOf, ClusterAccess, GraphResource, installsAddon, permissionEntries, RAM_AUTHENTICATOR, reachOf, roleTypeOf } from "../../model/access";
import { asString } from "../../model/props";
import { shortTypeName, T } from "../../model/resources";
import { KUBECONFIG_DELETION, REVOKE_KUBECONFIG_URL } from "../../policies/access/common";

export { RAM_AUTHENTICATOR };
export const REVOKE_RULE = "ack-identity-revoke-before-delete";
export { REVOKE_KUBECONFIG_URL };
export const REVOKE_RULE_DESCRIPTION =
    "A RAM user or role that holds ACK cluster access (a cs.KubernetesPermission) must not be deleted or replaced until its kubeconfig and RBAC grants are revoked.";

/** What the deletion gate's message needs to know about one blocked removal. */
export interface RevokeMessageFacts {
    verb: "deletes" | "replaces";
    /** "ram.User" / "alicloud_ram_user". */
    kind: string;
    name: string;
    /** "cs.KubernetesPermission" / "alicloud_cs_kubernetes_permissions". */
    permissionKind: string;
    permissions: string[];
    /** "all clusters", "cluster c1, c2", "no listed cluster". */
    reach: string;
    acceptRamAuthenticator: boolean;
    protected: boolean;
}

/** "ram.User alice"; a Terraform address already names its type. */
const named = (kind: string, name: string) => (name.startsWith(`${kind}.`) ? name : `${kind} ${name}`);

/** The deletion gate's message: all of its wording is here. */
export function revokeMessage(f: RevokeMessageFacts): string {
    const lines = [
        `This plan ${f.verb} ${named(f.kind, f.name)}, which holds ACK cluster access through ${f.permissions.map((p) => named(f.permissionKind, p)).join(", ")} (${f.reach}).`,
        `Deleting a RAM identity does not revoke its kubeconfig or RBAC bindings. Do it in this order:`,
        `  1. ${KUBECONFIG_DELETION};`,
        `  2. remove its grants (delete the ${f.permissionKind});`,
        `  3. then delete or replace the ${f.kind}.`,
        `To pass this gate after revoking, list the identity in a --revoked file ({"revoked":[{"identity","by","at","ticket"}]})${f.acceptRamAuthenticator ? `, or install ${RAM_AUTHENTICATOR} on every cluster it reaches` : ""}.`,
    ];
    if (f.protected) lines.push(`(The ${f.kind} is protected: Pulumi will also refuse the delete until protect is removed.)`);
    return lines.join("\n");
}

export interface RevocationAttestation {
    identity: string;
    by: string;
    at: string;
    ticket: string;
}

/** A finding of the deletion gate, in the shape of a pack diagnostic. */
export interface PlanFinding extends Diagnostic {
    /** The step op that removes the identity. */
    op: string;
    /** What the report shows for the identity (resource name or Terraform address). */
    name: string;
    /** Where the identity is declared, when known (a deleted Terraform block has none). */
    location?: SourceLocation;
}

export interface PlanReport extends PreviewReport {
    input: { file: string; kind: InputKind; via?: string };
    /** Findings of the deletion gate (old state). */
    deletions: PlanFinding[];
    /** Identities removed by the plan whose access ended properly, with the reason. */
    cleared: { urn: string; op: string; reason: string }[];
    /** Resources in the input the pack did not judge, and why. */
    unjudged: Unjudged[];
    /** Facts about the input (unknown step ops, an incomplete plan). */
    notes: string[];
    /** The pack's policies (for SARIF rules). */
    policies: PolicyInfo[];
}

export interface PlanOptions {
    revokedFile?: string;
    policyConfig?: PolicyPackConfigFile;
    packDir?: string;
    client?: AnalyzerClient;
    /** Forces the input format (--input). */
    input?: InputKind;
    /** Directory of the Terraform configuration, for file:line locations (--tf-dir). */
    tfDir?: string;
}

/** Reads and validates a --revoked attestation file. */
export function readRevokedFile(file: string): RevocationAttestation[] {
    let doc: unknown;
    try {
        doc = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
        const err = e as NodeJS.ErrnoException;
        const why = err.code === "ENOENT" ? "no such file" : err.code === "EISDIR" ? "it is a directory" : err.code ?? `not valid JSON (${err.message.split("\n")[0].slice(0, 120)})`;
        throw new UsageError(`cannot read revocation file ${file}: ${why}`);
    }
    if (!isObj(doc) || !Array.isArray(doc.revoked)) {
        throw new UsageError(`revocation file ${file} must be an object { "revoked": [ ... ] }`);
    }
    return doc.revoked.map((e, i) => {
        if (!isObj(e)) throw new UsageError(`revocation file ${file}: revoked[${i}] must be an object`);
        for (const k of ["identity", "by", "at", "ticket"]) {
            if (!isStr(e[k]) || (e[k] as string).trim() === "") {
                throw new UsageError(`revocation file ${file}: revoked[${i}].${k} must be a non-empty string`);
            }
        }
        const at = e.at as string;
        if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(at) || isNaN(Date.parse(at))) {
            throw new UsageError(`revocation file ${file}: revoked[${i}].at must be an ISO 8601 date, got ${JSON.stringify(at.slice(0, 60))}`);
        }
        return { identity: e.identity as string, by: e.by as string, at, ticket: e.ticket as string };
    });
}

/**
 * Whether ack-ram-authenticator counts as revocation: the same knob as the preview policy
 * `ack-identity-deletion-readiness` (`acceptRamAuthenticator`, default false, because ACK documents
 * that certificate-based kubeconfigs keep working after webhook authentication is enabled).
 */
export function acceptsRamAuthenticator(config: PolicyPackConfigFile | undefined): boolean {
    const entry = config?.["ack-identity-deletion-readiness"];
    return typeof entry === "object" && entry !== null && (entry as Record<string, unknown>).acceptRamAuthenticator === true;
}

// ---- the deletion gate (one for every front end) ------------------------------------------------

const TERRAFORM_TYPE_OF = new Map(Object.entries(TERRAFORM_MAPPING).map(([tf, m]) => [m.token, tf]));

interface GateNode extends GraphResource {
    state: GateState;
}

/** The old (and new) states as a graph the model's access questions can walk. */
function graphOf(world: GateState[]): GateNode[] {
    const nodes = world.map((s): GateNode => ({ urn: s.urn, type: s.type, name: s.name, props: s.props, ids: s.ids, propertyDependencies: {}, state: s }));
    const byUrn = new Map<string, GateNode>();
    for (const n of nodes) if (!byUrn.has(n.urn)) byUrn.set(n.urn, n);
    for (const n of nodes) {
        for (const [k, urns] of Object.entries(n.state.propertyDependencies)) {
            n.propertyDependencies![k] = urns.map((u) => byUrn.get(u)).filter((x): x is GateNode => x !== undefined);
        }
    }
    return nodes;
}

/** "all clusters", "cluster c1, c2" or "no listed cluster", from the grants' entries. */
function reachText(access: ClusterAccess<GateNode>): string {
    const ids = new Set<string>();
    for (const p of access.permissions) {
        for (const e of permissionEntries(p.props as never)) {
            if (roleTypeOf(e.entry) === "all-clusters") return "all clusters";
            const c = asString(e.entry?.cluster);
            if (c !== undefined) ids.add(c);
        }
    }
    for (const c of access.clusters) if (!(c.ids ?? []).some((id) => ids.has(id))) ids.add(c.name);
    return ids.size === 0 ? "no listed cluster" : `cluster ${[...ids].join(", ")}`;
}

export function deletionGate(
    input: FrontEndResult,
    revoked: RevocationAttestation[],
    pack: { name: string; version: string },
    acceptRamAuthenticator = false,
): { findings: PlanFinding[]; cleared: PlanReport["cleared"] } {
    const findings: PlanFinding[] = [];
    const cleared: PlanReport["cleared"] = [];
    const nodes = graphOf(input.world);
    // An add-on the plan creates has not ended anything yet when the identity goes.
    const installed = nodes.filter((n) => !(n.type === T.KubernetesAddon && input.created.has(n.urn)));
    const typeName = (token: string) => (input.kind === "terraform" ? TERRAFORM_TYPE_OF.get(token) ?? token : shortTypeName(token));
    for (const removal of input.removals) {
        const old = removal.state;
        if (old.type !== T.RamUser && old.type !== T.RamRole) continue;
        const identity = nodes.find((n) => n.state === old) ?? graphOf([old])[0];
        const access = clusterAccessOf(identity, nodes);
        if (access === undefined) continue;
        const keys = new Set([...old.aliases, ...old.ids]);
        const att = revoked.find((a) => keys.has(a.identity));
        if (att) {
            cleared.push({ urn: old.urn, op: removal.op, reason: `revocation attested by ${att.by} at ${att.at} (${att.ticket})` });
            continue;
        }
        if (acceptRamAuthenticator && access.clusters.length > 0 && reachOf(access).kind === "stack-only"
            && access.clusters.every((c) => installsAddon(installed, c, RAM_AUTHENTICATOR))) {
            cleared.push({ urn: old.urn, op: removal.op, reason: `every cluster it reaches installs ${RAM_AUTHENTICATOR}` });
            continue;
        }
        findings.push({
            policyName: REVOKE_RULE,
            policyPackName: pack.name,
            policyPackVersion: pack.version,
            description: REVOKE_RULE_DESCRIPTION,
            message: revokeMessage({
                verb: removal.op.startsWith("delete") ? "deletes" : "replaces",
                kind: typeName(old.type),
                name: old.name,
                permissionKind: typeName(T.KubernetesPermission),
                permissions: access.permissions.map((p) => p.name),
                reach: reachText(access),
                acceptRamAuthenticator,
                protected: !!old.protect,
            }),
            enforcementLevel: "mandatory",
            severity: "high",
            urn: old.urn,
            op: removal.op,
            name: old.name,
            ...(old.location ? { location: old.location } : {}),
        });
    }
    return { findings, cleared };
}

// ---- secrets ------------------------------------------------------------------------------------

const SHORT_SECRET = 4;

/**
 * Redacts every known secret plaintext from a message: also its JSON-escaped form, any letter case
 * (a lower-cased value), inside longer strings (an image with a digest appended) and a quote cut
 * short. Short secrets are redacted only as whole words, so that a secret "ack" or "true" cannot
 * rewrite ordinary words. Only messages are rewritten, never the report's structure.
 */
export function redactMessage(text: string, secrets: ReadonlySet<string>): string {
    let out = text;
    const forms = new Set<string>();
    for (const s of secrets) {
        for (const f of [s, s.trim(), JSON.stringify(s).slice(1, -1)]) {
            if (f !== "") forms.add(f);
            if (f.length > 32) forms.add(f.slice(0, 32));
        }
    }
    for (const f of [...forms].sort((a, b) => b.length - a.length)) {
        const esc = f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const re = f.length < SHORT_SECRET ? new RegExp(`(?<![A-Za-z0-9_])${esc}(?![A-Za-z0-9_])`, "gi") : new RegExp(esc, "gi");
        out = out.replace(re, "[secret]");
    }
    return out;
}

function redactReport(r: PlanReport, secrets: ReadonlySet<string>): PlanReport {
    if (secrets.size === 0) return r;
    const fix = <D extends Diagnostic>(d: D): D => ({ ...d, message: redactMessage(d.message, secrets) });
    return {
        ...r,
        resources: r.resources.map((v) => ({ ...v, diagnostics: v.diagnostics.map(fix) })),
        stackDiagnostics: r.stackDiagnostics.map(fix),
        deletions: r.deletions.map(fix),
    };
}

// ---- the command --------------------------------------------------------------------------------

/** The Terraform configuration directory: --tf-dir, else the plan file's directory when it has .tf files, else the working directory. */
function tfDirFor(file: string, tfDir: string | undefined): string {
    if (tfDir !== undefined) {
        if (!fs.existsSync(tfDir) || !fs.statSync(tfDir).isDirectory()) throw new UsageError(`--tf-dir ${tfDir} is not a directory`);
        return tfDir;
    }
    const dir = path.dirname(path.resolve(file));
    return fs.readdirSync(dir).some((f) => f.endsWith(".tf")) ? dir : process.cwd();
}

export async function planFile(file: string, opts: PlanOptions = {}): Promise<PlanReport> {
    const input = readPlanFile(file, { input: opts.input, tfDir: tfDirFor(file, opts.tfDir) });
    return judgeInput(input, file, opts);
}

/** Judges what a front end read (`file`: the plan file, or the directory `ackguard scan` read; `via`: how it was read, for the report). */
export async function judgeInput(input: FrontEndResult, file: string, opts: PlanOptions & { via?: string } = {}): Promise<PlanReport> {
    const revoked = opts.revokedFile ? readRevokedFile(opts.revokedFile) : [];
    const packDir = opts.packDir ?? ACKGUARD_DIR;
    const run = async (client: AnalyzerClient): Promise<PlanReport> => {
        const report = await judge(client, input.resources, {
            program: path.resolve(file), stack: input.stack, project: input.project, policyConfig: opts.policyConfig, packDir, dryRun: input.kind !== "stack-export", remediate: "report",
        });
        const info = await client.getAnalyzerInfo();
        const gate = deletionGate(input, revoked, report.pack, acceptsRamAuthenticator(opts.policyConfig));
        const out: PlanReport = {
            ...report,
            resources: report.resources.map((v) => (input.locations.has(v.urn) ? { ...v, location: input.locations.get(v.urn) } : v)),
            input: { file: path.resolve(file), kind: input.kind, ...(opts.via ? { via: opts.via } : {}) },
            deletions: gate.findings,
            cleared: gate.cleared,
            unjudged: input.unjudged,
            notes: input.notes,
            policies: info.policies,
            totals: { ...report.totals, mandatory: report.totals.mandatory + gate.findings.length },
        };
        // Never print a secret: every plaintext the input revealed is redacted from every message.
        return redactReport(out, input.secrets);
    };
    return withPack(packDir, opts.client, run);
}

const FORMAT_NAMES: Record<InputKind, string> = {
    "pulumi-preview": "pulumi preview --json",
    "stack-export": "pulumi stack export",
    terraform: "terraform show -json",
};

/** The human report, in the style of cli/report.ts; Terraform resources by address and file:line. */
export function renderPlanText(r: PlanReport): string {
    const out: string[] = [];
    const tf = r.input.kind === "terraform";
    const at = (loc: SourceLocation | undefined) => (loc ? ` at ${loc.file}:${loc.line}` : "");
    out.push(`Checking ${r.input.file} (${r.input.via ?? FORMAT_NAMES[r.input.kind]}${tf ? "" : `, stack ${r.stack}`}) with policy pack ${r.pack.name}@v${r.pack.version}`, "");
    const mark = r.totals.mandatory > 0 ? "❌" : r.totals.advisory > 0 ? "⚠️" : "✅";
    out.push("Policies:");
    out.push(`    ${mark} ${r.pack.name}@v${r.pack.version}${r.pack.dir ? ` (local: ${r.pack.dir})` : ""}`);
    const order = (d: Diagnostic) => (d.enforcementLevel === "mandatory" ? 0 : 1);
    for (const v of r.resources) {
        const where = tf ? `${v.name}${at(v.location)}` : short(v.urn);
        for (const d of [...v.diagnostics].sort((a, b) => order(a) - order(b))) out.push(...block(d, where));
    }
    for (const d of r.stackDiagnostics) out.push(...block(d, "stack"));
    if (r.deletions.length > 0 || r.cleared.length > 0) {
        out.push("", "Deletions and replacements (old state):");
        for (const d of r.deletions) out.push(...block(d, `${tf ? d.name : short(d.urn)}${at(d.location)}, ${d.op}`));
        for (const c of r.cleared) out.push(`        - [cleared]  ${REVOKE_RULE}  (${tf ? c.urn.slice(c.urn.lastIndexOf("::") + 2) : short(c.urn)}, ${c.op}): ${c.reason}`);
    }
    if (r.unjudged.length > 0) {
        const byType = new Map<string, number>();
        for (const u of r.unjudged) byType.set(u.type, (byType.get(u.type) ?? 0) + 1);
        out.push("", `Not judged (no ACKGuard mapping): ${[...byType].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(", ")}`);
    }
    for (const n of r.notes) out.push(`Note: ${n}`);
    out.push(...remediationText(r.remediation));
    out.push("");
    out.push(`Resources: ${r.totals.resources} analyzed (new state), ${r.deletions.length + r.cleared.length} identity removals checked (old state)${r.unjudged.length > 0 ? `, ${r.unjudged.length} not judged` : ""}`);
    out.push(`Violations: ${r.totals.mandatory} mandatory, ${r.totals.advisory} advisory`);
    out.push(r.totals.mandatory > 0 ? "Result: BLOCKED (mandatory policy violations)" : "Result: passed");
    return out.join("\n");
}
