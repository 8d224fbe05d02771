import { asArray, asString, quotable, show } from "../../model/props";
import { kubePolicy, parseImage, POLICY_LIBRARY_URL } from "./common";
import { WORKLOAD_TOKENS } from "./kinds";
import { workloadContainers } from "./podSpec";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

interface Config {
    allowedRegistries: string[];
}

/**
 * Alibaba Cloud Container Registry Enterprise Edition instances (`<instance>-registry[-vpc].<region>.cr.aliyuncs.com`).
 * Personal Edition hosts (`registry[-vpc|-intl].<region>.aliyuncs.com`) are shared by every account,
 * so admitting the host would admit anyone's public namespace: name your own namespaces instead
 * (e.g. "registry-vpc.*.aliyuncs.com/acme/**").
 */
export const ACR_REGISTRIES = ["*.cr.aliyuncs.com"];

/**
 * An entry as a matcher over "registry/repository". "/re/" is a regular expression; anything else a
 * glob where `*` stays within one path segment and `**` crosses them. A glob without "/" names a
 * registry host; with "/" it must match the whole repository name.
 */
export function registryMatcher(entry: string): ((registry: string, repository: string) => boolean) | undefined {
    if (entry.length > 2 && entry.startsWith("/") && entry.endsWith("/")) {
        let re: RegExp;
        try {
            re = new RegExp(entry.slice(1, -1), "i");
        } catch {
            return undefined; // an invalid expression in config matches nothing
        }
        return (registry, repository) => re.test(`${registry}/${repository}`);
    }
    const body = entry.split("**").map((part) => part.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*")).join(".*");
    const re = new RegExp(`^${body}$`, "i");
    return entry.includes("/") ? (registry, repository) => re.test(`${registry}/${repository}`) : (registry) => re.test(registry);
}

// Images from outside the customer's own registries have not passed its scanning and signing.
export const workloadAllowedRegistries = kubePolicy<Config>({
    name: "ack-workload-allowed-registries",
    displayName: "Images come from allowed registries",
    description: "Container images must come from an allowed registry, by default Alibaba Cloud Container Registry Enterprise Edition instances; Personal Edition namespaces must be listed one by one, because its hosts serve every account's public namespaces.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "The seed puts the workload supply chain on the customer on every cluster type; images from public registries skip the customer's scanning and access control, and the allowlist is configurable.",
    remediation: { does: false, why: "fails (a) single secure answer: the image to use instead only the team knows." },
    url: POLICY_LIBRARY_URL,
    remediationSteps: "Push the image to your Container Registry (e.g. `<instance>-registry-vpc.<region>.cr.aliyuncs.com/<ns>/<repo>`) and reference it there, or add your registry or your own Personal Edition namespaces (`registry-vpc.*.aliyuncs.com/<namespace>/**`) to `allowedRegistries`; narrowing the default to your own instance names is better still.",
    responsibility: "workloads",
    clusterTypes: ALL_CLUSTER_TYPES,
    config: {
        allowedRegistries: {
            type: "array",
            items: { type: "string", minLength: 1 },
            description: "Registry host globs (`*` within a segment, `**` across), \"host/path\" globs, or \"/regex/\" over \"registry/repository\".",
            default: ACR_REGISTRIES,
        },
    },
    resourceTypes: WORKLOAD_TOKENS,
    check: (props, ctx) => {
        const entries = asArray(ctx.config.allowedRegistries).map(asString).filter((e): e is string => e !== undefined);
        const matchers = entries.map(registryMatcher).filter((m) => m !== undefined);
        for (const c of workloadContainers(ctx.type, props)) {
            const image = asString(c.container.image);
            if (image === undefined) continue;
            const ref = parseImage(image);
            if (matchers.some((m) => m(ref.registry, ref.repository))) continue;
            ctx.report({
                path: c.label,
                found: `image ${show(image)} from registry ${quotable(ref.registry) ? ref.registry : show(ref.registry)}`,
                expected: `an image from one of ${entries.join(", ")}`,
                why: "Images from other registries bypass the customer's image scanning and access control.",
                fix: /^registry(-intl)?(-vpc)?\.[^.]+\.aliyuncs\.com$/.test(ref.registry)
                    ? `this is a Personal Edition host shared by every account: add your namespace (\`${ref.registry.replace(/\.[^.]+\.aliyuncs\.com$/, ".*.aliyuncs.com")}/${ref.repository.split("/")[0]}/**\`) to \`allowedRegistries\` if it is yours, or move the image to your Enterprise Edition instance.`
                    : "push the image to your Alibaba Cloud Container Registry instance and reference it from there.",
            });
        }
    },
});
