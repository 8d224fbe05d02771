// What the Service policies share: the Alibaba Cloud load-balancer annotation and Service types.
import type * as k8s from "@pulumi/kubernetes";
import type { Unwrap } from "@pulumi/pulumi";

export const LB_ANNOTATIONS_URL = "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/add-annotations-to-the-yaml-file-of-a-service-to-configure-clb-instances";
/** The cloud controller manager's annotation: "internet" (the default) or "intranet". */
export const ADDRESS_TYPE = "service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type";

export type ServiceProps = Unwrap<k8s.core.v1.ServiceArgs> | Unwrap<k8s.core.v1.ServicePatchArgs>;
