import { resourcePolicy } from "../../model/policy";
import { asArray, asObject, asString, show } from "../../model/props";
import { PropsOf, T } from "../../model/resources";
import { ALL_CLUSTER_TYPES } from "../../model/clusterSets";
import { ACR_ACCESS_URL } from "./common";

type Entry = NonNullable<PropsOf[typeof T.CrInternetEndpoint]["entries"]>[number];

/** A CIDR that is the whole address space (prefix length 0). */
function isAnywhere(cidr: string | undefined): boolean {
    return cidr !== undefined && /\/0+$/.test(cidr);
}

// Where an internet endpoint exists, its access list is the only thing between the registry and
// the internet. The provider documents that an internet endpoint without user entries is open to
// the internet, and 0.0.0.0/0 says so explicitly.
export const registryEndpointAcl = resourcePolicy<typeof T.CrInternetEndpoint | typeof T.CrEndpointAclPolicy>({
    name: "ack-registry-endpoint-acl",
    displayName: "Registry internet endpoints admit only listed addresses",
    description: "The access list of a Container Registry Enterprise Edition internet endpoint (cr.InternetEndpoint `entries`, cr.EndpointAclPolicy `entry`) must not admit 0.0.0.0/0, and a cr.InternetEndpoint must list at least one entry.",
    severity: "high",
    enforcementLevel: "mandatory",
    levelRationale: "An internet endpoint open to every address leaves the image supply chain, the customer's on every cluster type, one leaked credential away from tampering; there is no reason to admit the whole internet.",
    remediation: { does: false, why: "the allowed CIDRs are known only to the user." },
    url: ACR_ACCESS_URL,
    remediationSteps: "List only the CIDR blocks of the systems that must reach the registry (`entries` on cr.InternetEndpoint, one cr.EndpointAclPolicy per block), never 0.0.0.0/0.",
    responsibility: "workloads",
    clusterTypes: ALL_CLUSTER_TYPES,
    resourceTypes: [T.CrInternetEndpoint, T.CrEndpointAclPolicy],
    check: (raw, ctx) => {
        if (ctx.type === T.CrEndpointAclPolicy) {
            const props = raw as PropsOf[typeof T.CrEndpointAclPolicy];
            const entry = asString(props.entry);
            if (!isAnywhere(entry)) return;
            ctx.report({
                path: "entry",
                found: show(entry),
                expected: "a CIDR block of the systems that must reach the registry",
                why: "This entry admits every address on the internet to the instance's internet endpoint.",
                fix: "replace the entry with the CIDR blocks of your build systems or offices.",
            });
            return;
        }
        const props = raw as PropsOf[typeof T.CrInternetEndpoint];
        const list = asArray(props.entries);
        const cidrs: string[] = [];
        for (let i = 0; i < list.length; i++) {
            if (asObject(list[i]) === undefined) continue;
            const cidr = asString((list[i] as Entry)?.entry);
            if (cidr !== undefined) cidrs.push(cidr);
        }
        const open = cidrs.find(isAnywhere);
        if (open === undefined && cidrs.length > 0) return;
        ctx.report({
            path: "entries",
            found: open !== undefined ? `an entry ${show(open)}` : props.entries === undefined || props.entries === null ? "not set" : "no entry with a CIDR block",
            expected: "entries listing only the CIDR blocks that must reach the registry",
            why: open !== undefined ? "The entry admits every address on the internet." : "The provider documents that an internet endpoint without user entries is exposed to the internet.",
            fix: "list the CIDR blocks of your build systems or offices in `entries`.",
        });
    },
});
