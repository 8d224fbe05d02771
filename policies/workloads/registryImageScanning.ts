import { resourcePolicy } from "../../model/policy";
import { asString, show } from "../../model/props";
import { T } from "../../model/resources";
import { ACR_SCAN_URL } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

const SCANNERS = ["ACR", "SAS"];

// Image scanning finds known CVEs in images before ACK runs them; only Enterprise Edition scans.
export const registryImageScanning = resourcePolicy({
    name: "ack-registry-image-scanning",
    displayName: "Enterprise registry scans images",
    description: "Container Registry Enterprise Edition instances must set imageScanner to ACR (Trivy) or SAS (Security Center).",
    severity: "medium",
    enforcementLevel: "mandatory",
    levelRationale: "The seed puts the workload supply chain on the customer on every cluster type; without a scanner, vulnerable images reach clusters unnoticed. The setting is fixed at creation, so it is enforced before the instance exists.",
    remediation: { does: false, why: "fails (a) single secure answer and (b) no forced replacement: ACR or Security Center is the team's choice, and the scanner is fixed at creation." },
    url: ACR_SCAN_URL,
    remediationSteps: "Set `imageScanner: \"ACR\"` (or `\"SAS\"`) on the cr.RegistryEnterpriseInstance when creating it.",
    responsibility: "workloads",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.CrEnterpriseInstance],
    check: (props, ctx) => {
        const v = asString(props.imageScanner);
        if (v !== undefined && SCANNERS.includes(v.toUpperCase())) return;
        ctx.report({
            path: "imageScanner",
            found: v === undefined ? "not set (the provider documents no default)" : show(v),
            expected: "\"ACR\" or \"SAS\"",
            why: "Images pushed to this instance would not be scanned for vulnerabilities; the field cannot be changed after creation.",
            fix: "set `imageScanner: \"ACR\"` (Trivy) or `\"SAS\"` (Security Center engine).",
        });
    },
});
