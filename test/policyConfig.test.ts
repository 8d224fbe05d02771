// --policy-pack-config handled as the Pulumi CLI handles it: levels ("all", per policy), properties
// validated against each policy's schema with defaults filled in, and one-line errors.
import { AnalyzerInfo } from "../cli/engine/analyzer";
import { ConfigError, resolvePolicyConfig } from "../cli/engine/policyConfig";
import { policies } from "../policies";

const info: AnalyzerInfo = {
    name: "ackguard",
    version: "0.0.0",
    displayName: "",
    description: "",
    supportsConfig: true,
    initialConfig: {},
    policies: policies.map((p) => ({
        name: p.name, displayName: p.displayName, description: p.description, enforcementLevel: p.enforcementLevel,
        policyType: p.kind, severity: p.severity, url: p.url, remediationSteps: p.remediationSteps, tags: [],
        configSchema: { properties: p.configSchema!.properties as Record<string, unknown>, required: [] },
    })),
};

const error = (file: Record<string, unknown>) => {
    try {
        resolvePolicyConfig(info, file);
    } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as Error).message;
    }
    throw new Error("expected a ConfigError");
};

test("no file: every policy at its own level, with schema defaults", () => {
    const c = resolvePolicyConfig(info, {});
    expect(Object.keys(c)).toEqual(policies.map((p) => p.name));
    expect(c["ack-nodepool-auto-vul-fix"]).toEqual({ enforcementLevel: "mandatory", properties: { requiredVulLevels: ["asap", "later"], exemptions: [] } });
    expect(c["ack-cluster-multi-zone"].enforcementLevel).toBe("advisory");
});

test("\"all\" sets every level; a policy entry overrides it", () => {
    const c = resolvePolicyConfig(info, { all: "advisory", "ack-nodepool-managed": { enforcementLevel: "mandatory" }, "ack-cluster-multi-zone": "disabled" });
    expect(c["ack-nodepool-managed"].enforcementLevel).toBe("mandatory");
    expect(c["ack-cluster-multi-zone"].enforcementLevel).toBe("disabled");
    expect(c["ack-cluster-deletion-protection"].enforcementLevel).toBe("advisory");
});

test("exemptions: a resource or a stack tag, each with a reason", () => {
    const c = resolvePolicyConfig(info, {
        "ack-nodepool-managed": { exemptions: [{ resource: "legacy", reason: "migrating, ticket OPS-1" }, { stackTag: "env=sandbox", reason: "sandbox stacks are rebuilt nightly" }] },
    });
    expect(c["ack-nodepool-managed"].properties.exemptions).toHaveLength(2);
    expect(error({ "ack-nodepool-managed": { exemptions: [{ resource: "legacy", reason: "short" }] } })).toContain("/exemptions/0/reason must NOT have fewer than 10 characters");
    expect(error({ "ack-nodepool-managed": { exemptions: [{ reason: "neither a resource nor a stack tag" }] } })).toContain("/exemptions/0 must NOT have fewer than 2 properties");
    expect(error({ "ack-nodepool-managed": { exemptions: [{ resource: "a", stackTag: "env=dev", reason: "both at once is ambiguous" }] } })).toContain("/exemptions/0/stackTag");
    expect(error({ "ack-nodepool-managed": { exemptions: [{ stackTag: "sandbox", reason: "a tag without a value" }] } })).toContain("/exemptions/0/stackTag must match pattern");
});

test("errors name what is wrong in one line", () => {
    expect(error({ "ack-nodepool-manged": "advisory" })).toBe("policy pack config names an unknown policy \"ack-nodepool-manged\" (did you mean \"ack-nodepool-managed\"?)");
    // Nothing close: the count and where the list is, not all the names.
    expect(error({ "s3-bucket-public": "advisory" })).toMatch(/^policy pack config names an unknown policy "s3-bucket-public" \(pack \S+ has \d+ policies; see docs\/policies.md\)$/);
    expect(error({ all: "strict" })).toBe("\"all\": enforcement level \"strict\" is not one of advisory, mandatory, remediate, disabled");
    expect(error({ "ack-nodepool-managed": 3 })).toBe("\"ack-nodepool-managed\": expected an enforcement level or an object, found 3");
    expect(error({ "ack-nodepool-auto-vul-fix": { requiredVulLevels: "asap" } })).toBe("\"ack-nodepool-auto-vul-fix\": invalid config: /requiredVulLevels must be array");
    // A property the policy's schema does not declare (the Pulumi CLI ignores it: the knob would keep its default).
    expect(error({ "ack-nodepool-auto-vul-fix": { requiredVulLevel: ["asap"] } })).toBe("\"ack-nodepool-auto-vul-fix\": unknown property \"requiredVulLevel\" (did you mean \"requiredVulLevels\"?)");
    expect(error({ "ack-nodepool-managed": { enforcement: "advisory", exemptions: [] } })).toBe("\"ack-nodepool-managed\": unknown property \"enforcement\" (it takes exemptions)");
    for (const m of [error({ "ack-nodepool-manged": "advisory" }), error({ all: "strict" })]) {
        expect(m).not.toContain("\n");
    }
});
