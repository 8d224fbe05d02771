// The analyzer's responses written to bytes by Node's own UTF-8 encoder, byte for byte what
// google-protobuf writes.
//
// google-protobuf's JavaScript writer (used by @pulumi/pulumi's generated AnalyzeResponse) encodes
// every string one character at a time into a JavaScript array of numbers, then copies it into a
// Uint8Array, which grpc-js copies again. For ACKGuard that is most of a response's cost: every
// Analyze response carries a not-applicable entry per policy, and a finding carries its policy's
// description twice (the SDK prepends it to the message). On a large stack the one AnalyzeStack
// response is written into an array of several hundred megabytes (8 bytes per byte).
//
// AnalyzeResponse is two repeated messages of strings and enums (pulumi/proto/analyzer.proto:
// diagnostics = 2, not_applicable = 3; AnalyzeDiagnostic: strings 1-5 and 8, enums 7 and 9;
// PolicyNotApplicable: strings 1-2), written in field order, empty strings and zero enums left out,
// as the generated serializeBinaryToWriter does. A response with a string that is not well-formed
// UTF-16 (google-protobuf and Node encode a lone surrogate differently), a negative enum or a
// message of another shape goes to google-protobuf's writer. Enabled only for the checked SDK
// versions; ACKGUARD_FAST_ENCODING=0 turns it off. test/sharedAnalysis compares the bytes.
import * as path from "path";
import { CHECKED_SDK_VERSIONS } from "./sharedDeserialization";

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */

/** Why the fast encoding is off, or undefined when it is on. */
export let encodingOff: string | undefined = "not installed";

interface Field {
    no: number;
    /** A string, or a number for an enum. */
    value: string | number;
}

const DIAGNOSTIC_FIELDS: [number, string][] = [
    [1, "getPolicyname"],
    [2, "getPolicypackname"],
    [3, "getPolicypackversion"],
    [4, "getDescription"],
    [5, "getMessage"],
    [7, "getEnforcementlevel"],
    [8, "getUrn"],
    [9, "getSeverity"],
];
const NOT_APPLICABLE_FIELDS: [number, string][] = [
    [1, "getPolicyName"],
    [2, "getReason"],
];

function varintLength(n: number): number {
    let len = 1;
    while (n >= 0x80) {
        n = Math.floor(n / 128);
        len++;
    }
    return len;
}

function writeVarint(buf: Buffer, at: number, n: number): number {
    while (n >= 0x80) {
        buf[at++] = (n % 128) | 0x80;
        n = Math.floor(n / 128);
    }
    buf[at++] = n;
    return at;
}

/** The fields a sub-message writes (defaults left out), or undefined when google-protobuf must write it. */
function fieldsOf(m: any, spec: [number, string][]): Field[] | undefined {
    const out: Field[] = [];
    for (const [no, getter] of spec) {
        const v = m[getter]();
        if (typeof v === "string") {
            if (v.length === 0) continue;
            if (!(v as unknown as { isWellFormed(): boolean }).isWellFormed()) return undefined;
            out.push({ no, value: v });
        } else if (typeof v === "number") {
            if (v === 0) continue;
            if (!Number.isInteger(v) || v < 0 || v > 0x7fffffff) return undefined;
            out.push({ no, value: v });
        } else {
            return undefined;
        }
    }
    return out;
}

function fieldsLength(fields: Field[]): number {
    let n = 0;
    for (const f of fields) {
        // Field numbers below 16: a one-byte tag.
        if (typeof f.value === "number") n += 1 + varintLength(f.value);
        else {
            const len = Buffer.byteLength(f.value, "utf8");
            n += 1 + varintLength(len) + len;
        }
    }
    return n;
}

/** The response's bytes, or undefined when google-protobuf must write them. */
export function encodeAnalyzeResponse(resp: any): Buffer | undefined {
    const subs: { no: number; fields: Field[]; length: number }[] = [];
    for (const [no, list, spec] of [
        [2, resp.getDiagnosticsList(), DIAGNOSTIC_FIELDS],
        [3, resp.getNotApplicableList(), NOT_APPLICABLE_FIELDS],
    ] as [number, any[], [number, string][]][]) {
        for (const m of list) {
            const fields = fieldsOf(m, spec);
            if (fields === undefined) return undefined;
            subs.push({ no, fields, length: fieldsLength(fields) });
        }
    }
    let total = 0;
    for (const s of subs) total += 1 + varintLength(s.length) + s.length;
    const buf = Buffer.allocUnsafe(total);
    let at = 0;
    for (const s of subs) {
        buf[at++] = (s.no << 3) | 2;
        at = writeVarint(buf, at, s.length);
        for (const f of s.fields) {
            if (typeof f.value === "number") {
                buf[at++] = f.no << 3;
                at = writeVarint(buf, at, f.value);
            } else {
                buf[at++] = (f.no << 3) | 2;
                const len = Buffer.byteLength(f.value, "utf8");
                at = writeVarint(buf, at, len);
                at += buf.write(f.value, at, len, "utf8");
            }
        }
    }
    return at === total ? buf : undefined;
}

/** Sub-message classes and fields the encoder knows; anything else makes it step aside. */
function shapeMatches(pb: any): boolean {
    const known = (cls: any, getters: string[]) => typeof cls === "function" && getters.every((g) => typeof cls.prototype[g] === "function");
    return (
        known(pb.AnalyzeResponse, ["getDiagnosticsList", "getNotApplicableList", "serializeBinary"]) &&
        known(pb.AnalyzeDiagnostic, DIAGNOSTIC_FIELDS.map(([, g]) => g)) &&
        known(pb.PolicyNotApplicable, NOT_APPLICABLE_FIELDS.map(([, g]) => g))
    );
}

/** Installs the encoder into the AnalyzeResponse class @pulumi/policy's server uses. Idempotent. */
export function installResponseEncoding(env: NodeJS.ProcessEnv = process.env): string | undefined {
    if (env.ACKGUARD_FAST_ENCODING === "0") return (encodingOff = "turned off by ACKGUARD_FAST_ENCODING=0");
    let pb: any;
    let version: string;
    try {
        const sdk = path.dirname(require.resolve("@pulumi/policy"));
        version = (require(path.join(sdk, "package.json")) as { version: string }).version;
        pb = require(require.resolve("@pulumi/pulumi/proto/analyzer_pb", { paths: [sdk] }));
    } catch (e) {
        return (encodingOff = `the analyzer's protobuf module was not found (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
    }
    if (!CHECKED_SDK_VERSIONS.includes(version)) return (encodingOff = `@pulumi/policy ${version} is not one of the checked versions`);
    if (typeof (String.prototype as unknown as { isWellFormed?: unknown }).isWellFormed !== "function") return (encodingOff = "this Node.js has no String.prototype.isWellFormed");
    if (!shapeMatches(pb)) return (encodingOff = "the analyzer's protobuf classes do not have the expected fields");
    const proto = pb.AnalyzeResponse.prototype;
    if (proto.serializeBinary.ackguardFast) return (encodingOff = undefined);
    const original = proto.serializeBinary;
    const fast = function (this: unknown) {
        return encodeAnalyzeResponse(this) ?? original.call(this);
    };
    fast.ackguardFast = true;
    fast.original = original;
    proto.serializeBinary = fast;
    return (encodingOff = undefined);
}
