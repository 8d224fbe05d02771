// The workloads policies, in report order. policies/index.ts includes this list.
import { AckPolicy } from "../../model/policy";

export const workloadsPolicies: AckPolicy[] = [];
