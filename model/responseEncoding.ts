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

/** Field number, getter, and whether its values repeat across responses (names, reasons, descriptions). */
type FieldSpec = [number, string, boolean];

const DIAGNOSTIC_FIELDS: FieldSpec[] = [
    [1, "getPolicyname", true],
    [2, "getPolicypackname", true],
    [3, "getPolicypackversion", true],
    [4, "getDescription", true],
    [5, "getMessage", false],
    [7, "getEnforcementlevel", true],
    [8, "getUrn", false],
    [9, "getSeverity", true],
];
const NOT_APPLICABLE_FIELDS: FieldSpec[] = [
    [1, "getPolicyName", true],
    [2, "getReason", true],
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

/** A field's tag (field numbers below 16: one byte) and a varint; for a string, its length before its bytes. */
function head(tag: number, n: number, extra = 0): Buffer {
    const buf = Buffer.allocUnsafe(1 + varintLength(n) + extra);
    buf[0] = tag;
    writeVarint(buf, 1, n);
    return buf;
}

// The encoded fields whose values repeat (a pack's policy names, reasons and descriptions, its
// name and version, enums), kept up to a bound so that odd configurations cannot grow it for ever.
const MAX_KEPT = 20_000;
let kept = 0;
const keptFields = new Map<number, Map<string | number, Buffer>>();

/** One field, encoded; undefined for a value google-protobuf must write (or leaves out: empty, zero). */
function field(no: number, v: unknown, repeats: boolean): Buffer | null | undefined {
    if (typeof v === "string" ? v.length === 0 : v === 0) return null;
    const cache = repeats ? keptFields.get(no) : undefined;
    const hit = cache?.get(v as string | number);
    if (hit !== undefined) return hit;
    let out: Buffer;
    if (typeof v === "string") {
        if (!(v as unknown as { isWellFormed(): boolean }).isWellFormed()) return undefined;
        const len = Buffer.byteLength(v, "utf8");
        out = head((no << 3) | 2, len, len);
        out.write(v, out.length - len, len, "utf8");
    } else if (typeof v === "number" && Number.isInteger(v) && v > 0 && v <= 0x7fffffff) {
        out = head(no << 3, v);
    } else {
        return undefined;
    }
    if (repeats && kept < MAX_KEPT) {
        if (!keptFields.has(no)) keptFields.set(no, new Map());
        keptFields.get(no)!.set(v, out);
        kept++;
    }
    return out;
}

const EMPTY = Buffer.alloc(0);

/** A repeated sub-message (field `no`): its fields in order, or undefined when google-protobuf must write it. */
function subMessage(no: number, m: any, spec: FieldSpec[], parts: Buffer[]): number | undefined {
    const at = parts.length;
    parts.push(EMPTY);
    let len = 0;
    for (const [fno, getter, repeats] of spec) {
        const f = field(fno, m[getter](), repeats);
        if (f === undefined) return undefined;
        if (f === null) continue;
        parts.push(f);
        len += f.length;
    }
    parts[at] = head((no << 3) | 2, len);
    return parts[at].length + len;
}

/** The response's bytes, or undefined when google-protobuf must write them. */
export function encodeAnalyzeResponse(resp: any): Buffer | undefined {
    const parts: Buffer[] = [];
    let total = 0;
    for (const [no, list, spec] of [
        [2, resp.getDiagnosticsList(), DIAGNOSTIC_FIELDS],
        [3, resp.getNotApplicableList(), NOT_APPLICABLE_FIELDS],
    ] as [number, any[], FieldSpec[]][]) {
        for (const m of list) {
            const n = subMessage(no, m, spec, parts);
            if (n === undefined) return undefined;
            total += n;
        }
    }
    return Buffer.concat(parts, total);
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
