// No output format prints a secret. Policies quote only name-shaped values, so a secret shaped like a
// name, version or image could still reach a message; every command redacts what its input sent as
// secret, in every format, including not-applicable reasons and exit-2 documents.
import * as fs from "fs";
import { policies } from "../policies";
import { runCli, writeProgram } from "./processes";

/**
 * The output without the pack's own fixed texts (descriptions, names, fix steps), which may contain a word
 * that is also a secret here ("PUBLIC"): only what came from the program's values is searched.
 */
function withoutFixedTexts(out: string): string {
    const fixed = policies.flatMap((p) => [p.description, p.displayName, p.remediationSteps, p.url, p.name, ...(p.tags ?? [])]).filter((t) => t.length > 0);
    let s = out;
    for (const t of fixed.sort((a, b) => b.length - a.length)) {
        for (const form of [t, JSON.stringify(t).slice(1, -1)]) s = s.split(form).join("");
    }
    return s;
}

const SECRETS = {
    clusterSpec: "ack.standard",
    version: "1.26.15-aliyun.1",
    imageId: "m-bp17731secretimage",
    runtimeName: "docker",
    image: "registry.example.com/secretteam/app7731:latest",
    repoType: "PUBLIC",
    instanceType: "ecs.secret7731.xlarge",
    namespaceName: "secretns7731",
};

const PROGRAM = `import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import * as k8s from "@pulumi/kubernetes";
const s = ${JSON.stringify(SECRETS)};
const cluster = new alicloud.cs.ManagedKubernetes("ack", {
    clusterSpec: pulumi.secret(s.clusterSpec),
    version: pulumi.secret(s.version),
    vswitchIds: ["vsw-1"],
});
new alicloud.cs.NodePool("workers", {
    clusterId: cluster.id,
    vswitchIds: ["vsw-1"],
    instanceTypes: [pulumi.secret(s.instanceType)],
    imageId: pulumi.secret(s.imageId),
    imageType: "Custom",
    runtimeName: pulumi.secret(s.runtimeName),
});
new alicloud.cr.Repo("repo", { namespace: pulumi.secret(s.namespaceName), name: "app", repoType: pulumi.secret(s.repoType), summary: "app" });
new k8s.apps.v1.Deployment("app", {
    spec: {
        selector: { matchLabels: { app: "a" } },
        template: { metadata: { labels: { app: "a" } }, spec: { containers: [{ name: "a", image: pulumi.secret(s.image) }] } },
    },
});
`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const SLOW = 300000;

describe("ackguard preview never prints what the program sent as secret", () => {
    const formats = ["text", "json", "sarif", "markdown", "gitlab", "junit"];
    test.each(formats)("--format %s", async (format) => {
        const dir = writeProgram({ "index.ts": PROGRAM });
        dirs.push(dir);
        const config = `${dir}/policy.json`;
        // An exemption whose reason quotes nothing secret, so not-applicable reasons are in the output too.
        fs.writeFileSync(config, JSON.stringify({ "ack-cluster-deletion-protection": { exemptions: [{ resource: "ack", reason: "sandbox cluster, ticket OPS-1" }] } }));
        const r = await runCli(["preview", dir, "--format", format, "--policy-pack-config", config]);
        expect([format, r.code]).toEqual([format, 1]);
        expect(r.stdout.length).toBeGreaterThan(200);
        // SARIF's rules are the pack's metadata (ids, names, tags such as "public-endpoint"): the results are what a run printed.
        const printed = format === "sarif" ? JSON.stringify({ ...JSON.parse(r.stdout), runs: JSON.parse(r.stdout).runs.map((x: object) => ({ ...x, tool: undefined })) }) : r.stdout;
        const out = withoutFixedTexts(printed + r.stderr).toLowerCase();
        for (const [field, value] of Object.entries(SECRETS)) {
            expect([format, field, out.includes(value.toLowerCase())]).toEqual([format, field, false]);
        }
    }, SLOW);
});

describe("redaction covers every text a report carries, not only messages", () => {
    test("not-applicable reasons, gate findings and clearances, notes and not-expanded entries", () => {
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        const { redactReport } = require("../cli/report/redact");
        const secret = "ack-prod-7731";
        const d = { policyName: "p", policyPackName: "ackguard", policyPackVersion: "1", description: "", message: `found ${secret}`, enforcementLevel: "mandatory", severity: "high", urn: "u" };
        const report = {
            program: "plan.json", stack: "dev", pack: { name: "ackguard", version: "1" },
            resources: [{ urn: "u", type: "t", name: "n", diagnostics: [d], notApplicable: [{ policyName: "p", reason: `passes: cluster ${secret} is listed` }] }],
            stackDiagnostics: [d], stackNotApplicable: [{ policyName: "q", reason: `exempted by configuration: ${secret}` }],
            notExpanded: [{ type: "kubernetes:yaml/v2:ConfigGroup", name: secret, reason: `a manifest URL ${secret}` }],
            notes: [`stack ${secret}`],
            totals: { resources: 1, mandatory: 2, advisory: 0 },
            input: { file: "plan.json", kind: "terraform" },
            deletions: [{ ...d, op: "delete", name: "n" }], cleared: [{ policyName: "g", urn: "u", op: "delete", reason: `attested for ${secret}` }],
            unjudged: [{ address: "a", type: "t", reason: `about ${secret}` }], policies: [],
        };
        const out = JSON.stringify(redactReport(report, new Set([secret])));
        expect(out).not.toContain(secret);
        expect(out.match(/\[secret\]/g)!.length).toBeGreaterThanOrEqual(10);
    });
});
