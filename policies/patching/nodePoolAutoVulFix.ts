import { SELF_PATCHED_CLUSTER_TYPES } from "../../model/clusterSets";
import { CVE_PATCHING_URL, DEFAULT_VUL_LEVELS, LIFECYCLE_FACTS, missingVulLevels, nodePoolLifecycle, VUL_LEVELS } from "../../model/nodeLifecycle";
import { resourcePolicy } from "../../model/policy";
import { show } from "../../model/props";
import { T } from "../../model/resources";
import { describeManagementField, judgedPool, managementFix } from "./common";

export { VUL_LEVELS };

interface Config {
    requiredVulLevels: string[];
}

/** The priorities listed in a vulLevel string ("asap,later"), lower-cased, without duplicates. */
function vulLevelsOf(v: string | undefined): string[] {
    return v === undefined ? [] : [...new Set(v.split(",").map((x) => x.trim().toLowerCase()).filter((x) => x !== ""))];
}

/** In Security Center's order (asap, later, nntf), unknown values last. */
function orderedVulLevels(levels: string[]): string[] {
    const rank = (l: string) => { const i = (VUL_LEVELS as readonly string[]).indexOf(l); return i < 0 ? VUL_LEVELS.length : i; };
    return [...new Set(levels)].sort((a, b) => rank(a) - rank(b));
}

const KERNEL = "Automatic CVE fixing skips the kernel package by default and needs Security Center's vulnerability fixing, so kernel patches stay the customer's (see ack-nodepool-kernel-patch-owner).";

// Pools patch OS CVEs automatically only when autoVulFix is on, and only at the listed priorities.
export const nodePoolAutoVulFix = resourcePolicy<typeof T.NodePool, Config>({
    name: "ack-nodepool-auto-vul-fix",
    displayName: "Node pools fix OS CVEs automatically",
    description: "Node pools must enable automatic CVE fixing (`management.autoVulFix`) for the required vulnerability priorities. It covers OS packages except the kernel, which ACK excludes by default.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "The seed makes applying OS vulnerability patches the customer's duty unless the managed pool automates it.",
    remediation: { does: true, why: "`management.autoVulFix: true` with `autoVulFixPolicy.vulLevel` widened to the configured `requiredVulLevels` (never narrowed) is the one answer the policy accepts; the provider's `management` block is not ForceNew (ModifyClusterNodePool), and ACK schedules CVE fixes (and any restart they need) itself. The retired management fields are never written." },
    url: CVE_PATCHING_URL,
    remediationSteps: "Set `management.autoVulFix: true` and `management.autoVulFixPolicy.vulLevel` to include every required priority (default \"asap,later\"); the kernel is excluded from automatic fixing, so also plan kernel patching (ack-nodepool-kernel-patch-owner).",
    responsibility: "node-os-patching",
    clusterTypes: SELF_PATCHED_CLUSTER_TYPES,
    facts: [LIFECYCLE_FACTS.defaultsOff, LIFECYCLE_FACTS.vulLevelDefault, LIFECYCLE_FACTS.kernelExcluded],
    config: {
        requiredVulLevels: {
            type: "array",
            items: { type: "string", enum: [...VUL_LEVELS] },
            uniqueItems: true,
            description: "Vulnerability priorities that must be fixed automatically: asap (high), later (medium), nntf (low).",
            default: ["asap", "later"],
        },
    },
    resourceTypes: [T.NodePool],
    check: (props, ctx) => {
        const pool = judgedPool(props, ctx);
        if (pool.customImage) {
            ctx.args.notApplicable("custom OS image: automated CVE fixing does not apply (ack-nodepool-custom-image-patch-owner judges this pool)");
        }
        if (!pool.cveFix) {
            ctx.report({
                path: "management.autoVulFix",
                found: describeManagementField(props, "autoVulFix", props.management?.autoVulFix),
                expected: "management.autoVulFix = true",
                why: "Otherwise OS CVEs on these nodes stay unpatched until someone patches them by hand."
                    + (pool.retiredFieldsSet.includes("management.enable") ? " management.enable no longer turns CVE fixing on: ACK removed it on 2026-01-31." : ""),
                fix: `set \`${managementFix(ctx.config.requiredVulLevels)}\` (or at least \`autoVulFix: true\` with that vulLevel).`,
            });
            return;
        }
        const missing = missingVulLevels(pool, ctx.config.requiredVulLevels);
        if (missing.length > 0) {
            ctx.report({
                path: "management.autoVulFixPolicy.vulLevel",
                found: pool.vulLevelSet === undefined ? "not set (ACK then fixes asap only)" : show(pool.vulLevelSet),
                expected: `a list that includes ${missing.join(", ")}`,
                why: `CVEs of the missing priorities would not be fixed automatically. ${KERNEL}`,
                // Only the priorities ACK knows are repeated: the rest of the value may be anything, even a secret.
                fix: `set \`management.autoVulFixPolicy.vulLevel: "${orderedVulLevels([...pool.vulLevels.filter((l) => (VUL_LEVELS as readonly string[]).includes(l)), ...missing]).join(",")}"\`.`,
            });
        }
    },
    // autoVulFix on, and vulLevel widened (never narrowed) to the required priorities; the retired
    // management fields (enable, autoUpgrade, autoUpgradePolicy, restartNode) are never written.
    remediate: (props, ctx) => {
        const pool = nodePoolLifecycle(props);
        const explicit = vulLevelsOf(pool.vulLevelSet);
        // Only priorities ACK knows are kept in what is written: an unknown one ("bogus") is no priority.
        const covered = explicit.length > 0 ? explicit.filter((l) => (VUL_LEVELS as readonly string[]).includes(l)) : DEFAULT_VUL_LEVELS;
        const missing = ctx.config.requiredVulLevels.filter((l) => !covered.includes(l));
        const vulLevel = missing.length > 0 ? orderedVulLevels([...covered, ...missing]).join(",") : undefined;
        return {
            management: {
                ...(pool.cveFix ? {} : { autoVulFix: true }),
                ...(vulLevel === undefined ? {} : { autoVulFixPolicy: { vulLevel } }),
            },
        };
    },
});
