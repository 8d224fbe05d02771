// `ackguard plan`: the pull-request gate. Reads the JSON of `pulumi preview --json` (a PreviewDigest)
// or of `pulumi stack export` (an UntypedDeployment), sends the resources of the NEW state through the
// same policy pack over gRPC as `ackguard preview` does (judge()), and adds the one check that needs
// the OLD state: a RAM user or role that holds ACK access must not be deleted or replaced before its
// kubeconfig and grants are revoked (ack-identity-revoke-before-delete).
// Formats: see /work/notes/engine-facts.md §4 (preview --json) and §5 (stack export).
import * as fs from "fs";
import * as path from "path";
import { AnalyzerClient, AnalyzerResource, Diagnostic, PolicyInfo, ResourceOptions } from "./analyzer";
import { PolicyPackConfigFile } from "./policyConfig";
import { remediationText } from "./remediate";
import { ACKGUARD_DIR, judge, PreviewReport, UsageError, withPack } from "./preview";
import { CLUSTER_TOKENS, ClusterToken, PropsOf, T } from "../model/resources";
import { KUBECONFIG_DELETION } from "../policies/access/common";
import { inlineAddons } from "../policies/cluster/common";
import { block, short } from "./report";
import { isSecret, secret, SECRET_SIG, SIG_KEY } from "./wire";

export const REVOKE_RULE = "ack-identity-revoke-before-delete";
export const RAM_AUTHENTICATOR = "ack-ram-authenticator";
export const REVOKE_KUBECONFIG_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/clear-kubeconfig";
export const REVOKE_RULE_DESCRIPTION =
    "A RAM user or role that holds ACK cluster access (a cs.KubernetesPermission) must not be deleted or replaced until its kubeconfig and RBAC grants are revoked.";

const CLUSTER_TYPES = new Set<string>(CLUSTER_TOKENS);

/** The new-state ops (their newState is what the engine registers and the pack judges). */
const NEW_OPS = new Set(["create", "update", "same", "replace", "create-replacement"]);
/** Ops that remove the old identity: deletions and replacements. */
const REMOVING_OPS = new Set(["delete", "delete-replaced", "replace", "create-replacement"]);

/** apitype.ResourceV3, the fields used here. */
export interface ResourceV3 {
    urn: string;
    custom?: boolean;
    delete?: boolean;
    id?: string;
    type: string;
    inputs?: Record<string, unknown>;
    outputs?: Record<string, unknown>;
    parent?: string;
    protect?: boolean;
    dependencies?: string[];
    propertyDependencies?: Record<string, string[]>;
    provider?: string;
    aliases?: string[];
    additionalSecretOutputs?: string[];
    ignoreChanges?: string[];
    customTimeouts?: { create?: number; update?: number; delete?: number };
}

interface PreviewStep {
    op: string;
    urn: string;
    oldState?: ResourceV3;
    newState?: ResourceV3;
}

export type PlanInput =
    | { kind: "preview"; steps: PreviewStep[] }
    | { kind: "stack-export"; resources: ResourceV3[] };

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
}

export interface PlanReport extends PreviewReport {
    input: { file: string; kind: PlanInput["kind"] };
    /** Findings of the deletion gate (old state). */
    deletions: PlanFinding[];
    /** Identities removed by the plan whose access ended properly, with the reason. */
    cleared: { urn: string; op: string; reason: string }[];
    /** The pack's policies (for SARIF rules). */
    policies: PolicyInfo[];
}

export interface PlanOptions {
    revokedFile?: string;
    policyConfig?: PolicyPackConfigFile;
    packDir?: string;
    client?: AnalyzerClient;
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === "string";

function nameOfUrn(urn: string): string {
    const i = urn.lastIndexOf("::");
    return i >= 0 ? urn.slice(i + 2) : urn;
}

/** Reads a plan file and tells which of the two formats it is; a UsageError otherwise. */
export function readPlanFile(file: string): PlanInput {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    let doc: unknown;
    try {
        doc = JSON.parse(text);
    } catch (e) {
        throw new UsageError(`${file} is not valid JSON (truncated or malformed): ${(e as Error).message.split("\n")[0]}`);
    }
    return parsePlan(doc, file);
}

function checkResource(r: unknown, where: string, file: string): ResourceV3 {
    if (!isObj(r) || !isStr(r.urn) || !isStr(r.type)) {
        throw new UsageError(`${file}: ${where} is not a resource state (needs string "urn" and "type")`);
    }
    for (const k of ["inputs", "outputs", "propertyDependencies"]) {
        if (r[k] !== undefined && r[k] !== null && !isObj(r[k])) throw new UsageError(`${file}: ${where}.${k} must be an object`);
    }
    return r as unknown as ResourceV3;
}

export function parsePlan(doc: unknown, file: string): PlanInput {
    if (isObj(doc) && Array.isArray(doc.steps)) {
        const steps = doc.steps.map((s, i) => {
            if (!isObj(s) || !isStr(s.op) || !isStr(s.urn)) {
                throw new UsageError(`${file}: steps[${i}] is not a preview step (needs string "op" and "urn")`);
            }
            return {
                op: s.op,
                urn: s.urn,
                oldState: s.oldState == null ? undefined : checkResource(s.oldState, `steps[${i}].oldState`, file),
                newState: s.newState == null ? undefined : checkResource(s.newState, `steps[${i}].newState`, file),
            };
        });
        return { kind: "preview", steps };
    }
    if (isObj(doc) && isObj(doc.deployment) && (doc.version === undefined || typeof doc.version === "number")) {
        const res = doc.deployment.resources ?? [];
        if (!Array.isArray(res)) throw new UsageError(`${file}: deployment.resources must be an array`);
        return { kind: "stack-export", resources: res.map((r, i) => checkResource(r, `deployment.resources[${i}]`, file)) };
    }
    throw new UsageError(`${file}: unknown format: expected the JSON of 'pulumi preview --json' (with "steps") or 'pulumi stack export' (with "deployment")`);
}

/** Reads and validates a --revoked attestation file. */
export function readRevokedFile(file: string): RevocationAttestation[] {
    let doc: unknown;
    try {
        doc = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
        const err = e as NodeJS.ErrnoException;
        throw new UsageError(`cannot read revocation file ${file}: ${err.code ?? err.message.split("\n")[0]}`);
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
            throw new UsageError(`revocation file ${file}: revoked[${i}].at must be an ISO 8601 date, got ${JSON.stringify(at)}`);
        }
        return { identity: e.identity as string, by: e.by as string, at, ticket: e.ticket as string };
    });
}

// ---- state -> wire form -------------------------------------------------------------------------

/**
 * Converts state values to the wire form an analyzer gets. Preview JSON blinds secrets to the string
 * "[secret]"; a stack export keeps a secret object ({sig, ciphertext} or, with --show-secrets,
 * {sig, plaintext: <JSON text>}). Both become wire secrets; plaintexts are collected so that no output
 * can print them. Unknown sentinels are already the wire form.
 */
function toWire(v: unknown, secrets: Set<string>): unknown {
    if (v === "[secret]") return secret("[secret]");
    if (Array.isArray(v)) return v.map((x) => toWire(x, secrets));
    if (isObj(v)) {
        if (v[SIG_KEY] === SECRET_SIG) {
            if (isStr(v.plaintext)) {
                let value: unknown;
                try {
                    value = JSON.parse(v.plaintext);
                } catch {
                    value = v.plaintext;
                }
                collectStrings(value, secrets);
                return secret(value);
            }
            if ("value" in v) {
                collectStrings(v.value, secrets);
                return v;
            }
            return secret("[secret]");
        }
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) out[k] = toWire(x, secrets);
        return out;
    }
    return v;
}

function collectStrings(v: unknown, into: Set<string>): void {
    if (isStr(v)) {
        if (v.length >= 3 && v !== "[secret]") into.add(v);
    } else if (typeof v === "number" || typeof v === "boolean") {
        into.add(String(v));
    } else if (Array.isArray(v)) v.forEach((x) => collectStrings(x, into));
    else if (isObj(v)) Object.values(v).forEach((x) => collectStrings(x, into));
}

/** Builds the analyzer resources of a new state: props = inputs in wire form, provider from the state. */
export function toAnalyzerResources(states: ResourceV3[], secrets: Set<string>): AnalyzerResource[] {
    const byUrn = new Map(states.map((s) => [s.urn, s]));
    return states.map((s) => {
        const options: ResourceOptions = {
            protect: !!s.protect,
            ignoreChanges: s.ignoreChanges,
            aliases: s.aliases?.filter(isStr),
            additionalSecretOutputs: s.additionalSecretOutputs,
            customTimeouts: s.customTimeouts,
            parent: s.parent,
        };
        let provider: AnalyzerResource["provider"];
        if (s.provider) {
            const purn = s.provider.split("::").slice(0, -1).join("::");
            const p = byUrn.get(purn);
            provider = {
                type: p?.type ?? purn.split("::")[2] ?? "",
                name: nameOfUrn(purn),
                urn: purn,
                props: p ? (toWire(p.inputs ?? {}, secrets) as Record<string, unknown>) : {},
            };
        }
        return {
            type: s.type,
            name: nameOfUrn(s.urn),
            urn: s.urn,
            props: toWire(s.inputs ?? {}, secrets) as Record<string, unknown>,
            options,
            parent: s.parent || undefined,
            provider,
            dependencies: s.dependencies ?? [],
            propertyDependencies: s.propertyDependencies ?? {},
        };
    });
}

/** The resources of the new state, deduplicated by URN (replace and create-replacement both carry it). */
export function newStateOf(input: PlanInput): ResourceV3[] {
    if (input.kind === "stack-export") return input.resources.filter((r) => !r.delete);
    const seen = new Map<string, ResourceV3>();
    for (const s of input.steps) {
        if (NEW_OPS.has(s.op) && s.newState && !seen.has(s.newState.urn)) seen.set(s.newState.urn, s.newState);
    }
    return [...seen.values()];
}

// ---- the deletion gate --------------------------------------------------------------------------

const plain = (v: unknown): unknown => (isSecret(v) ? v.value : v);
const input = (r: ResourceV3, k: string): unknown => plain(r.inputs?.[k]);
const output = (r: ResourceV3, k: string): unknown => plain(r.outputs?.[k]);

function identityIds(r: ResourceV3): string[] {
    const ids = [r.id];
    if (r.type === T.RamRole) ids.push(output(r, "roleId") as string);
    return ids.filter((x): x is string => isStr(x) && x !== "" && x !== "[secret]");
}

function identityNames(r: ResourceV3): string[] {
    const keys = r.type === T.RamRole ? ["roleName", "name"] : ["name"];
    const names = [nameOfUrn(r.urn)];
    for (const k of keys) names.push(input(r, k) as string, output(r, k) as string);
    return names.filter((x): x is string => isStr(x) && x !== "" && x !== "[secret]");
}

function permissionsOf(p: ResourceV3): Record<string, unknown>[] {
    const v = input(p, "permissions") ?? output(p, "permissions");
    return Array.isArray(v) ? v.map(plain).filter(isObj) : [];
}

interface Access {
    permissions: ResourceV3[];
    /** Cluster ids the grants reach; undefined entries stand for "all clusters". */
    clusterIds: (string | undefined)[];
}

function accessOf(identity: ResourceV3, world: ResourceV3[]): Access {
    const ids = new Set(identityIds(identity));
    const perms = world.filter((p) => {
        if (p.type !== T.KubernetesPermission) return false;
        const uid = input(p, "uid") ?? output(p, "uid");
        return (isStr(uid) && ids.has(uid)) || (p.propertyDependencies?.uid ?? []).includes(identity.urn);
    });
    const uniq = new Map(perms.map((p) => [p.urn, p]));
    const clusterIds: (string | undefined)[] = [];
    for (const p of uniq.values()) {
        for (const e of permissionsOf(p)) {
            const rt = plain(e.roleType);
            const c = plain(e.cluster);
            clusterIds.push(rt === "all-clusters" || !isStr(c) || c === "" ? undefined : c);
        }
    }
    return { permissions: [...uniq.values()], clusterIds };
}

function installsAuthenticator(cluster: ResourceV3, world: ResourceV3[], created: Set<string>): boolean {
    // Inline add-ons read as the preview policies read them (an entry with `disabled: true` installs nothing).
    if (inlineAddons((cluster.inputs ?? {}) as PropsOf[ClusterToken]).some((a) => a.name === RAM_AUTHENTICATOR)) {
        return true;
    }
    return world.some((a) =>
        a.type === T.KubernetesAddon && !created.has(a.urn) && input(a, "name") === RAM_AUTHENTICATOR && (input(a, "clusterId") ?? output(a, "clusterId")) === cluster.id);
}

/** Why every cluster the grants reach ends the identity's access via ack-ram-authenticator, or undefined. */
function authenticatorCovers(access: Access, world: ResourceV3[], created: Set<string>): boolean {
    if (access.clusterIds.length === 0) return false;
    for (const id of new Set(access.clusterIds)) {
        if (id === undefined) return false;
        const clusters = world.filter((c) => CLUSTER_TYPES.has(c.type) && c.id === id);
        if (clusters.length === 0 || !clusters.some((c) => installsAuthenticator(c, world, created))) return false;
    }
    return true;
}

/** The deletion gate over a preview's steps. */
/**
 * Whether ack-ram-authenticator counts as revocation: the same knob as the preview policy
 * `ack-identity-deletion-readiness` (`acceptRamAuthenticator`, default false, because ACK documents
 * that certificate-based kubeconfigs keep working after webhook authentication is enabled).
 */
export function acceptsRamAuthenticator(config: PolicyPackConfigFile | undefined): boolean {
    const entry = config?.["ack-identity-deletion-readiness"];
    return typeof entry === "object" && entry !== null && (entry as Record<string, unknown>).acceptRamAuthenticator === true;
}

export function deletionGate(
    input_: PlanInput,
    revoked: RevocationAttestation[],
    pack: { name: string; version: string },
    acceptRamAuthenticator = false,
): { findings: PlanFinding[]; cleared: PlanReport["cleared"] } {
    const findings: PlanFinding[] = [];
    const cleared: PlanReport["cleared"] = [];
    if (input_.kind !== "preview") return { findings, cleared };
    const world: ResourceV3[] = [];
    for (const s of input_.steps) {
        if (s.oldState) world.push(s.oldState);
        if (s.newState) world.push(s.newState);
    }
    const created = new Set(input_.steps.filter((s) => s.op === "create").map((s) => s.urn));
    const done = new Set<string>();
    for (const s of input_.steps) {
        const old = s.oldState;
        if (!REMOVING_OPS.has(s.op) || !old || (old.type !== T.RamUser && old.type !== T.RamRole) || done.has(old.urn)) continue;
        done.add(old.urn);
        const access = accessOf(old, world);
        if (access.permissions.length === 0) continue;
        const keys = new Set([old.urn, ...identityIds(old), ...identityNames(old)]);
        const att = revoked.find((a) => keys.has(a.identity));
        if (att) {
            cleared.push({ urn: old.urn, op: s.op, reason: `revocation attested by ${att.by} at ${att.at} (${att.ticket})` });
            continue;
        }
        if (acceptRamAuthenticator && authenticatorCovers(access, world, created)) {
            cleared.push({ urn: old.urn, op: s.op, reason: `every cluster it reaches installs ${RAM_AUTHENTICATOR}` });
            continue;
        }
        const kind = old.type === T.RamUser ? "ram.User" : "ram.Role";
        const verb = s.op.startsWith("delete") ? "deletes" : "replaces";
        const reach = access.clusterIds.length === 0 ? "no listed cluster"
            : access.clusterIds.some((c) => c === undefined) ? "all clusters"
            : `cluster ${[...new Set(access.clusterIds)].join(", ")}`;
        const lines = [
            `This plan ${verb} ${kind} ${nameOfUrn(old.urn)}, which holds ACK cluster access through cs.KubernetesPermission ${access.permissions.map((p) => nameOfUrn(p.urn)).join(", ")} (${reach}).`,
            `Deleting a RAM identity does not revoke its kubeconfig or RBAC bindings. Do it in this order:`,
            `  1. ${KUBECONFIG_DELETION};`,
            `  2. remove its grants (delete the cs.KubernetesPermission);`,
            `  3. then delete or replace the ${kind}.`,
            `To pass this gate after revoking, list the identity in a --revoked file ({"revoked":[{"identity","by","at","ticket"}]})${acceptRamAuthenticator ? `, or install ${RAM_AUTHENTICATOR} on every cluster it reaches` : ""}.`,
        ];
        if (old.protect) lines.push(`(The ${kind} is protected: Pulumi will also refuse the delete until protect is removed.)`);
        findings.push({
            policyName: REVOKE_RULE,
            policyPackName: pack.name,
            policyPackVersion: pack.version,
            description: REVOKE_RULE_DESCRIPTION,
            message: lines.join("\n"),
            enforcementLevel: "mandatory",
            severity: "high",
            urn: old.urn,
            op: s.op,
        });
    }
    return { findings, cleared };
}

// ---- the command --------------------------------------------------------------------------------

function stackAndProject(urns: string[]): { stack: string; project: string } {
    for (const u of urns) {
        const m = /^urn:pulumi:([^:]+)::([^:]+)::/.exec(u);
        if (m) return { stack: m[1], project: m[2] };
    }
    return { stack: "dev", project: "project" };
}

/** Replaces every known secret plaintext in a string. */
function redact(text: string, secrets: Set<string>): string {
    let out = text;
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
        if (s.length >= 3) out = out.split(s).join("[secret]");
    }
    return out;
}

export async function planFile(file: string, opts: PlanOptions = {}): Promise<PlanReport> {
    const plan = readPlanFile(file);
    const revoked = opts.revokedFile ? readRevokedFile(opts.revokedFile) : [];
    const secrets = new Set<string>();
    const states = newStateOf(plan);
    const resources = toAnalyzerResources(states, secrets);
    const urns = plan.kind === "preview" ? plan.steps.map((s) => s.urn) : plan.resources.map((r) => r.urn);
    const { stack, project } = stackAndProject(urns);
    const packDir = opts.packDir ?? ACKGUARD_DIR;
    const run = async (client: AnalyzerClient): Promise<PlanReport> => {
        const report = await judge(client, resources, { program: path.resolve(file), stack, project, policyConfig: opts.policyConfig, packDir, dryRun: plan.kind === "preview", remediate: "report" });
        const info = await client.getAnalyzerInfo();
        const gate = deletionGate(plan, revoked, report.pack, acceptsRamAuthenticator(opts.policyConfig));
        const mandatory = report.totals.mandatory + gate.findings.length;
        const out: PlanReport = {
            ...report,
            input: { file: path.resolve(file), kind: plan.kind },
            deletions: gate.findings,
            cleared: gate.cleared,
            policies: info.policies,
            totals: { ...report.totals, mandatory },
        };
        // Never print a secret: redact every plaintext the input revealed from everything we output.
        return secrets.size > 0 ? JSON.parse(redact(JSON.stringify(out), new Set([...secrets].map((s) => JSON.stringify(s).slice(1, -1))))) : out;
    };
    return withPack(packDir, opts.client, run);
}

/** The human report, in the style of cli/report.ts. */
export function renderPlanText(r: PlanReport): string {
    const out: string[] = [];
    const what = r.input.kind === "preview" ? "pulumi preview --json" : "pulumi stack export";
    out.push(`Checking ${r.input.file} (${what}, stack ${r.stack}) with policy pack ${r.pack.name}@v${r.pack.version}`, "");
    const mark = r.totals.mandatory > 0 ? "❌" : r.totals.advisory > 0 ? "⚠️" : "✅";
    out.push("Policies:");
    out.push(`    ${mark} ${r.pack.name}@v${r.pack.version}${r.pack.dir ? ` (local: ${r.pack.dir})` : ""}`);
    const order = (d: Diagnostic) => (d.enforcementLevel === "mandatory" ? 0 : 1);
    for (const v of r.resources) {
        for (const d of [...v.diagnostics].sort((a, b) => order(a) - order(b))) out.push(...block(d, short(v.urn)));
    }
    for (const d of r.stackDiagnostics) out.push(...block(d, "stack"));
    if (r.deletions.length > 0 || r.cleared.length > 0) {
        out.push("", "Deletions and replacements (old state):");
        for (const d of r.deletions) out.push(...block(d, `${short(d.urn)}, ${d.op}`));
        for (const c of r.cleared) out.push(`        - [cleared]  ${REVOKE_RULE}  (${short(c.urn)}, ${c.op}): ${c.reason}`);
    }
    out.push(...remediationText(r.remediation));
    out.push("");
    out.push(`Resources: ${r.totals.resources} analyzed (new state), ${r.deletions.length + r.cleared.length} identity removals checked (old state)`);
    out.push(`Violations: ${r.totals.mandatory} mandatory, ${r.totals.advisory} advisory`);
    out.push(r.totals.mandatory > 0 ? "Result: BLOCKED (mandatory policy violations)" : "Result: passed");
    return out.join("\n");
}
