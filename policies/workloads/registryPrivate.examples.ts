import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { CR_NAMESPACE, CR_REPO, EE_NAMESPACE, EE_REPO } from "./registry.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-registry-private",
    resourceType: T.RegistryEnterpriseRepo,
    compliant: [
        { title: "a private repository", props: EE_REPO, outcome: { kind: "pass" } },
        { title: "lower-case private", props: { ...EE_REPO, repoType: "private" }, outcome: { kind: "pass" } },
    ],
    violating: [{ title: "a public repository", props: { ...EE_REPO, repoType: "PUBLIC" }, outcome: { kind: "violation", messageIncludes: ["repoType: found \"PUBLIC\", expected \"PRIVATE\""] } }],
    omitted: [{ title: "repoType not set", props: { ...EE_REPO, repoType: undefined }, outcome: { kind: "violation", messageIncludes: ["repoType: found not set"] } }],
    unknown: [{ title: "repoType computed at preview", props: { ...EE_REPO, repoType: UNKNOWN }, outcome: { kind: "unknown" } }],
    more: [
        { title: "repoType of the wrong type", props: { ...EE_REPO, repoType: true }, outcome: { kind: "violation", messageIncludes: ["found not set"] } },
        { title: "a public mirror, exempted", name: "public-sdk", props: { ...EE_REPO, repoType: "PUBLIC" }, config: { exemptions: [{ resource: "public-sdk", reason: "open-source SDK images, public by design" }] }, outcome: { kind: "not-applicable", reasonIncludes: "public by design" } },
        { title: "a private Personal Edition repository", type: T.CrRepo, props: CR_REPO, outcome: { kind: "pass" } },
        { title: "a public Personal Edition repository", type: T.CrRepo, props: { ...CR_REPO, repoType: "PUBLIC" }, outcome: { kind: "violation", messageIncludes: ["cr.Repo repoType: found \"PUBLIC\""] } },
        { title: "a private Personal Edition namespace", type: T.CrNamespace, props: CR_NAMESPACE, outcome: { kind: "pass" } },
        {
            title: "a namespace that auto-creates public repositories",
            type: T.CrNamespace,
            props: { ...CR_NAMESPACE, autoCreate: true, defaultVisibility: "PUBLIC" },
            outcome: { kind: "violation", messageIncludes: ["cr.Namespace defaultVisibility: found \"PUBLIC\" with autoCreate = true (every newly pushed repository is public)"] },
        },
        { title: "an EE namespace without defaultVisibility: private by default", type: T.RegistryEnterpriseNamespace, props: { ...EE_NAMESPACE, defaultVisibility: undefined }, outcome: { kind: "pass" } },
        { title: "an EE namespace defaulting to public", type: T.RegistryEnterpriseNamespace, props: { ...EE_NAMESPACE, defaultVisibility: "PUBLIC" }, outcome: { kind: "violation", messageIncludes: ["cs.RegistryEnterpriseNamespace defaultVisibility: found \"PUBLIC\", expected"] } },
        { title: "an EE namespace visibility computed at preview", type: T.RegistryEnterpriseNamespace, props: { ...EE_NAMESPACE, defaultVisibility: UNKNOWN }, outcome: { kind: "unknown" } },
    ],
};
