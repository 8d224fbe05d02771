// Container Registry fixtures: hardened Enterprise Edition resources the examples mutate.
export const EE_INSTANCE = {
    instanceName: "acme",
    instanceType: "Standard",
    paymentType: "Subscription",
    period: 12,
    renewalStatus: "AutoRenewal",
    renewPeriod: 12,
    imageScanner: "ACR",
    password: "Registry-Login-Pa55",
};

export const EE_NAMESPACE = { instanceId: "cri-abc123", name: "shop", autoCreate: false, defaultVisibility: "PRIVATE" };

export const EE_REPO = { instanceId: "cri-abc123", namespace: "shop", name: "web", summary: "shop web front end", repoType: "PRIVATE", tagImmutability: true };

export const CR_NAMESPACE = { name: "acme", autoCreate: false, defaultVisibility: "PRIVATE" };

export const CR_REPO = { namespace: "acme", name: "web", summary: "web", repoType: "PRIVATE" };
