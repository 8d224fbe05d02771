import { nodePoolLifecycle } from "../../model/nodeLifecycle";
import { resourcePolicy } from "../../model/policy";
import { asBool, asString, show } from "../../model/props";
import { T } from "../../model/resources";
import { judgedNodePool } from "./common";
import { NODE_CLUSTER_TYPES } from "../../model/clusterSets";

// Both hardening baselines ship with Alibaba Cloud Linux system images; other images (Ubuntu,
// Windows, ContainerOS, custom) must be hardened by whoever builds them, so this policy leaves them.
function alibabaCloudLinux(props: { imageType?: unknown }): boolean {
    const imageType = asString(props.imageType);
    return imageType === undefined || imageType.toLowerCase().startsWith("aliyunlinux");
}

// `cisEnabled` was replaced by `securityHardeningOs` (provider 1.223.1); it still hardens the OS,
// so it counts as securityHardeningOs, with a note to migrate.
export const nodePoolOsHardening = resourcePolicy<typeof T.NodePool>({
    name: "ack-nodepool-os-hardening",
    displayName: "Node pools use an OS hardening baseline",
    description: "Node pools on Alibaba Cloud Linux must enable exactly one OS hardening baseline: Alibaba Cloud Linux security hardening (securityHardeningOs) or MLPS 2.0 hardening (socEnabled).",
    severity: "medium",
    enforcementLevel: "advisory",
    levelRationale: "Configuring node pools securely is the customer's, but both baselines change OS defaults some workloads rely on and are ForceNew (enabling them replaces the pool), so teams should plan the switch rather than be blocked.",
    remediation: { does: false, why: "fails (b) no forced replacement: `securityHardeningOs` is ForceNew." },
    url: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/security-and-compliance/host-security",
    remediationSteps: "Set `securityHardeningOs: true` on the cs.NodePool (or `socEnabled: true` where MLPS 2.0 is required, never both); replace a deprecated `cisEnabled: true` with `securityHardeningOs: true`.",
    responsibility: "cluster-network-configuration",
    clusterTypes: NODE_CLUSTER_TYPES,
    resourceTypes: [T.NodePool],
    check: (props, ctx) => {
        judgedNodePool(ctx, props, "OS hardening");
        const lifecycle = nodePoolLifecycle(props);
        if (lifecycle.customImage || !alibabaCloudLinux(props)) {
            const image = lifecycle.customImage ? `a custom image (${lifecycle.imageWhy})` : `imageType ${show(props.imageType)}`;
            ctx.args.notApplicable(`node pool boots ${image}: securityHardeningOs and socEnabled apply to Alibaba Cloud Linux system images only; harden this image yourself`);
        }
        const hardening = asBool(props.securityHardeningOs) === true;
        const cis = asBool(props.cisEnabled) === true;
        const soc = asBool(props.socEnabled) === true;
        const cisNote = cis ? " cisEnabled is deprecated (provider 1.223.1): replace it with `securityHardeningOs: true`." : "";
        if ((hardening || cis) && soc) {
            ctx.report({
                path: "securityHardeningOs, socEnabled",
                found: `${hardening ? "securityHardeningOs" : "cisEnabled"} = true and socEnabled = true`,
                expected: "exactly one hardening baseline",
                why: `The provider forbids enabling both; choose MLPS (socEnabled) only where MLPS 2.0 compliance is required.${cisNote}`,
                fix: "keep `securityHardeningOs: true` and remove `socEnabled` (or the reverse for MLPS 2.0).",
            });
            return;
        }
        if (hardening || soc || cis) {
            // cisEnabled alone passes: the provider maps it onto the same hardening.
            return;
        }
        const fields: [string, unknown][] = [["securityHardeningOs", props.securityHardeningOs], ["socEnabled", props.socEnabled]];
        if (props.cisEnabled !== undefined && props.cisEnabled !== null) {
            fields.push(["cisEnabled (deprecated)", props.cisEnabled]);
        }
        const found = fields.map(([k, v]) => `${k} ${v === undefined || v === null ? "not set (provider default: false)" : `= ${show(v)}`}`).join(", ");
        ctx.report({
            path: "securityHardeningOs",
            found,
            expected: "securityHardeningOs = true or socEnabled = true",
            why: "Without a baseline the nodes keep the image's default OS settings (services, kernel parameters, audit) instead of ACK's hardened profile.",
            fix: "set `securityHardeningOs: true` on this node pool (or `socEnabled: true` for MLPS 2.0); this replaces the pool's nodes.",
        });
    },
});
