// What a gate reads: the old (and new) states of a plan as plain values, and the steps that remove
// resources. CrossGuard policies never see a deletion, so the checks that need the old state live
// here, beside policies/, and every plan front end (Pulumi preview JSON, stack export, Terraform plan,
// a scan with --base) fills these shapes.
/** Where a resource is declared (the same shape as the report's SourceLocation). */
export interface GateLocation {
    file: string;
    line: number;
    column?: number;
}

/** A resource of the old (or new) state, as a gate reads it: plain values, no wire encoding. */
export interface GateState {
    urn: string;
    /** Pulumi type token. */
    type: string;
    /** What the report shows: the Pulumi resource name, or the Terraform address. */
    name: string;
    /** Known ids (for a RAM role also its role id, which is what grants name). */
    ids: string[];
    /** Other names an attestation may use (user / role name, address, URN). */
    aliases: string[];
    /** Inputs with Pulumi property names, plain values. */
    props: Record<string, unknown>;
    propertyDependencies: Record<string, string[]>;
    protect?: boolean;
    location?: GateLocation;
}

/** An old-state resource the plan removes: a delete, or the old half of a replacement. */
export interface Removal {
    op: string;
    state: GateState;
}

/** What a gate is given: the states and removals of one plan, and the language of its input. */
export interface GateInput {
    /** Old and new states, for "which identity reaches which cluster". */
    oldAndNew: GateState[];
    removals: Removal[];
    /** URNs the plan creates (an add-on created in the plan has not revoked anything yet). */
    created: Set<string>;
    /** Terraform plans name types and attributes in Terraform's words. */
    language: "pulumi" | "terraform";
    /** The input's name for a Pulumi type token ("ram.User", "alicloud_ram_user"). */
    typeName: (token: string) => string;
}

/** A signed statement that an identity's access was revoked (`--revoked revoked.json`). */
export interface RevocationAttestation {
    identity: string;
    by: string;
    at: string;
    ticket: string;
}

/** A finding of a gate, in the shape of a pack diagnostic (cli/engine/analyzer.ts Diagnostic). */
export interface GateFinding {
    policyName: string;
    policyPackName: string;
    policyPackVersion: string;
    description: string;
    message: string;
    enforcementLevel: "mandatory" | "advisory";
    severity: string;
    urn: string;
    /** The step op that removes the identity. */
    op: string;
    /** What the report shows for the identity (resource name or Terraform address). */
    name: string;
    /** Where the identity is declared, when known (a deleted Terraform block has none). */
    location?: GateLocation;
}
