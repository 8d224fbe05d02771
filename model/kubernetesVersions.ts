// Which Kubernetes minors ACK supports, as dated data: version -> end of support, with the source.
// Verdicts are taken against the run's date (or ACKGUARD_AS_OF for reproducible runs), so a floor
// moves on the day ACK's support ends instead of going stale in code.
import type { DatedFact } from "./policy";

export const VERSIONS_URL = "https://www.alibabacloud.com/help/en/ack/product-overview/release-notes-for-kubernetes-versions";
/** The copy the table was read from (the EN page's stored copy predates 1.36). */
const VERSIONS_SOURCE = "ACK \"Kubernetes versions supported by ACK\", ACK managed clusters table (TR locale copy last updated Oct 06, 2026): https://www.alibabacloud.com/help/tr/ack/product-overview/release-notes-for-kubernetes-versions";
const CHECKED = "2026-12-03";

export interface MinorSupport {
    minor: string;
    /** Last day ACK supports the minor (ISO date). */
    endOfSupport: string;
}

/**
 * ACK managed clusters, newest first. Minors ACK never released (1.29, 1.27...) are absent and
 * count as unsupported. ACK Edge, Lingjun and ACS have tables of their own that are not in any
 * stored copy; until they are, this one is applied to every cluster type.
 */
export const ACK_MINOR_SUPPORT: readonly MinorSupport[] = [
    { minor: "1.36", endOfSupport: "2027-05-30" },
    { minor: "1.35", endOfSupport: "2027-02-28" },
    { minor: "1.34", endOfSupport: "2026-09-30" },
    { minor: "1.33", endOfSupport: "2026-05-31" },
    { minor: "1.32", endOfSupport: "2026-01-31" },
    { minor: "1.31", endOfSupport: "2025-09-30" },
    { minor: "1.30", endOfSupport: "2026-06-30" },
    { minor: "1.28", endOfSupport: "2025-10-31" },
];

export const VERSION_FACTS: DatedFact[] = [{
    fact: `End of ACK support per minor: ${ACK_MINOR_SUPPORT.map((m) => `${m.minor} ${m.endOfSupport}`).join(", ")}; 1.26 and older ended by April 2025. ACK creates clusters only on supported versions.`,
    source: VERSIONS_SOURCE,
    checked: CHECKED,
}];

/** The environment variable that fixes the date verdicts are taken on (YYYY-MM-DD). */
export const AS_OF_ENV = "ACKGUARD_AS_OF";

/** A calendar date YYYY-MM-DD that exists, or undefined. */
export function parseIsoDate(s: string): string | undefined {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s ? s : undefined;
}

/**
 * The date verdicts are taken on: ACKGUARD_AS_OF when set (the CLI's --as-of sets it; the pack
 * process inherits it), else today in UTC. A malformed value throws: a silently ignored date would
 * judge another day than the one asked for.
 */
export function asOfDate(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
    const set = env[AS_OF_ENV];
    if (set === undefined || set === "") return now().toISOString().slice(0, 10);
    const d = parseIsoDate(set.trim());
    if (d === undefined) throw new Error(`${AS_OF_ENV} must be a date as YYYY-MM-DD, got ${JSON.stringify(set.slice(0, 40))}`);
    return d;
}

/** [major, minor, patch] of "1.34", "v1.34.1" or "1.34.1-aliyun.1"; undefined when it is none of these. */
export function parseVersion(v: string): number[] | undefined {
    const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+].*)?$/.exec(v.trim());
    return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

/** Numeric comparison, so that 1.9 < 1.10. Missing parts count as 0. */
export function compareVersions(a: number[], b: number[]): number {
    for (let i = 0; i < 3; i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0) return d;
    }
    return 0;
}

/** What the table says about a minor on a date. */
export type MinorStatus =
    | { supported: true; endOfSupport?: string }
    | { supported: false; endOfSupport?: string; oldestSupported?: string };

/**
 * Whether ACK supports `version`'s minor on `date` (ISO). A minor newer than every row is taken as
 * supported (released after the table was written); a minor the table lacks below that is not.
 */
export function minorStatus(version: number[], date: string): MinorStatus {
    const key = `${version[0]}.${version[1]}`;
    const oldestSupported = oldestSupportedMinor(date);
    const row = ACK_MINOR_SUPPORT.find((m) => m.minor === key);
    if (row !== undefined) {
        return row.endOfSupport >= date ? { supported: true, endOfSupport: row.endOfSupport } : { supported: false, endOfSupport: row.endOfSupport, oldestSupported };
    }
    const newest = parseVersion(ACK_MINOR_SUPPORT[0].minor)!;
    if (compareVersions([version[0], version[1], 0], newest) > 0) return { supported: true };
    return { supported: false, oldestSupported };
}

/** The oldest minor ACK supports on `date`, or undefined when the table has none left (it is stale). */
export function oldestSupportedMinor(date: string): string | undefined {
    const supported = ACK_MINOR_SUPPORT.filter((m) => m.endOfSupport >= date).map((m) => m.minor);
    return supported.sort((a, b) => compareVersions(parseVersion(a)!, parseVersion(b)!))[0];
}
