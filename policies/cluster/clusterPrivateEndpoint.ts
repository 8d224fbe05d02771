import { resourcePolicy } from "../../model/policy";
import { asArray, asBool, asObject, asString, show } from "../../model/props";
import { PropsOf, propsAs, T } from "../../model/resources";
import { clusterKind } from "./common";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";

/** One `controlPlaneEndpointsConfig.loadBalancersConfigs` entry, as the SDK types it (values still unchecked). */
type LoadBalancerConfig = NonNullable<NonNullable<PropsOf[typeof T.ManagedKubernetes]["controlPlaneEndpointsConfig"]>["loadBalancersConfigs"]>[number];

const FIX_MANAGED = "set `slbInternetEnabled: false` and reach the API server through the VPC (or a bastion / VPN); keep `controlPlaneEndpointsConfig.loadBalancersConfigs[].endpointType` \"private\".";

// A public API server endpoint exposes the cluster's front door to the internet; the seed makes
// the cluster's network configuration the customer's on every cluster type. Every cluster resource
// has a setting for it, but the defaults differ: slbInternetEnabled defaults to true, Serverless's
// endpointPublicAccessEnabled to false.
export const clusterPrivateEndpoint = resourcePolicy({
    name: "ack-cluster-private-endpoint",
    displayName: "Cluster API servers have no public endpoint",
    description: "ACK clusters must not expose the Kubernetes API server on a public (internet) endpoint.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "Exposing the API server is a cluster network configuration choice, the customer's on every cluster type; the provider default of slbInternetEnabled is public, so only an explicit setting is safe.",
    remediation: { does: false, why: "fails (c) no broken connectivity or workloads: turning off the public endpoint cuts every client that reaches the API server over the internet." },
    url: "https://alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/control-public-access-to-the-api-server-of-a-cluster",
    remediationSteps: "On cs.ManagedKubernetes, cs.EdgeKubernetes and cs.Kubernetes set `slbInternetEnabled: false` (and no `controlPlaneEndpointsConfig.loadBalancersConfigs` entry with `endpointType: \"public\"`); on cs.ServerlessKubernetes leave `endpointPublicAccessEnabled` unset or false.",
    responsibility: "cluster-network-configuration",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.ManagedKubernetes, T.ServerlessKubernetes, T.EdgeKubernetes, T.Kubernetes],
    check: (props, ctx) => {
        if (clusterKind(ctx.type) === "serverless") {
            const p = props as PropsOf[typeof T.ServerlessKubernetes];
            const enabled = p.endpointPublicAccessEnabled;
            // Provider default false: omitted is private.
            if (enabled !== undefined && enabled !== null && asBool(enabled) !== false) {
                ctx.report({
                    path: "endpointPublicAccessEnabled",
                    found: show(enabled),
                    expected: "false or not set (provider default: false)",
                    why: "ACK binds an EIP to the API server, reachable from the internet.",
                    fix: "remove `endpointPublicAccessEnabled` or set it to false (it is ForceNew: on an existing cluster, unbind the EIP in the console instead of replacing the cluster).",
                });
            }
            return;
        }
        const p = props as PropsOf[typeof T.ManagedKubernetes] | PropsOf[typeof T.EdgeKubernetes] | PropsOf[typeof T.Kubernetes];
        const slb = p.slbInternetEnabled;
        if (slb === undefined || slb === null || asBool(slb) !== false) {
            ctx.report({
                path: "slbInternetEnabled",
                found: slb === undefined || slb === null ? "not set (provider default: true)" : show(slb),
                expected: "false",
                why: "The API server gets an internet-facing endpoint.",
                fix: FIX_MANAGED,
            });
            return;
        }
        const managed = propsAs({ type: ctx.type, props }, T.ManagedKubernetes);
        if (managed !== undefined) {
            const lbs = asArray(managed.controlPlaneEndpointsConfig?.loadBalancersConfigs);
            for (let i = 0; i < lbs.length; i++) {
                const lb = asObject(lbs[i]) === undefined ? undefined : (lbs[i] as LoadBalancerConfig);
                const endpointType = asString(lb?.endpointType);
                if (endpointType !== undefined && endpointType.toLowerCase() === "public") {
                    ctx.report({
                        path: `controlPlaneEndpointsConfig.loadBalancersConfigs[${i}].endpointType`,
                        found: show(endpointType),
                        expected: "\"private\"",
                        why: "This load balancer publishes the API server on the internet.",
                        fix: `set \`endpointType: "private"\` on loadBalancersConfigs[${i}] or remove that entry.`,
                    });
                    return;
                }
            }
        }
    },
});
