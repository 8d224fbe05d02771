// One deserialization of a request's properties for all the policies of one call.
//
// @pulumi/policy's analyzer turns the request's protobuf Struct into plain values once per policy:
// for every resource, every policy that is not tagged with a single type (`__pulumiType`) pays a
// `Struct.toJavaScript` and a copy of the props, and every stack policy pays it for the whole stack.
// With ACKGuard's multi-type and stack policies that is most of the pack's time on a large preview.
// The values are the same for every policy of a call, so this keeps the first result for the
// Struct it came from (the request's own object, so it lives exactly as long as the request) and
// hands it to the next policy. Each policy still gets its own unknown-checking proxy from the SDK.
//
// This relies on two facts of the SDK version it is enabled for, checked by test/sharedDeserialization:
// server.js reads `deserializeProperties` from the module's exports at each call, and nothing in the
// SDK writes to what it returns. ACKGuard's policies never write to their props (a test runs every
// example and compares the props before and after). Any other SDK version, or
// ACKGUARD_SHARED_DESERIALIZATION=0, leaves the SDK exactly as it is.
import * as fs from "fs";
import * as path from "path";

/** The @pulumi/policy versions whose analyzer this was checked against (as its package.json spells them). */
export const CHECKED_SDK_VERSIONS = ["v1.21.0"];

type Deserialize = (struct: object, proxySecrets: boolean) => Record<string, unknown>;

interface DeserializeModule {
    deserializeProperties: Deserialize & { ackguardShared?: true };
}

/** Why sharing is off, or undefined when it is on. */
export let sharingOff: string | undefined = "not installed";

/**
 * Installs the shared deserialization into the @pulumi/policy this process loads. Idempotent.
 * Returns why it is off, or undefined when it is on.
 */
export function installSharedDeserialization(env: NodeJS.ProcessEnv = process.env): string | undefined {
    if (env.ACKGUARD_SHARED_DESERIALIZATION === "0") {
        return (sharingOff = "turned off by ACKGUARD_SHARED_DESERIALIZATION=0");
    }
    let version: string;
    let mod: DeserializeModule;
    try {
        const main = require.resolve("@pulumi/policy");
        version = (JSON.parse(fs.readFileSync(path.join(path.dirname(main), "package.json"), "utf8")) as { version: string }).version;
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        mod = require(path.join(path.dirname(main), "deserialize.js")) as DeserializeModule;
    } catch (e) {
        return (sharingOff = `@pulumi/policy's deserialize module was not found (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
    }
    if (!CHECKED_SDK_VERSIONS.includes(version)) {
        return (sharingOff = `@pulumi/policy ${version} is not one of the checked versions (${CHECKED_SDK_VERSIONS.join(", ")})`);
    }
    const original = mod.deserializeProperties;
    if (typeof original !== "function") {
        return (sharingOff = "@pulumi/policy's deserializeProperties is not a function");
    }
    if (original.ackguardShared) {
        return (sharingOff = undefined);
    }
    const kept = new WeakMap<object, Record<string, unknown>>();
    const shared = ((struct: object, proxySecrets: boolean) => {
        // Remediate asks for secret-preserving proxies, which are not shared.
        if (proxySecrets || struct === null || typeof struct !== "object") {
            return original(struct, proxySecrets);
        }
        let props = kept.get(struct);
        if (props === undefined) {
            props = original(struct, false);
            kept.set(struct, props);
        }
        return props;
    }) as DeserializeModule["deserializeProperties"];
    shared.ackguardShared = true;
    mod.deserializeProperties = shared;
    return (sharingOff = undefined);
}
