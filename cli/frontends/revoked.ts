// The attestation file of `--revoked FILE`: who revoked which identity's kubeconfig, when, under which
// ticket. Read and validated here; the deletion gate (gates/) decides what it clears.
import * as fs from "fs";
import { UsageError } from "../engine/errors";
import type { RevocationAttestation } from "../../gates/types";
import { isObj, isStr } from "./pulumi/state";

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
