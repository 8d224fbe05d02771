import { resourcePolicy } from "../../model/policy";
import { asBool, asString, show } from "../../model/props";
import { PropsOf, T } from "../../model/resources";
import { ACR_REPO_URL } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

const REPOS: string[] = [T.CrRepo, T.RegistryEnterpriseRepo];

type RepoProps = PropsOf[typeof T.CrRepo] | PropsOf[typeof T.RegistryEnterpriseRepo];
type NamespaceProps = PropsOf[typeof T.CrNamespace] | PropsOf[typeof T.RegistryEnterpriseNamespace];

function isRepo(type: string, props: RepoProps | NamespaceProps): props is RepoProps {
    return REPOS.includes(type);
}

// Public repositories let anyone pull the customer's images, with whatever they embed.
export const registryPrivate = resourcePolicy({
    name: "ack-registry-private",
    displayName: "Container Registry repositories are private",
    description: "Container Registry repositories must be PRIVATE, and namespaces must not create PUBLIC repositories by default.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "The seed makes the workload supply chain and sensitive data the customer's on every cluster type; a public repository publishes application images (and anything baked into them) to the internet.",
    remediation: { does: false, why: "fails (c) no broken connectivity or workloads: a private repository refuses the anonymous pulls that may rely on it." },
    url: ACR_REPO_URL,
    remediationSteps: "Set `repoType: \"PRIVATE\"` on cr.Repo / cs.RegistryEnterpriseRepo and `defaultVisibility: \"PRIVATE\"` on cr.Namespace / cs.RegistryEnterpriseNamespace.",
    responsibility: "workloads",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.RegistryEnterpriseRepo, T.CrRepo, T.RegistryEnterpriseNamespace, T.CrNamespace],
    check: (props, ctx) => {
        if (isRepo(ctx.type, props)) {
            const repoType = asString(props.repoType);
            if (repoType?.toUpperCase() === "PRIVATE") return;
            ctx.report({
                path: "repoType",
                found: repoType === undefined ? "not set" : show(repoType),
                expected: "\"PRIVATE\"",
                why: "Anyone can pull images from a public repository anonymously.",
                fix: "set `repoType: \"PRIVATE\"`.",
            });
            return;
        }
        // Namespaces: omitted means the service default, a private repository on push.
        const visibility = asString(props.defaultVisibility);
        if (visibility === undefined || visibility.toUpperCase() === "PRIVATE") return;
        const autoCreate = asBool(props.autoCreate) === true;
        ctx.report({
            path: "defaultVisibility",
            found: `${show(visibility)}${autoCreate ? " with autoCreate = true (every newly pushed repository is public)" : ""}`,
            expected: "\"PRIVATE\"",
            why: "Repositories created in this namespace would be public unless someone changes each one.",
            fix: "set `defaultVisibility: \"PRIVATE\"` on this namespace.",
        });
    },
});
