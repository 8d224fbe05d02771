import { resourcePolicy } from "../../model/policy";
import { asBool, show } from "../../model/props";
import { T } from "../../model/resources";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

// A console password alone is one phished secret away from the ACK console, where kubeconfigs
// are downloaded. The password itself is plain text in props: never show it.
export const ramConsoleMfa = resourcePolicy({
    name: "ack-ram-console-mfa",
    displayName: "RAM console logins require MFA",
    description: "A ram.LoginProfile must require the user to bind an MFA device (mfaBindRequired: true).",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Credentials are the customer's on every cluster type; console users can download cluster kubeconfigs, so a password alone is not enough.",
    remediation: { does: true, why: "`mfaBindRequired: true` is the one secure value, changed in place on the login profile (not ForceNew); the user binds a device at the next console login, programmatic access is unaffected." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/best-practices-of-authorization",
    remediationSteps: "Set `mfaBindRequired: true` on the ram.LoginProfile.",
    responsibility: "access-control",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.RamLoginProfile],
    check: (props, ctx) => {
        const v = props.mfaBindRequired;
        if (asBool(v) === true) {
            return;
        }
        ctx.report({
            path: "mfaBindRequired",
            found: v === undefined || v === null ? "not set (provider default: false)" : show(v),
            expected: "true",
            why: "Without MFA, the console password alone gives access to the console and to the user's cluster kubeconfigs.",
            fix: "set `mfaBindRequired: true` on this login profile.",
        });
    },
    remediate: () => ({ mfaBindRequired: true }),
});
