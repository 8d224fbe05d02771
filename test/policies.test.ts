// Runs every example stored beside every policy through the analyzer and asserts its exact outcome.
import { ExampleCase, PolicyExamples } from "../model/examples";
import { retiredFieldAdvice } from "../model/retiredFields";
import { policies } from "../policies";
import { allExamples } from "./examples";
import { Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
    h = await Harness.start();
});

function defaultLevel(policy: string): string {
    const p = policies.find((x) => x.name === policy);
    if (!p) throw new Error(`examples name unknown policy ${policy}`);
    return p.enforcementLevel;
}

async function expectOutcome(ex: PolicyExamples, c: ExampleCase) {
    const { diagnostics, notApplicable, targetUrn } = await h.runCase(ex, c);
    const o = c.outcome;
    switch (o.kind) {
        case "pass":
            expect(diagnostics).toEqual([]);
            expect(notApplicable).toEqual([]);
            break;
        case "violation": {
            expect(notApplicable).toEqual([]);
            expect(diagnostics).toHaveLength(1);
            const d = diagnostics[0];
            expect(d.enforcementLevel).toBe(o.level ?? defaultLevel(ex.policy));
            if (c.resources) {
                expect(d.urn).toBe(targetUrn);
            }
            for (const s of o.messageIncludes) {
                expect(d.message).toContain(s);
            }
            for (const s of o.messageExcludes ?? []) {
                expect(d.message).not.toContain(s);
            }
            // No message tells a user to set a node pool field ACK removed on 2026-01-31.
            expect(retiredFieldAdvice(d.message)).toEqual([]);
            break;
        }
        case "not-applicable":
            expect(diagnostics).toEqual([]);
            expect(notApplicable).toHaveLength(1);
            expect(notApplicable[0]).toContain(o.reasonIncludes);
            break;
        case "unknown":
            // The SDK turns a read of an unknown value into an advisory, whatever the policy's level.
            expect(notApplicable).toEqual([]);
            expect(diagnostics).toHaveLength(1);
            expect(diagnostics[0].enforcementLevel).toBe("advisory");
            expect(diagnostics[0].message).toMatch(/^can't run policy '.+' from policy pack 'ackguard@v[\d.]+' during preview: .+ can't be known during preview$/);
            break;
    }
}

for (const ex of allExamples) {
    describe(ex.policy, () => {
        for (const group of ["compliant", "violating", "omitted", "unknown", "more"] as const) {
            for (const c of ex[group] ?? []) {
                test(`${group}: ${c.title}`, () => expectOutcome(ex, c));
            }
        }
    });
}
