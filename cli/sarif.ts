// SARIF 2.1.0 output of `ackguard plan` (for code-scanning upload in a pull request).
// One rule per policy of the pack plus the deletion gate's rule; one result per finding, located by
// the resource URN as a logical location.
import { Diagnostic, Level } from "./analyzer";
import { sarifFixes, sarifRemediations } from "./remediate";
import { PlanReport, REVOKE_KUBECONFIG_URL, REVOKE_RULE, REVOKE_RULE_DESCRIPTION } from "./plan";

// eslint-disable-next-line @typescript-eslint/no-var-requires
const VERSION: string = require("../../package.json").version;
// The model ACKGuard enforces; rules without a url of their own point here too.
export const INFORMATION_URI = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/security-and-compliance/shared-responsibility-model";
const DEFAULT_HELP = INFORMATION_URI;

type SarifLevel = "none" | "note" | "warning" | "error";

export function sarifLevel(l: Level): SarifLevel {
    switch (l) {
        case "mandatory":
            return "error";
        case "advisory":
            return "warning";
        case "remediate":
            return "note";
        case "disabled":
            return "none";
    }
}

export function renderSarif(r: PlanReport): Record<string, unknown> {
    const rules = r.policies.map((p) => ({
        id: p.name,
        name: p.displayName || p.name,
        shortDescription: { text: p.description || p.displayName || p.name },
        helpUri: p.url || DEFAULT_HELP,
        defaultConfiguration: { level: sarifLevel(p.enforcementLevel) },
        ...(p.remediationSteps ? { help: { text: p.remediationSteps } } : {}),
    }));
    if (!rules.some((x) => x.id === REVOKE_RULE)) {
        rules.push({
            id: REVOKE_RULE,
            name: REVOKE_RULE,
            shortDescription: { text: REVOKE_RULE_DESCRIPTION },
            helpUri: REVOKE_KUBECONFIG_URL,
            defaultConfiguration: { level: "error" },
            help: { text: "Revoke the kubeconfig (RevokeK8sClusterKubeConfig / CleanUserPermissions), remove the cs.KubernetesPermission grants, then delete the identity." },
        });
    }
    const index = new Map(rules.map((x, i) => [x.id, i]));
    const result = (d: Diagnostic, urn: string) => ({
        ruleId: d.policyName,
        ...(index.has(d.policyName) ? { ruleIndex: index.get(d.policyName) } : {}),
        level: sarifLevel(d.enforcementLevel) === "none" ? "note" : sarifLevel(d.enforcementLevel),
        message: { text: d.message || d.description || d.policyName },
        locations: [{ logicalLocations: [{ fullyQualifiedName: urn, kind: "resource" }] }],
    });
    const results = [
        ...r.resources.flatMap((v) => v.diagnostics.map((d) => result(d, d.urn || v.urn))),
        ...r.stackDiagnostics.map((d) => result(d, d.urn || `urn:pulumi:${r.stack}::stack`)),
        ...r.deletions.map((d) => result(d, d.urn)),
        ...sarifRemediations(r).map((x) => ({ ruleId: x.policyName, ...(index.has(x.policyName) ? { ruleIndex: index.get(x.policyName) } : {}), level: "note", message: { text: x.message }, locations: [{ logicalLocations: [{ fullyQualifiedName: x.urn, kind: "resource" }] }], fixes: sarifFixes(x, r.input.file) })),
    ];
    return {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: "ackguard",
                        version: VERSION,
                        informationUri: INFORMATION_URI,
                        rules,
                    },
                },
                results,
            },
        ],
    };
}
