// Findings in the input's language: every policy's violating examples, rendered for a Terraform user,
// name Terraform types and attributes and write fixes in HCL; and the snippet translation itself.
import { inTerraformWords } from "../cli/report/language";
import { TERRAFORM_MAPPING } from "../cli/frontends/terraform/mapping";
import { shortTypeName, T } from "../model/resources";
import { allExamples } from "./examples";
import { Harness } from "./harness";

const TF_TYPE = new Map(Object.entries(TERRAFORM_MAPPING).map(([tf, m]) => [m.token, tf] as const).reverse());
const NODE_POOL = new Map(Object.entries(TERRAFORM_MAPPING.alicloud_cs_kubernetes_node_pool.fields).map(([tf, f]) => [f.pulumi, tf]));

describe("a Pulumi snippet in Terraform words", () => {
    test.each([
        ["deletionProtection: true", T.ManagedKubernetes, "deletion_protection = true"],
        ["{ protect: true }", T.RamUser, "lifecycle { prevent_destroy = true }"],
        ["management: { autoVulFix: true }", T.NodePool, "management { auto_vul_fix = true }"],
        ["management.autoVulFixPolicy.vulLevel", T.NodePool, "management.auto_vul_fix_policy.vul_level"],
        ["mfaOperationForLogin: \"mandatory\"", T.RamSecurityPreference, "mfa_operation_for_login = \"mandatory\""],
    ])("%s on %s", (code, token, hcl) => {
        expect(inTerraformWords(`\`${code}\``, token)).toBe(`\`${hcl}\``);
    });

    test("the path a finding opens with, and type names anywhere", () => {
        expect(inTerraformWords("cs.NodePool management.autoVulFix: found false, expected true. Fix: set `management: { autoVulFix: true }`.", T.NodePool))
            .toBe("alicloud_cs_kubernetes_node_pool management.auto_vul_fix: found false, expected true. Fix: set `management { auto_vul_fix = true }`.");
        expect(inTerraformWords("ram.User opts.protect: found protect not set. Fix: add the resource option `{ protect: true }` to alice.", T.RamUser))
            .toBe("alicloud_ram_user lifecycle.prevent_destroy: found lifecycle.prevent_destroy not set. Fix: add the lifecycle setting `lifecycle { prevent_destroy = true }` to alice.");
    });

    test("map keys may be quoted; a policy's own config knob is not a Terraform attribute", () => {
        expect(inTerraformWords('set `tags: { "os-patch-owner": "<team>" }`', T.NodePool)).toBe('set `tags = { "os-patch-owner" = "<team>" }`');
        expect(inTerraformWords("add it to `autoUpgradingClusterIds` in this policy's config", T.NodePool)).toBe("add it to `autoUpgradingClusterIds` in this policy's config");
    });

    test("text that is neither a path nor a snippet is left alone", () => {
        expect(inTerraformWords("see `oidc:sub` and `sts.aliyuncs.com`", T.RamRole)).toBe("see `oidc:sub` and `sts.aliyuncs.com`");
    });
});

describe("every policy's violating examples, for a Terraform user", () => {
    let h: Harness;
    beforeAll(async () => {
        h = await Harness.start();
    });
    afterAll(() => h.client.close());

    test("name Terraform types and no Pulumi property of a mapped type in a code span", async () => {
        const problems: string[] = [];
        let rendered = 0;
        for (const ex of allExamples) {
            for (const c of ex.violating) {
                const { diagnostics } = await h.runCase(ex, c);
                for (const d of diagnostics) {
                    const type = c.resources ? c.resources.find((r) => r.name === c.target)!.type : c.type ?? ex.resourceType;
                    if (!TF_TYPE.has(type)) continue;
                    const tf = inTerraformWords(d.message, type);
                    rendered++;
                    if (tf.includes(`${shortTypeName(type)} `)) problems.push(`${ex.policy}: still names ${shortTypeName(type)}: ${tf.slice(0, 120)}`);
                    for (const [, code] of tf.matchAll(/`([^`]+)`/g)) {
                        // A camelCase key followed by ":" is a Pulumi property the translation missed.
                        for (const [, key] of code.matchAll(/\b([a-z]+[A-Z][A-Za-z]*)\s*:/g)) problems.push(`${ex.policy}: \`${code}\` keeps ${key}`);
                        if (/\bprotect:/.test(code)) problems.push(`${ex.policy}: \`${code}\` keeps protect`);
                    }
                    if (type === T.NodePool) {
                        for (const [pulumi, tfName] of NODE_POOL) if (pulumi !== tfName && new RegExp(`\`${pulumi}[\`:. ]`).test(tf)) problems.push(`${ex.policy}: keeps ${pulumi}`);
                    }
                }
            }
        }
        expect(rendered).toBeGreaterThan(50);
        expect(problems).toEqual([]);
    });
});
