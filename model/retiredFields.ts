// Text that would tell a user to set a node pool field ACK removed on 2026-01-31. Used by the tests
// to keep every message, remediation step, example program and doc free of such advice.
export const RECOMMENDS_RETIRED_FIELD: RegExp[] = [
    /management:\s*\{[^}]*\benable\s*:/, // a management block with the old master switch
    /\bmanagement\.(enable|autoUpgrade|autoUpgradePolicy)\s*(:|=)\s*true/,
    /set `management\.(enable|autoUpgrade|autoUpgradePolicy)/,
    /\bautoUpgrade\s*:\s*true/,
    /\bautoUpgradeKubelet\s*:\s*true/,
    /autoVulFixPolicy:\s*\{[^}]*restartNode/,
];

/** The patterns `text` matches, if any. */
export function retiredFieldAdvice(text: string): string[] {
    return RECOMMENDS_RETIRED_FIELD.filter((re) => re.test(text)).map((re) => re.source);
}
