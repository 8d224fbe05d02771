// The workloads policies, in report order. policies/index.ts includes this list.
import { AckPolicy } from "../../model/policy";
import { workloadNoPrivileged } from "./workloadNoPrivileged";
import { workloadNoHostNamespaces } from "./workloadNoHostNamespaces";
import { workloadNoHostPath } from "./workloadNoHostPath";
import { workloadRunAsNonRoot } from "./workloadRunAsNonRoot";
import { workloadReadOnlyRootFs } from "./workloadReadOnlyRootFs";
import { workloadSeccomp } from "./workloadSeccomp";
import { workloadAllowedRegistries } from "./workloadAllowedRegistries";
import { workloadImagePinned } from "./workloadImagePinned";
import { workloadNoLiteralSecrets } from "./workloadNoLiteralSecrets";
import { workloadSaTokenAutomount } from "./workloadSaTokenAutomount";
import { workloadNoHostPort } from "./workloadNoHostPort";
import { configMapNoSecrets } from "./configMapNoSecrets";
import { serviceInternalLoadBalancer } from "./serviceInternalLoadBalancer";
import { serviceNoNodePort } from "./serviceNoNodePort";
import { helmChartPinned } from "./helmChartPinned";
import { registryPrivate } from "./registryPrivate";
import { registryTagImmutability } from "./registryTagImmutability";
import { registryImageScanning } from "./registryImageScanning";
import { registryNoPublicEndpoint } from "./registryNoPublicEndpoint";
import { registryEndpointAcl } from "./registryEndpointAcl";
import { clusterPolicyGovernance } from "./clusterPolicyGovernance";
import { clusterWorkloadInspection } from "./clusterWorkloadInspection";
import { clusterImageVerification } from "./clusterImageVerification";

export const workloadsPolicies: AckPolicy[] = [
    // Container runtime security: how pods are isolated from the node
    workloadNoPrivileged,
    workloadNoHostNamespaces,
    workloadNoHostPath,
    workloadRunAsNonRoot,
    workloadReadOnlyRootFs,
    workloadSeccomp,
    workloadNoHostPort,
    // Workloads: supply chain and sensitive data
    workloadAllowedRegistries,
    workloadImagePinned,
    workloadNoLiteralSecrets,
    workloadSaTokenAutomount,
    configMapNoSecrets,
    // Exposure of Services
    serviceInternalLoadBalancer,
    serviceNoNodePort,
    helmChartPinned,
    // Supply chain on Alibaba Cloud Container Registry
    registryPrivate,
    registryTagImmutability,
    registryImageScanning,
    registryNoPublicEndpoint,
    registryEndpointAcl,
    // In-cluster admission control (policy governance) and workload inspection
    clusterPolicyGovernance,
    clusterWorkloadInspection,
    clusterImageVerification,
];
