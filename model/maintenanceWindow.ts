// Cluster maintenance windows as ACK advises them: each window at least 4 hours and at least 48
// hours of maintenance a month, or long tasks such as upgrades may fail. One place for the
// guidance, the window every fix proposes, and how much time a window gives.
import type { DatedFact } from "./policy";
import { asString } from "./props";

export const MAINTENANCE_WINDOW_URL = "https://help.aliyun.com/en/ack/ack-managed-and-ack-dedicated/user-guide/cluster-maintenance-window";

export const MIN_WINDOW_HOURS = 4;
export const MIN_MONTHLY_HOURS = 48;

export const MAINTENANCE_WINDOW_FACTS: DatedFact[] = [
    {
        fact: `ACK's best practice for cluster maintenance windows: each window at least ${MIN_WINDOW_HOURS} hours, and at least ${MIN_MONTHLY_HOURS} hours of maintenance time a month, so that long-running tasks such as upgrades do not fail.`,
        source: MAINTENANCE_WINDOW_URL,
        checked: "2026-12-03",
    },
    {
        fact: "maintenance_window: `duration` takes 1 to 24 hours (\"3h\"), default 3h; `weekly_period` takes days separated by commas, default Thursday; the window applies only with `enable = true` (default false).",
        source: "@pulumi/alicloud 3.108.0 as installed (types/input.d.ts ManagedKubernetesMaintenanceWindow); ACK API struct maintenance_window",
        checked: "2026-12-03",
    },
];

/** The window every fix proposes: 3 days x 4 hours a week is at least 48 hours in any month. */
export const WINDOW_FIX = "maintenanceWindow: { enable: true, maintenanceTime: \"2026-01-03T00:00:00.000+08:00\", duration: \"4h\", weeklyPeriod: \"Monday,Wednesday,Saturday\" }";

const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** What an enabled window gives: hours per window and the least hours in a month (4 weeks). */
export interface WindowTime {
    hours: number;
    days: number;
    monthlyHours: number;
}

/**
 * The time an enabled window gives, with the provider's defaults for omitted fields (3h, Thursday);
 * undefined when `duration` or `weeklyPeriod` is not in a form the API takes (not judged here).
 */
export function windowTime(window: { duration?: unknown; weeklyPeriod?: unknown }): WindowTime | undefined {
    const d = window.duration === undefined || window.duration === null ? "3h" : asString(window.duration);
    const m = d === undefined ? null : /^(\d{1,2})h$/i.exec(d);
    if (m === null) return undefined;
    const hours = Number(m[1]);
    const w = window.weeklyPeriod === undefined || window.weeklyPeriod === null ? "Thursday" : asString(window.weeklyPeriod);
    if (w === undefined) return undefined;
    const days = new Set(w.split(",").map((x) => x.trim().toLowerCase()));
    if ([...days].some((x) => !DAYS.includes(x))) return undefined;
    // Every month has at least 4 of each weekday.
    return { hours, days: days.size, monthlyHours: hours * days.size * 4 };
}

/** Why a window falls short of ACK's guidance, or undefined when it meets it. */
export function windowShortfall(t: WindowTime): string | undefined {
    const short: string[] = [];
    if (t.hours < MIN_WINDOW_HOURS) short.push(`${t.hours}-hour windows (ACK advises at least ${MIN_WINDOW_HOURS})`);
    if (t.monthlyHours < MIN_MONTHLY_HOURS) short.push(`${t.monthlyHours} hours in a 4-week month (ACK advises at least ${MIN_MONTHLY_HOURS})`);
    return short.length === 0 ? undefined : short.join(" and ");
}
