// Every ACKGuard gate: checks of a plan's old state that run beside the pack (CrossGuard never sees a
// deletion). Declared like policies (gates/gate.ts), with examples beside each, rendered in docs/.
import type { Gate } from "./gate";
import { identityRevokeBeforeDelete } from "./identityRevokeBeforeDelete";

export type { Gate, GateClearance, GateContext, GateResult } from "./gate";
export * from "./types";

export const gates: Gate[] = [identityRevokeBeforeDelete];
