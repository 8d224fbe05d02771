// What the access-key policies share: which RAM user an ram.AccessKey belongs to (through
// `userName`'s property dependency, else by its literal name), and whether it is active.
import type { PolicyResource } from "@pulumi/policy";
import { dependenciesOf } from "../../model/graph";
import { asString, quote } from "../../model/props";
import { propsAs, T } from "../../model/resources";

export const AK_URL = "https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair";

/** A key is active unless `status` says Inactive (provider default: Active). Reads `status`. */
export function isActiveKey(key: PolicyResource): boolean {
    return asString(propsAs(key, T.RamAccessKey)?.status)?.toLowerCase() !== "inactive";
}

/**
 * The identity a key belongs to, as a grouping key and a label: the ram.User its `userName` depends
 * on, else the ram.User of the stack with that literal name, else the literal name itself.
 * Undefined when the key names no user.
 */
export function ownerOfKey(key: PolicyResource, resources: PolicyResource[]): { id: string; label: string; user?: PolicyResource } | undefined {
    const user = dependenciesOf(key, "userName").find((d) => d.type === T.RamUser);
    if (user) return { id: user.urn, label: `ram.User ${user.name}`, user };
    if (dependenciesOf(key, "userName").length > 0) return undefined; // named through another resource: unknown owner
    const name = asString(propsAs(key, T.RamAccessKey)?.userName);
    if (name === undefined) return undefined;
    const named = resources.find((r) => r.type === T.RamUser && asString(propsAs(r, T.RamUser)?.name) === name);
    return named ? { id: named.urn, label: `ram.User ${named.name}`, user: named } : { id: `name:${name}`, label: `RAM user ${quote(name)}` };
}
