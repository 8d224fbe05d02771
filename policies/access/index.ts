// The access policies, in report order. policies/index.ts includes this list.
import { AckPolicy } from "../../model/policy";

export const accessPolicies: AckPolicy[] = [];
