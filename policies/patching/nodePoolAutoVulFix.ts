import { resourcePolicy } from "../../model/policy";
import { asArray, asBool, asString, show } from "../../model/props";
import { T } from "../../model/resources";
import { describeManagementField, judgedPool, MANAGED_POOL_URL } from "./common";

/** Security Center vulnerability priorities accepted by `autoVulFixPolicy.vulLevel`. */
export const VUL_LEVELS = ["asap", "later", "nntf"] as const;

interface Config {
    requiredVulLevels: string[];
}

// Managed pools patch OS CVEs only when autoVulFix is on, and only at the listed priorities.
export const nodePoolAutoVulFix = resourcePolicy<typeof T.NodePool, Config>({
    name: "ack-nodepool-auto-vul-fix",
    displayName: "Node pools fix OS CVEs automatically",
    description: "Managed node pools must enable automatic CVE fixing (autoVulFix) for the required vulnerability priorities.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "The seed makes applying OS vulnerability patches the customer's duty unless the managed pool automates it.",
    url: MANAGED_POOL_URL,
    remediationSteps: "Set `management.autoVulFix: true` and `management.autoVulFixPolicy.vulLevel` to include every required priority (default \"asap,later\").",
    responsibility: "node-os-patching",
    clusterTypes: ["ack-managed", "ack-edge"],
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
        const autoVulFix = props.management?.autoVulFix;
        if (!pool.managed || asBool(autoVulFix) !== true) {
            ctx.report({
                path: "management.autoVulFix",
                found: pool.managed ? describeManagementField(props, "autoVulFix", autoVulFix) : pool.why,
                expected: "management.enable = true and management.autoVulFix = true",
                why: "Otherwise OS CVEs on these nodes stay unpatched until someone patches them by hand.",
                fix: `set \`management: { enable: true, autoVulFix: true, autoVulFixPolicy: { vulLevel: "${ctx.config.requiredVulLevels.join(",")}" } }\`.`,
            });
            return;
        }
        const vulLevel = asString(props.management?.autoVulFixPolicy?.vulLevel);
        const have = new Set((vulLevel ?? "").split(",").map((s) => s.trim().toLowerCase()).filter((s) => s !== ""));
        const missing = asArray(ctx.config.requiredVulLevels).filter((l) => typeof l === "string" && !have.has(l));
        if (missing.length > 0) {
            ctx.report({
                path: "management.autoVulFixPolicy.vulLevel",
                found: vulLevel === undefined ? "not set" : show(vulLevel),
                expected: `a list that includes ${missing.join(", ")}`,
                why: "CVEs of the missing priorities would not be fixed automatically.",
                fix: `set \`management.autoVulFixPolicy.vulLevel: "${[...new Set([...[...have].filter((l) => (VUL_LEVELS as readonly string[]).includes(l)), ...missing])].join(",")}"\`.`,
            });
        }
    },
});
