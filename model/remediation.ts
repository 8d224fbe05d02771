// Remediation: rewriting a resource's inputs before it is provisioned (enforcement level
// `remediate`). The rule a policy must meet to remediate, and the mechanics that keep a rewrite safe.
//
// A policy may remediate only when the fix is a value of the resource's own inputs that
//   (a) is the single secure answer (no value only the user knows: a key id, a vswitch, an owner),
//   (b) never forces replacement of an existing resource (no ForceNew / create-only field: the engine
//       remediates before it diffs, so it cannot tell a create from an update), and
//   (c) does not cut connectivity or break workloads the program may rely on.
//
// Mechanics (the SDK's Remediate handler, @pulumi/policy 1.21.0 server.js, runs each policy at level
// `remediate` in turn and hands the next one the previous one's result):
//   * the policy returns a *patch* (a deep partial of its props), never a whole new props object:
//     spreading the SDK's preview proxy throws on unknowns, and a patch cannot drop a sibling;
//   * a patch that would write on or under an unknown value is refused (nothing is rewritten);
//   * a value that was a secret stays a secret (written inside the SDK's Secret wrapper);
//   * the policy's own check runs on the patched inputs and must pass, else nothing is rewritten
//     (the violation is then reported by Analyze as mandatory, as the SDK downgrades it).
import type { Secret as SecretType } from "@pulumi/policy";
import { isUnknown } from "./wire";

// @pulumi/policy (and with it @pulumi/pulumi) is loaded only when a remediation runs: loading the
// policies must stay cheap (test/conventions.test.ts, start-up cost), and by then the pack has it.
let secretClass: typeof SecretType | undefined;
function Secret(): typeof SecretType {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    return (secretClass ??= (require("@pulumi/policy") as { Secret: typeof SecretType }).Secret);
}

/** Whether a policy remediates, and why or why not (rendered in docs/policies.md). */
export interface RemediationMeta {
    /** True only for a policy that implements `remediate`. */
    does: boolean;
    /** Why the fix meets the rule (does), or which part of the rule it fails (does not). */
    why: string;
}

/** The props fields a remediation may write: a deep partial of the resource's inputs. */
export type Patch<P> = P extends readonly unknown[] ? P
    : P extends object ? { [K in keyof P]?: Patch<NonNullable<P[K]>> }
    : P;

type Raw = unknown;

function isPlainObject(v: unknown): v is Record<string, unknown> {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}

/**
 * A plain deep copy of props as the SDK holds them under its proxies: read through own property
 * descriptors (the proxies have no descriptor trap), so unknowns are never read through a proxy's
 * `get` and Secret wrappers are kept as they are.
 */
export function rawCopy(v: Raw): Raw {
    if (Array.isArray(v)) {
        const out: Raw[] = [];
        for (let i = 0; i < v.length; i++) out.push(rawCopy(Object.getOwnPropertyDescriptor(v, String(i))?.value));
        return out;
    }
    if (v instanceof Secret()) return new (Secret())(rawCopy(v.value));
    if (v !== null && typeof v === "object") {
        const target = v as Record<string, unknown>;
        // Only plain objects are walked; assets and archives are kept by reference.
        const proto = Object.getPrototypeOf(target);
        // (The SDK's proxies have no getPrototypeOf trap: they answer with their plain target's.)
        if (proto !== Object.prototype && proto !== null) return v;
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(target)) out[k] = rawCopy(Object.getOwnPropertyDescriptor(target, k)?.value);
        return out;
    }
    return v;
}

// The SDK's own preview proxy (internal to @pulumi/policy 1.21.0, pinned exactly): the re-check of
// patched props must see unknowns exactly as Analyze will, throwing its UnknownValueError.
/** Props as Analyze hands them to a policy: secrets unwrapped, unknowns throwing when read. */
export function analysisView<P>(raw: Record<string, unknown>): P {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const sdkProxy: { unknownCheckingProxy: <T>(o: T) => T } = require("@pulumi/policy/proxy");
    return sdkProxy.unknownCheckingProxy(unwrapSecrets(raw)) as P;
}

/** The value the policy's check sees: secrets unwrapped, as Analyze deserializes them. */
export function unwrapSecrets(v: Raw): Raw {
    if (v instanceof Secret()) return unwrapSecrets(v.value);
    if (Array.isArray(v)) return v.map(unwrapSecrets);
    if (isPlainObject(v)) {
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) out[k] = unwrapSecrets(x);
        return out;
    }
    return v;
}

/** Why a patch cannot be applied, or undefined when it was applied to `target`. */
function applyAt(target: Record<string, unknown>, patch: Record<string, unknown>, path: string): string | undefined {
    for (const [k, want] of Object.entries(patch)) {
        if (want === undefined) continue;
        const here = path ? `${path}.${k}` : k;
        let slot = target[k];
        if (isUnknown(slot)) return `${here} is unknown`;
        const secret = slot instanceof Secret();
        if (secret) slot = (slot as SecretType).value;
        if (isUnknown(slot)) return `${here} is unknown`;
        if (isPlainObject(want)) {
            if (slot === undefined || slot === null) slot = {};
            if (!isPlainObject(slot)) return `${here} is not an object`;
            const why = applyAt(slot, want, here);
            if (why) return why;
        } else {
            slot = want;
        }
        target[k] = secret ? new (Secret())(slot) : slot;
    }
    return undefined;
}

/**
 * The props after `patch`, in the SDK's raw form (Secret wrappers, unknown sentinels), or why the
 * patch was refused. `props` may be the SDK's proxy or a previous remediation's result.
 */
export function applyPatch(props: unknown, patch: object): { props: Record<string, unknown> } | { refused: string } {
    const copy = rawCopy(props);
    if (!isPlainObject(copy)) return { refused: "props are not an object" };
    const why = applyAt(copy, patch as Record<string, unknown>, "");
    return why ? { refused: why } : { props: copy };
}

/** The dotted paths a patch writes (for tests and messages). */
export function patchPaths(patch: object, prefix = ""): string[] {
    const out: string[] = [];
    for (const [k, v] of Object.entries(patch)) {
        if (v === undefined) continue;
        const p = prefix ? `${prefix}.${k}` : k;
        if (isPlainObject(v)) out.push(...patchPaths(v, p));
        else out.push(p);
    }
    return out;
}
