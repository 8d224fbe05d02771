import { asArray, asBool, asString, listed } from "../../model/props";
import { kubePolicy, POLICY_GOVERNANCE_URL } from "./common";
import { WORKLOAD_TOKENS } from "./kinds";
import { elementsOf, objectOf, workloadContainers } from "./podSpec";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

interface Config {
    forbiddenCapabilities: string[];
}

/** "cap_sys_admin" and "SYS_ADMIN" name the same capability. */
function capName(v: unknown): string | undefined {
    const s = asString(v)?.toUpperCase();
    return s?.startsWith("CAP_") ? s.slice(4) : s;
}

// A privileged container, or one that can gain privileges, owns the node: the runtime's isolation is
// the customer's to keep on every cluster type, ECI pods included.
export const workloadNoPrivileged = kubePolicy<Config>({
    name: "ack-workload-no-privileged",
    displayName: "Containers run unprivileged",
    description: "Containers must not run privileged, must set allowPrivilegeEscalation to false (Kubernetes allows escalation when it is omitted), and must not add node-level capabilities such as SYS_ADMIN, NET_ADMIN or ALL.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "The seed makes container runtime security the customer's on every cluster type; a privileged container escapes that isolation, and the rare system agent that needs it can be exempted by name.",
    remediation: { does: false, why: "fails (c) no broken connectivity or workloads: privileged pods may need the privilege." },
    url: POLICY_GOVERNANCE_URL,
    remediationSteps: "In each container's `securityContext` remove `privileged: true`, set `allowPrivilegeEscalation: false`, and drop instead of adding SYS_ADMIN, NET_ADMIN or ALL in `capabilities.add`.",
    responsibility: "container-runtime-security",
    clusterTypes: ALL_CLUSTER_TYPES,
    config: {
        forbiddenCapabilities: {
            type: "array",
            items: { type: "string", minLength: 1 },
            description: "Capabilities a container must not add (without the CAP_ prefix; ALL means every capability).",
            default: ["SYS_ADMIN", "NET_ADMIN", "ALL"],
        },
    },
    resourceTypes: WORKLOAD_TOKENS,
    check: (props, ctx) => {
        const forbidden = new Set(asArray(ctx.config.forbiddenCapabilities).map(capName).filter((c): c is string => c !== undefined));
        // A *Patch resource leaves omitted fields as they are; elsewhere Kubernetes allows privilege
        // escalation unless allowPrivilegeEscalation is false, so omitted counts as allowed.
        const patch = ctx.type.endsWith("Patch");
        for (const c of workloadContainers(ctx.type, props)) {
            const sc = objectOf(c.container.securityContext);
            const problems: string[] = [];
            if (asBool(sc?.privileged) === true) {
                problems.push("securityContext.privileged = true");
            }
            const escalation = sc?.allowPrivilegeEscalation;
            if (asBool(escalation) === true) {
                problems.push("securityContext.allowPrivilegeEscalation = true");
            } else if (!patch && asBool(escalation) === undefined) {
                problems.push(`securityContext${sc === undefined ? "" : ".allowPrivilegeEscalation"} not set (Kubernetes default: privilege escalation allowed)`);
            }
            const added = elementsOf(objectOf(sc?.capabilities)?.add).map(capName).filter((x): x is string => x !== undefined && forbidden.has(x));
            if (added.length > 0) {
                problems.push(`securityContext.capabilities.add includes ${listed(added)}`);
            }
            if (problems.length === 0) continue;
            ctx.report({
                path: c.label,
                found: problems.join("; "),
                expected: `no privileged mode, no privilege escalation, none of ${[...forbidden].join(", ")} added`,
                why: "Such a container can take over the node and every pod on it.",
                fix: "in this container's `securityContext` drop `privileged`, set `allowPrivilegeEscalation: false` and remove those capabilities from `capabilities.add`.",
            });
        }
    },
});
