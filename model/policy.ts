// How an ACKGuard policy is written: metadata once, in code, plus a typed validation function.
//
// `resourcePolicy` and `stackPolicy` return ordinary @pulumi/policy policy objects (the analyzer
// serves them as is) that also carry ACKGuard metadata: the responsibility layer, the cluster
// types, why the default level is what it is. They add three things every policy shares:
//   * the type filter (a fast `__pulumiType` tag for single-type policies, not-applicable otherwise),
//   * config with schema defaults applied, whatever the caller sent,
//   * exemptions: `{"resource": name-or-URN, "reason": "..."}` (or `{"stackTag": "env=sandbox", ...}`
//     for whole stacks, matched against the stack tags) in the policy's config turn the
//     policy into *not applicable* for that resource, with the reason, instead of a silent pass.
import type {
    EnforcementLevel,
    PolicyConfigSchema,
    PolicyResource,
    ReportViolation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    Severity,
    StackValidationArgs,
    StackValidationPolicy,
} from "@pulumi/policy";
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import { ClusterType, Layer, OwnerContext } from "./responsibility";
import { PropsOf, shortTypeName } from "./resources";
import { asArray, asObject, asString, listed } from "./props";
import { analysisView, applyPatch, Patch, RemediationMeta } from "./remediation";

/**
 * A fact about ACK or the provider that a verdict rests on and that can expire (a version floor, a
 * retired field, a default that changed): what it is, where it was read, and when it was checked.
 * Rendered in docs/policies.md ("checked 2026-12-01: ...").
 */
export interface DatedFact {
    fact: string;
    source: string;
    /** ISO date (YYYY-MM-DD) the fact was last checked against its source. */
    checked: string;
}

/**
 * The controls of other rule sets that a policy implements (rendered in docs; peers.md is built from it).
 * Ids as each rule set spells them.
 */
export interface Controls {
    cis?: string[];
    cloudConfig?: string[];
    infraguard?: string[];
    checkov?: string[];
    kics?: string[];
    prowler?: string[];
    mondoo?: string[];
}

/** Metadata every ACKGuard policy carries. */
export interface PolicyMeta {
    /** Stable kebab-case id; the key users write in --policy-pack-config. Never rename once released. */
    name: string;
    displayName: string;
    description: string;
    severity: Severity;
    enforcementLevel: EnforcementLevel;
    /** Why the default level is mandatory or advisory (rendered in the docs). */
    levelRationale: string;
    /** Alibaba Cloud documentation for the setting this policy checks. */
    url: string;
    remediationSteps: string;
    /** The shared-responsibility layer this policy discharges for the customer. */
    responsibility: Layer;
    /** The cluster types on which the customer owns that layer and this policy applies. */
    clusterTypes: readonly ClusterType[];
    /** Knobs beyond enforcementLevel and exemptions; each must have a default. */
    config?: Record<string, PolicyConfigJSONSchema>;
    tags?: string[];
    /** Expiring facts behind the verdict, each with its source and the date it was checked. */
    facts?: DatedFact[];
    /** Controls of CIS / Cloud Config / peer tools this policy implements. */
    controls?: Controls;
    /** Exceptions of the seed table the policy's cells rest on (custom images, the kernel). */
    ownerContext?: OwnerContext;
    /** Whether the policy fixes inputs at level `remediate`, and why or why not (model/remediation.ts states the rule). */
    remediation?: RemediationMeta;
}

export type AckResourcePolicy = ResourceValidationPolicy & PolicyMeta & {
    kind: "resource";
    resourceTypes: string[];
};

export type AckStackPolicy = StackValidationPolicy & PolicyMeta & {
    kind: "stack";
    resourceTypes: string[];
};

export type AckPolicy = AckResourcePolicy | AckStackPolicy;

export interface Exemption {
    /** A resource name or full URN... */
    resource?: string;
    /** ...or a stack tag "key=value": the whole stack is exempt. */
    stackTag?: string;
    reason: string;
}

const EXEMPTIONS_SCHEMA: PolicyConfigJSONSchema = {
    type: "array",
    description: "Where this policy does not apply, and why (reported as not applicable): a resource (name or URN) or every stack with a stack tag (\"key=value\").",
    items: {
        type: "object",
        properties: {
            resource: { type: "string", minLength: 1, description: "Resource name or full URN." },
            stackTag: { type: "string", pattern: "^[^=]+=.*$", description: "A stack tag as key=value, e.g. env=sandbox." },
            reason: { type: "string", minLength: 10, description: "Why the exemption is acceptable; shown in the report." },
        },
        required: ["reason"],
        // Exactly one of resource / stackTag (in the draft-07 subset @pulumi/policy's schema type allows).
        minProperties: 2,
        dependencies: { resource: { properties: { stackTag: false } } },
        additionalProperties: false,
    },
    default: [],
};

function configSchemaOf(meta: PolicyMeta): PolicyConfigSchema {
    return { properties: { ...(meta.config ?? {}), exemptions: EXEMPTIONS_SCHEMA } };
}

/** The schema defaults of a policy's config (read once per policy: config is read on every call). */
function defaultsOf(meta: PolicyMeta): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, schema] of Object.entries(configSchemaOf(meta).properties)) {
        if (typeof schema === "object" && schema.default !== undefined) {
            out[k] = schema.default;
        }
    }
    return out;
}

/** The policy's config: schema defaults, overlaid with what the engine sent. */
export function configOf<C>(meta: PolicyMeta, sent: object, defaults = defaultsOf(meta)): C & { exemptions: Exemption[] } {
    return { ...defaults, ...(sent as Record<string, unknown>) } as C & { exemptions: Exemption[] };
}

/** The exemption that covers a resource (by name or URN), if any. */
export function exemptionFor(exemptions: unknown, name: string, urn: string): Exemption | undefined {
    for (const e of asArray(exemptions)) {
        const o = asObject(e);
        const resource = asString(o?.["resource"]);
        const reason = asString(o?.["reason"]);
        if (resource !== undefined && reason !== undefined && (resource === name || resource === urn)) {
            return { resource, reason };
        }
    }
    return undefined;
}

/** The exemption that covers the whole stack through one of its tags, if any. */
export function stackExemptionFor(exemptions: unknown, stackTags: ReadonlyMap<string, string>): Exemption | undefined {
    for (const e of asArray(exemptions)) {
        const o = asObject(e);
        const tag = asString(o?.["stackTag"]);
        const reason = asString(o?.["reason"]);
        if (tag === undefined || reason === undefined) continue;
        const i = tag.indexOf("=");
        if (i > 0 && stackTags.get(tag.slice(0, i)) === tag.slice(i + 1)) {
            return { stackTag: tag, reason };
        }
    }
    return undefined;
}

/** What a resource policy's check function receives besides props. */
export interface ResourceContext<C> {
    type: string;
    name: string;
    urn: string;
    config: C;
    args: ResourceValidationArgs;
    /** Report a violation: what was found, what is expected, and the one-line fix. */
    report: (finding: Finding) => void;
}

export interface Finding {
    /** Property path, e.g. "management.autoVulFix". */
    path: string;
    /** What the resource has, already rendered safely (never a secret value). */
    found: string;
    expected: string;
    fix: string;
    /** Optional extra sentence: why this matters on this cluster type. */
    why?: string;
    /** Report against another resource (stack policies). */
    urn?: string;
}

/** The longest message a policy reports: lists are cut by `listed`; this bounds whatever else grows with the input. */
export const MESSAGE_MAX = 4000;

/** A message part cut to `max` characters, saying how much was left out. */
function capped(text: string, max: number): string {
    return text.length <= max ? text : `${text.slice(0, max)}… [${text.length - max} more characters]`;
}

/** The one message shape every ACKGuard violation uses. */
export function formatFinding(resourceType: string, f: Finding): string {
    // Path and found grow with the input (lists of entries); the fix is kept whole.
    const parts = [`${shortTypeName(resourceType)} ${capped(f.path, 300)}: found ${capped(f.found, 1500)}, expected ${capped(f.expected, 600)}.`];
    if (f.why) {
        parts.push(capped(f.why, 800));
    }
    parts.push(`Fix: ${f.fix}`);
    return capped(parts.join(" "), MESSAGE_MAX);
}

/**
 * `args.notApplicable(reason)` without capturing a stack trace: the SDK reads only the reason, and a
 * multi-type policy says "not applicable" to every resource of another type, on every preview.
 */
function leave(args: { notApplicable: (reason?: string) => never }, reason: string | undefined): never {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return args.notApplicable(reason);
    } finally {
        Error.stackTraceLimit = limit;
    }
}

/** "cs.NodePool, cs.Kubernetes"; long lists (workload kinds) are cut short: the reason rides on every response. */
function typeList(tokens: readonly string[]): string {
    const names = tokens.map(shortTypeName);
    return names.length <= 4 ? names.join(", ") : `${names.slice(0, 3).join(", ")} and ${names.length - 3} more types`;
}

/**
 * What a multi-type policy's `validateResource` does for a resource of any type outside `types`:
 * nothing but report itself not applicable with `reason`. Set on the function by
 * `typedResourcePolicy`, so model/sharedAnalysis can answer for those types without calling it.
 */
export const OTHER_TYPES = Symbol.for("ackguard.otherTypes");

export interface OtherTypes {
    types: ReadonlySet<string>;
    reason: string;
}

/** Defines a policy over the inputs of one or more alicloud resource types, with typed props. */
export function resourcePolicy<K extends keyof PropsOf, C extends object = {}>(
    meta: PolicyMeta & { resourceTypes: K[]; check: (props: PropsOf[K], ctx: ResourceContext<C>) => void; remediate?: Remediate<PropsOf[K], C> },
): AckResourcePolicy {
    return typedResourcePolicy<PropsOf[K], C>(meta);
}

/**
 * The same for any provider's tokens (e.g. @pulumi/kubernetes): the caller states the props type
 * `P`, taken from that SDK's Args types.
 */
export function typedResourcePolicy<P, C extends object = {}>(
    meta: PolicyMeta & { resourceTypes: readonly string[]; check: (props: P, ctx: ResourceContext<C>) => void; remediate?: Remediate<P, C> },
): AckResourcePolicy {
    const { check, remediate, resourceTypes, ...rest } = meta;
    const types = new Set<string>(resourceTypes);
    const defaults = defaultsOf(meta);
    const notForType = `Policy only applies to ${typeList(resourceTypes)}`;
    // The SDK's not-applicable error for another type, made once and thrown again for every resource
    // of another type: the SDK reads only its reason, and this runs for most resources of a preview.
    // (Kept per `notApplicable` function, so a caller with its own never gets the SDK's error.)
    let notForTypeError: { from: unknown; error: unknown } | undefined;
    /** Type filter and exemptions (not applicable, with the reason); returns the config. */
    const admit = (args: ResourceValidationArgs) => {
        if (!types.has(args.type)) {
            if (notForTypeError?.from !== args.notApplicable) {
                try {
                    leave(args, notForType);
                } catch (error) {
                    notForTypeError = { from: args.notApplicable, error };
                }
            }
            throw notForTypeError!.error;
        }
        const config = configOf<C>(meta, args.getConfig(), defaults);
        const stackExemption = stackExemptionFor(config.exemptions, args.stackTags);
        if (stackExemption) {
            leave(args, `exempted by configuration for stacks tagged ${stackExemption.stackTag}: ${stackExemption.reason}`);
        }
        const exemption = exemptionFor(config.exemptions, args.name, args.urn);
        if (exemption) {
            leave(args, `exempted by configuration: ${exemption.reason}`);
        }
        return config;
    };
    const validate = (args: ResourceValidationArgs, reportViolation: ReportViolation) => {
        const config = admit(args);
        // The check's own "not applicable" (a pool on a system image...) without a stack trace, as
        // above: the SDK made this args object for this one call and reads only the reason.
        const sdkNotApplicable = args.notApplicable;
        args.notApplicable = (reason?: string) => leave({ notApplicable: sdkNotApplicable }, reason);
        check(args.props as P, {
            type: args.type,
            name: args.name,
            urn: args.urn,
            config,
            args,
            report: (f) => reportViolation(formatFinding(args.type, f), f.urn),
        });
    };
    const remediateResource = remediate === undefined ? undefined : (args: ResourceValidationArgs) => {
        const config = admit(args);
        // Findings of the policy's own check on props as Analyze sees them (throws on unknowns, as there).
        const findingsOn = (props: P, a: ResourceValidationArgs): Finding[] => {
            const found: Finding[] = [];
            check(props, { type: args.type, name: args.name, urn: args.urn, config, args: a, report: (f) => found.push(f) });
            return found;
        };
        const before = applyPatch(args.props, {});
        if (!("props" in before)) return undefined;
        const view = analysisView<P>(before.props);
        const findings = findingsOn(view, { ...args, props: view as Record<string, unknown> });
        if (findings.length === 0) return undefined; // compliant: never rewritten
        const patch = remediate(view, { type: args.type, name: args.name, urn: args.urn, config, args, findings });
        if (patch === undefined) return undefined;
        const after = applyPatch(args.props, patch as object);
        if (!("props" in after)) return undefined; // would overwrite an unknown or a non-object
        // The fix must make the policy pass; anything else (still violating, now not applicable,
        // an unknown read) leaves the inputs as they were and Analyze reports the violation.
        const recheckArgs = { ...args, props: analysisView<P>(after.props), notApplicable: (): never => { throw new NotApplicableOnRecheck(); } };
        try {
            if (findingsOn(recheckArgs.props as P, recheckArgs as ResourceValidationArgs).length > 0) return undefined;
        } catch {
            return undefined;
        }
        return after.props;
    };
    if (resourceTypes.length === 1) {
        // The analyzer's fast path: non-matching types are reported not applicable without a call.
        (validate as unknown as { __pulumiType: string }).__pulumiType = resourceTypes[0];
        if (remediateResource) (remediateResource as unknown as { __pulumiType: string }).__pulumiType = resourceTypes[0];
    } else {
        const otherTypes: OtherTypes = { types, reason: notForType };
        (validate as unknown as { [OTHER_TYPES]: OtherTypes })[OTHER_TYPES] = otherTypes;
    }
    return {
        ...rest,
        kind: "resource",
        resourceTypes: [...resourceTypes],
        configSchema: configSchemaOf(meta),
        validateResource: validate,
        ...(remediateResource ? { remediateResource } : {}),
    };
}

class NotApplicableOnRecheck extends Error {}

/** What a policy's remediate function receives besides props. */
export interface RemediationContext<C> {
    type: string;
    name: string;
    urn: string;
    config: C;
    args: ResourceValidationArgs;
    /** What the policy's check reported on these props (never empty: compliant props are not remediated). */
    findings: Finding[];
}

/**
 * A policy's fix: the inputs to write, as a deep partial of its props (see model/remediation.ts for
 * the rule a policy must meet to have one), or undefined when it has no safe fix for these props.
 */
export type Remediate<P, C> = (props: P, ctx: RemediationContext<C>) => Patch<P> | undefined;

/** What a stack policy's check function receives. */
export interface StackContext<C> {
    resources: PolicyResource[];
    config: C;
    args: StackValidationArgs;
    /** Report a violation on `resource`; exempted resources are skipped (see below). */
    report: (resource: PolicyResource, finding: Finding) => void;
}

/**
 * Defines a policy over the whole stack (resources, their parents and property dependencies).
 * Exempted resources are not reported; when exemptions removed every violation, the policy is
 * reported not applicable with their reasons, so an exemption is never a silent pass. The same
 * holds for the reasons `check` returns (e.g. "cluster c-1 is listed as auto-upgrading").
 */
export function stackPolicy<C extends object = {}>(
    meta: PolicyMeta & {
        resourceTypes: string[];
        /** May return why resources that could look like violations pass (shown when nothing is reported). */
        check: (ctx: StackContext<C>) => void | string[];
    },
): AckStackPolicy {
    const { check, resourceTypes, ...rest } = meta;
    const defaults = defaultsOf(meta);
    const validateStack = (args: StackValidationArgs, reportViolation: ReportViolation) => {
        const config = configOf<C>(meta, args.getConfig(), defaults);
        const stackExemption = stackExemptionFor(config.exemptions, args.stackTags);
        if (stackExemption) {
            leave(args, `exempted by configuration for stacks tagged ${stackExemption.stackTag}: ${stackExemption.reason}`);
        }
        const exempted: string[] = [];
        let reported = 0;
        const notes = check({
            resources: args.resources,
            config,
            args,
            report: (resource, f) => {
                const exemption = exemptionFor(config.exemptions, resource.name, resource.urn);
                if (exemption) {
                    exempted.push(`${resource.name}: ${exemption.reason}`);
                    return;
                }
                reported++;
                reportViolation(formatFinding(resource.type, f), f.urn ?? resource.urn);
            },
        });
        if (reported === 0 && (exempted.length > 0 || (notes ?? []).length > 0)) {
            const parts = exempted.length > 0 ? [`exempted by configuration: ${listed(exempted, "; ")}`] : [];
            if (notes && notes.length > 0) parts.push(`passes: ${listed(notes, "; ")}`);
            leave(args, parts.join("; "));
        }
    };
    return {
        ...rest,
        kind: "stack",
        resourceTypes: [...resourceTypes],
        configSchema: configSchemaOf(meta),
        validateStack,
    };
}

const CONTROL_TAG: Record<keyof Controls, string> = {
    cis: "cis-alibaba-2.0",
    cloudConfig: "cloud-config",
    infraguard: "infraguard",
    checkov: "checkov",
    kics: "kics",
    prowler: "prowler",
    mondoo: "mondoo",
};

/**
 * Sets `controls` on a policy (merged with what it declares itself) and mirrors them in the SDK's own
 * metadata, which Pulumi Cloud shows: `framework` (CIS Alibaba Cloud Foundations, when the policy
 * implements CIS sections) and `tags` ("checkov:CKV_ALI_2", "cloud-config:ack-cluster-...").
 */
export function withControls<P extends AckPolicy>(policy: P, extra: Controls): P {
    const controls: Controls = { ...(policy.controls ?? {}) };
    for (const [set, ids] of Object.entries(extra) as [keyof Controls, string[]][]) {
        const merged = [...new Set([...(controls[set] ?? []), ...ids])];
        if (merged.length > 0) controls[set] = merged;
    }
    policy.controls = controls;
    const tags = new Set(policy.tags ?? []);
    for (const [set, ids] of Object.entries(controls) as [keyof Controls, string[]][]) {
        for (const id of ids) tags.add(`${CONTROL_TAG[set]}:${id}`);
    }
    policy.tags = [...tags];
    if ((controls.cis ?? []).length > 0) {
        policy.framework = {
            name: "CIS Alibaba Cloud Foundations Benchmark",
            version: "2.0.0",
            reference: controls.cis!.join(", "),
            specification: "https://www.cisecurity.org/benchmark/alibaba_cloud",
        };
    }
    return policy;
}
