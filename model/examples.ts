// Examples stored beside each policy (`<policy>.examples.ts`). They are the policy's test input
// (test/policies.test.ts runs every case through the analyzer and asserts its exact outcome) and
// its documentation (scripts/gen-docs.ts renders them). Props are in wire form: use UNKNOWN for a
// value unknown at preview and secret(v) for a secret, as the engine sends them.
export { UNKNOWN, secret } from "./wire";

/** The date every example is judged on unless it names its own (dated verdicts: version support). */
export const EXAMPLES_AS_OF = "2026-12-03";

/** What the case's policy must report for the case's target resource. */
export type Outcome =
    | { kind: "pass" }
    | { kind: "violation"; level?: "mandatory" | "advisory"; messageIncludes: string[]; messageExcludes?: string[] }
    | { kind: "not-applicable"; reasonIncludes: string }
    | { kind: "unknown" };

export interface ExampleResource {
    type: string;
    name: string;
    props: Record<string, unknown>;
    protect?: boolean;
    /** Names of resources (in this case) that each property depends on. */
    propertyDependencies?: Record<string, string[]>;
    parent?: string;
    /** Name of the explicit provider resource (in this case) the resource was created with. */
    provider?: string;
}

export interface ExampleCase {
    title: string;
    /** One resource (resource policies)... */
    props?: Record<string, unknown>;
    /** Its type, when not the examples file's `resourceType` (policies over several types). */
    type?: string;
    name?: string;
    /** ...or several (stack policies); `target` names the one the outcome is about. */
    resources?: ExampleResource[];
    target?: string;
    /** Policy config for this case (the `--policy-pack-config` entry of the policy). */
    config?: Record<string, unknown>;
    /** Stack tags sent with ConfigureStack for this case. */
    stackTags?: Record<string, string>;
    /** The date the case is judged on (ACKGUARD_AS_OF); EXAMPLES_AS_OF when omitted, so examples never drift with the calendar. */
    asOf?: string;
    outcome: Outcome;
}

export interface PolicyExamples {
    policy: string;
    /** The resource type of single-resource cases. */
    resourceType: string;
    compliant: ExampleCase[];
    violating: ExampleCase[];
    /** The attribute left out entirely: provider default or "not set", whichever the policy says. */
    omitted: ExampleCase[];
    /** A value the policy reads is unknown at preview: never a mandatory violation. */
    unknown: ExampleCase[];
    /** Further cases: odd shapes, config knobs, exemptions. */
    more?: ExampleCase[];
}
