// The gates (gates/): every example through the gate's own check, with exact outcomes; and the one
// authenticator rule: the preview policy and the deletion gate, run on the same stacks, agree.
import { gates, GateState } from "../gates";
import type { GateExampleCase, GateExamples } from "../gates/gate";
import { examples as readinessExamples } from "../policies/access/identityDeletionReadiness.examples";
import { ExampleResource } from "../model/examples";
import { shortTypeName } from "../model/resources";
import { GATE_EXAMPLES } from "../scripts/docs";
import { Harness, urnOf } from "./harness";

const ALL: GateExamples[] = GATE_EXAMPLES;

function run(gateName: string, c: GateExampleCase) {
    const gate = gates.find((g) => g.name === gateName)!;
    const byUrn = new Map(c.oldAndNew.map((s) => [s.urn, s]));
    return gate.check(
        {
            oldAndNew: c.oldAndNew,
            removals: c.removals.map((r) => ({ op: r.op, state: byUrn.get(r.urn)! })),
            created: new Set(c.created ?? []),
            language: c.language ?? "pulumi",
            typeName: (t) => (c.language === "terraform" ? { "alicloud:ram/role:Role": "alicloud_ram_role", "alicloud:cs/kubernetesPermission:KubernetesPermission": "alicloud_cs_kubernetes_permissions" }[t] ?? t : shortTypeName(t)),
        },
        { revoked: c.revoked ?? [], policyConfig: c.policyConfig ?? {}, pack: { name: "ackguard", version: "0.0.0" } },
    );
}

test("every gate is declared once, with examples in all four groups", () => {
    expect(gates.map((g) => g.name).sort()).toEqual(ALL.map((e) => e.gate).sort());
    for (const ex of ALL) {
        for (const group of ["compliant", "violating", "omitted", "unknown"] as const) expect([ex.gate, group, ex[group].length > 0]).toEqual([ex.gate, group, true]);
    }
});

for (const ex of ALL) {
    describe(`gate ${ex.gate}`, () => {
        for (const group of ["compliant", "violating", "omitted", "unknown"] as const) {
            for (const c of ex[group]) {
                test(`${group}: ${c.title}`, () => {
                    const r = run(ex.gate, c);
                    const o = c.outcome;
                    if (o.kind === "pass") {
                        expect(r).toEqual({ findings: [], cleared: [] });
                    } else if (o.kind === "cleared") {
                        expect(r.findings).toEqual([]);
                        expect(r.cleared).toEqual([expect.objectContaining({ policyName: ex.gate, urn: o.urn })]);
                        expect(r.cleared[0].reason).toContain(o.reasonIncludes);
                    } else {
                        expect(r.cleared).toEqual([]);
                        expect(r.findings.map((f) => [f.policyName, f.urn, f.enforcementLevel])).toEqual([[ex.gate, o.urn, "mandatory"]]);
                        for (const m of o.messageIncludes) expect(r.findings[0].message).toContain(m);
                    }
                });
            }
        }
    });
}

describe("ack-ram-authenticator is one rule for the policy and the gate", () => {
    let h: Harness;
    beforeAll(async () => {
        h = await Harness.start();
    });
    afterAll(() => h.client.close());

    const asOldAndNew = (resources: ExampleResource[]): GateState[] => resources.map((r) => ({
        urn: urnOf(r.type, r.name),
        type: r.type,
        name: r.name,
        ids: [],
        aliases: [r.name],
        props: r.props,
        propertyDependencies: Object.fromEntries(Object.entries(r.propertyDependencies ?? {}).map(([k, names]) => [k, names.map((n) => urnOf(resources.find((x) => x.name === n)!.type, n))])),
        protect: r.protect,
    }));

    // Every stack of the policy's examples where the authenticator is accepted and the identity is unprotected.
    // The policy's "unknown" group is left out: there a value the policy needs is unknown at preview, so it
    // cannot run, while the gate reads an old state, where every value is known.
    const cases = [...readinessExamples.compliant, ...readinessExamples.violating, ...readinessExamples.omitted, ...(readinessExamples.more ?? [])]
        .filter((c) => c.config?.acceptRamAuthenticator === true && c.resources && !c.resources.find((r) => r.name === c.target)?.protect);

    test("the policy's examples include stacks the authenticator clears and stacks it does not", () => {
        expect(cases.length).toBeGreaterThanOrEqual(3);
    });

    for (const c of cases) {
        test(`same verdict: ${c.title}`, async () => {
            await h.configure({ "ack-identity-deletion-readiness": { acceptRamAuthenticator: true } });
            const result = await h.analyzeStack(c.resources!);
            const target = urnOf(c.resources!.find((r) => r.name === c.target)!.type, c.target!);
            const policyBlocks = result.diagnostics.some((d) => d.policyName === "ack-identity-deletion-readiness" && d.urn === target);
            const oldAndNew = asOldAndNew(c.resources!);
            const gate = run("ack-identity-revoke-before-delete", {
                title: c.title, oldAndNew, removals: [{ urn: target, op: "delete" }],
                policyConfig: { "ack-identity-deletion-readiness": { acceptRamAuthenticator: true } }, outcome: { kind: "pass" },
            });
            const gateBlocks = gate.findings.some((f) => f.urn === target);
            expect([c.title, gateBlocks]).toEqual([c.title, policyBlocks]);
        });
    }
});
