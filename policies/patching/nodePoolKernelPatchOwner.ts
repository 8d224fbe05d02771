import { CVE_PATCHING_URL, LIFECYCLE_FACTS } from "../../model/nodeLifecycle";
import { resourcePolicy } from "../../model/policy";
import { asObject, asString } from "../../model/props";
import { T } from "../../model/resources";
import { judgedPool } from "./common";

interface Config {
    ownerTagKey: string;
}

// ACK's automatic CVE fixing leaves the kernel out by default (and @pulumi/alicloud 3.108 cannot
// opt it back in: no excludePackages), so kernel CVEs on an "automated" pool are still the
// customer's. Like the custom-image rule, ask for a visible owner: on the pool or the whole stack.
export const nodePoolKernelPatchOwner = resourcePolicy<typeof T.NodePool, Config>({
    name: "ack-nodepool-kernel-patch-owner",
    displayName: "Auto-patched node pools name who patches the kernel",
    description: "Node pools with automatic CVE fixing must declare who patches the kernel (a pool tag or a stack tag), since ACK excludes the kernel package from automatic fixing by default.",
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "Kernel patching stays the customer's on auto-patched pools, but how a team does it (Security Center kernel fixes, node image rotation, live patching) is a plan, not a switch the program can show.",
    remediation: { does: false, why: "fails (a) single secure answer: it needs a patch owner only the team can name." },
    url: CVE_PATCHING_URL,
    remediationSteps: "Add `tags: { \"kernel-patch-owner\": \"<team or runbook URL>\" }` to the cs.NodePool, or tag the stack once (`pulumi stack tag set kernel-patch-owner <team>`).",
    responsibility: "node-os-patching",
    clusterTypes: ["ack-managed-node-pools"],
    ownerContext: { kernel: true },
    facts: [LIFECYCLE_FACTS.kernelExcluded],
    config: {
        ownerTagKey: {
            type: "string",
            minLength: 1,
            description: "The tag (on the cs.NodePool, or on the stack) whose non-empty value names the team or runbook that patches node kernels.",
            default: "kernel-patch-owner",
        },
    },
    resourceTypes: [T.NodePool],
    check: (props, ctx) => {
        const pool = judgedPool(props, ctx);
        if (pool.customImage) {
            ctx.args.notApplicable("custom OS image: the whole OS, kernel included, is patched by hand (ack-nodepool-custom-image-patch-owner judges this pool)");
        }
        if (!pool.cveFix) {
            ctx.args.notApplicable("automatic CVE fixing is off: every OS patch, kernel included, is the customer's (ack-nodepool-auto-vul-fix judges this pool)");
        }
        const key = ctx.config.ownerTagKey;
        if (asString(ctx.args.stackTags.get(key)) !== undefined) return;
        if (asString(asObject(props.tags)?.[key]) !== undefined) return;
        ctx.report({
            path: `tags["${key}"]`,
            found: "not set on this node pool nor on the stack",
            expected: "the team or runbook that patches node kernels",
            why: "ACK's automatic CVE fixing excludes the kernel package by default, so kernel vulnerabilities on these nodes are fixed only if someone does it.",
            fix: `add \`tags: { "${key}": "<team or runbook URL>" }\` to this node pool, or run \`pulumi stack tag set ${key} <team>\`.`,
        });
    },
});
