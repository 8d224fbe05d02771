import { PolicyExamples, UNKNOWN } from "../../model/examples";
import { T } from "../../model/resources";
import { EE_INSTANCE } from "./registry.fixtures";

export const examples: PolicyExamples = {
    policy: "ack-registry-image-scanning",
    resourceType: T.CrEnterpriseInstance,
    compliant: [
        { title: "the Trivy-based ACR scanner", props: EE_INSTANCE, outcome: { kind: "pass" } },
        { title: "the Security Center engine", props: { ...EE_INSTANCE, imageScanner: "SAS" }, outcome: { kind: "pass" } },
    ],
    violating: [
        {
            title: "scanning disabled",
            props: { ...EE_INSTANCE, imageScanner: "DISABLE" },
            outcome: { kind: "violation", messageIncludes: ["imageScanner: found \"DISABLE\", expected \"ACR\" or \"SAS\""], messageExcludes: [EE_INSTANCE.password] },
        },
    ],
    omitted: [{ title: "imageScanner not set", props: { ...EE_INSTANCE, imageScanner: undefined }, outcome: { kind: "violation", messageIncludes: ["found not set"], messageExcludes: [EE_INSTANCE.password] } }],
    unknown: [{ title: "imageScanner computed at preview", props: { ...EE_INSTANCE, imageScanner: UNKNOWN }, outcome: { kind: "unknown" } }],
    more: [{ title: "imageScanner of the wrong type", props: { ...EE_INSTANCE, imageScanner: ["ACR"] }, outcome: { kind: "violation", messageIncludes: ["found not set"] } }],
};
