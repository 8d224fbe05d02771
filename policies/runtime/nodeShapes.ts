// The launch settings of cluster nodes that no cs.NodePool launches (model/graph.ts clusterNodes
// finds them): ESS scaling configurations and launch templates of autoscaled groups, and ECS
// instances attached to a cluster. Each rule here is a node-pool policy's rule, read from the field
// each resource type has; one function per rule, each returning its findings.
import { isCustomImageId } from "../../model/nodeLifecycle";
import type { Finding } from "../../model/policy";
import { asArray, asBool, asNumber, asObject, asString, present, show } from "../../model/props";
import { PropsOf, T } from "../../model/resources";

type Ess = PropsOf[typeof T.EssScalingConfiguration];
type Template = PropsOf[typeof T.EcsLaunchTemplate];
type Instance = PropsOf[typeof T.EcsInstance];

/** A node shape's props, by its type. */
export type NodeShape =
    | { type: typeof T.EssScalingConfiguration; props: Ess }
    | { type: typeof T.EcsLaunchTemplate; props: Template }
    | { type: typeof T.EcsInstance; props: Instance };

export function nodeShape(r: { type: string; props: unknown }): NodeShape | undefined {
    if (r.type === T.EssScalingConfiguration || r.type === T.EcsLaunchTemplate || r.type === T.EcsInstance) return r as NodeShape;
    return undefined;
}

/** Login: an ECS key pair, and neither a password nor the image's password. */
export function loginFindings(n: NodeShape, where: string): Finding[] {
    const keyField = n.type === T.EcsLaunchTemplate ? "keyPairName" : "keyName";
    // Presence only: a password's value is a secret, and an unknown one is still a password.
    const passwords: string[] = ["password", "kmsEncryptedPassword"].filter((f) => f in n.props && present(n.props, f));
    if (asBool(n.props.passwordInherit) === true) passwords.push("passwordInherit");
    const key = n.type === T.EcsLaunchTemplate ? n.props.keyPairName : n.props.keyName;
    const hasKey = asString(key) !== undefined;
    if (passwords.length === 0 && hasKey) return [];
    return [{
        path: passwords.length > 0 ? passwords.join(", ") : keyField,
        found: passwords.length > 0 ? `${passwords.map((p) => `${p} <set>`).join(" and ")}${hasKey ? "" : `, ${keyField} not set`} on ${where}` : `${keyField} ${key === undefined || key === null ? "not set" : show(key)} on ${where}`,
        expected: `${keyField} only, no password`,
        why: "Password login on nodes can be brute-forced and shares one secret across all nodes (the rule of ack-nodepool-key-pair-login).",
        fix: `${passwords.length > 0 ? `remove ${passwords.map((p) => `\`${p}\``).join(" and ")} and ` : ""}set \`${keyField}\` to an ECS key pair.`,
    }];
}

function encryptedState(v: unknown): string {
    return v === undefined || v === null ? "not set (default: false)" : show(v);
}

/** Disks: the system disk and every data disk encrypted. */
export function diskFindings(n: NodeShape, where: string): Finding[] {
    const bad: { path: string; value: unknown }[] = [];
    const system = n.type === T.EcsLaunchTemplate ? { path: "systemDisk.encrypted", value: n.props.systemDisk?.encrypted } : { path: "systemDiskEncrypted", value: n.props.systemDiskEncrypted };
    if (asBool(system.value) !== true) bad.push(system);
    const disks = asArray(n.props.dataDisks);
    for (let i = 0; i < disks.length; i++) {
        const value = asObject(disks[i])?.["encrypted"];
        if (asBool(value) !== true) bad.push({ path: `dataDisks[${i}].encrypted`, value });
    }
    if (bad.length === 0) return [];
    return [{
        path: bad.map((b) => b.path).join(", "),
        found: `${bad.map((b) => `${b.path} ${encryptedState(b.value)}`).join("; ")} on ${where}`,
        expected: "every node disk encrypted",
        why: "Encryption can only be chosen when a disk is created; unencrypted node disks expose images, volumes and logs in snapshots (the rule of ack-nodepool-disk-encryption).",
        fix: `set ${bad.map((b) => `\`${b.path}: true\``).join(", ")}.`,
    }];
}

/** Metadata: the metadata service requires tokens (or is off). ESS scaling configurations have no token input. */
export function metadataFindings(n: NodeShape, where: string): Finding[] {
    if (asString(n.props.httpEndpoint)?.toLowerCase() === "disabled") return [];
    if (n.type === T.EssScalingConfiguration) {
        return [{
            path: "httpEndpoint",
            found: `${show(n.props.httpEndpoint)} on ${where}, and ess.ScalingConfiguration has no httpTokens input, so its nodes serve metadata without a token`,
            expected: "metadata tokens required (or the metadata service disabled)",
            why: "Any process on the node can read the node RAM role's credentials from the metadata service without a token (the rule of ack-nodepool-imds-required).",
            fix: "launch the group from an ecs.EcsLaunchTemplate with `httpTokens: \"required\"` (the scaling group's `launchTemplateId`), or move the nodes to a cs.NodePool with `instanceMetadataOptions.httpTokens: \"required\"`.",
        }];
    }
    const raw = n.props.httpTokens;
    if (asString(raw)?.toLowerCase() === "required") return [];
    return [{
        path: "httpTokens",
        found: `${raw === undefined || raw === null ? "not set (default: \"optional\")" : show(raw)} on ${where}`,
        expected: "\"required\"",
        why: "In \"optional\" mode any process on the node can read the node RAM role's credentials from the metadata service without a token (the rule of ack-nodepool-imds-required).",
        fix: "set `httpTokens: \"required\"`.",
    }];
}

/** Public addresses: none on nodes. */
export function publicIpFindings(n: NodeShape, where: string): Finding[] {
    const found: { path: string; shown: string }[] = [];
    const bw = asNumber(n.props.internetMaxBandwidthOut);
    if (bw !== undefined && bw > 0) found.push({ path: "internetMaxBandwidthOut", shown: `internetMaxBandwidthOut = ${bw} (a public IP per node)` });
    if (n.type === T.EcsInstance && asBool(n.props.allocatePublicIp) === true) found.push({ path: "allocatePublicIp", shown: "allocatePublicIp = true" });
    if (found.length === 0) return [];
    return [{
        path: found.map((f) => f.path).join(", "),
        found: `${found.map((f) => f.shown).join(" and ")} on ${where}`,
        expected: "no public address on nodes",
        why: "Every node would be reachable from the internet, guarded only by its security group (the rule of ack-nodepool-no-public-ip).",
        fix: `remove ${found.map((f) => `\`${f.path}\``).join(" and ")} and use a NAT gateway for outbound traffic.`,
    }];
}

/** The tag value under `key` on a node shape (launch templates: `tags` or `templateTags`). */
export function ownerTag(n: NodeShape, key: string): string | undefined {
    const own = asString(asObject(n.props.tags)?.[key]);
    if (own !== undefined || n.type !== T.EcsLaunchTemplate) return own;
    return asString(asObject(n.props.templateTags)?.[key]);
}

/** Image: a custom image (`m-...`) is patched by the customer, who must be named in the owner tag. */
export function imageFindings(n: NodeShape, where: string, ownerTagKey: string): Finding[] {
    const image = asString(n.props.imageId);
    if (image === undefined || !isCustomImageId(image)) return [];
    if (ownerTag(n, ownerTagKey) !== undefined) return [];
    return [{
        path: `tags["${ownerTagKey}"]`,
        found: `not set, and imageId ${show(image)} is a custom image on ${where}`,
        expected: "the team or runbook that patches this image",
        why: "ACK's automated OS patching never applies to a custom image (the rule of ack-nodepool-custom-image-patch-owner).",
        fix: `add \`tags: { "${ownerTagKey}": "<team or runbook URL>" }\`, or boot a system image.`,
    }];
}
