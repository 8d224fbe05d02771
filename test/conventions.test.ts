// The rules every policy follows, checked over the whole pack.
import * as fs from "fs";
import { PolicyExamples } from "../model/examples";
import { AckPolicy } from "../model/policy";
import { customerOwns, CLUSTER_TYPES, LAYERS } from "../model/responsibility";
import { policies } from "../policies";
import { peerCoverage, README_BEGIN, README_END, renderAll, staleDocs, UNCOVERED, withReadmeBlock } from "../scripts/docs";
import { PEER_RULES } from "../policies/peers";
import { allExamples, examplesFileOf, policyFiles } from "./examples";

function isPolicy(v: unknown): v is AckPolicy {
    return typeof v === "object" && v !== null && "responsibility" in v && ("validateResource" in v || "validateStack" in v);
}

describe("policy conventions", () => {
    test("names are unique, stable kebab-case ids starting with ack-", () => {
        const names = policies.map((p) => p.name);
        expect(new Set(names).size).toBe(names.length);
        for (const n of names) {
            expect(n).toMatch(/^ack-[a-z0-9]+(-[a-z0-9]+)+$/);
        }
    });

    test.each(policies.map((p) => [p.name, p] as const))("%s carries its metadata", (_n, p) => {
        expect(p.displayName.length).toBeGreaterThan(5);
        expect(p.description.length).toBeGreaterThan(20);
        expect(["low", "medium", "high", "critical"]).toContain(p.severity);
        expect(["advisory", "mandatory"]).toContain(p.enforcementLevel);
        expect(p.levelRationale.length).toBeGreaterThan(20);
        expect(p.url).toMatch(/^https?:\/\/(www\.)?(alibabacloud\.com|help\.aliyun\.com)\//);
        expect(p.remediationSteps.length).toBeGreaterThan(20);
        expect(LAYERS).toContain(p.responsibility);
        expect(p.clusterTypes.length).toBeGreaterThan(0);
        expect(p.resourceTypes.length).toBeGreaterThan(0);
        for (const [k, schema] of Object.entries(p.config ?? {})) {
            expect([k, schema.default]).not.toEqual([k, undefined]);
        }
    });

    test.each(policies.map((p) => [p.name, p] as const))("%s guards a cell the customer owns", (_n, p) => {
        for (const ct of p.clusterTypes) {
            expect([ct, customerOwns(p.responsibility, ct, p.ownerContext ?? {})]).toEqual([ct, true]);
        }
    });

    const exportsOf = (file: string) => Object.values(require(file)).filter(isPolicy);
    const withPolicy = () => policyFiles().filter((f) => exportsOf(f).length > 0);

    test("one policy per file, every policy file is registered, every registered policy has its file", () => {
        const registered = new Set(policies);
        const seen = new Set<AckPolicy>();
        for (const file of withPolicy()) {
            const exported = exportsOf(file);
            expect([file, exported.length]).toEqual([file, 1]);
            expect([file, registered.has(exported[0])]).toEqual([file, true]);
            seen.add(exported[0]);
        }
        expect(policies.filter((p) => !seen.has(p)).map((p) => p.name)).toEqual([]);
    });

    test("every policy has examples beside it: compliant, violating, omitted and unknown", () => {
        for (const file of withPolicy()) {
            const policy = exportsOf(file)[0];
            expect([file, fs.existsSync(examplesFileOf(file))]).toEqual([file, true]);
            const ex: PolicyExamples = require(examplesFileOf(file)).examples;
            expect(ex.policy).toBe(policy.name);
            for (const group of ["compliant", "violating", "omitted", "unknown"] as const) {
                expect([policy.name, group, ex[group].length > 0]).toEqual([policy.name, group, true]);
            }
        }
    });

    test("no policy text, doc or example program recommends a node pool field ACK removed on 2026-01-31", () => {
        const { retiredFieldAdvice } = require("../model/retiredFields");
        const root = require("path").join(__dirname, "..", "..");
        const texts: [string, string][] = policies.flatMap((p) => [
            [`${p.name} description`, p.description],
            [`${p.name} remediationSteps`, p.remediationSteps],
            [`${p.name} levelRationale`, p.levelRationale],
            ...Object.entries(p.config ?? {}).map(([k, c]) => [`${p.name} config ${k}`, String(c.description ?? "")] as [string, string]),
        ]);
        const files = ["README.md", ...fs.readdirSync(`${root}/docs`).map((f: string) => `docs/${f}`),
            // Violating example programs may show retired fields on purpose; the compliant ones never use them.
            ...fs.readdirSync(`${root}/examples`).filter((d: string) => !d.endsWith("-violating") && fs.existsSync(`${root}/examples/${d}/index.ts`)).map((d: string) => `examples/${d}/index.ts`)];
        for (const f of files) texts.push([f, fs.readFileSync(`${root}/${f}`, "utf8")]);
        expect(texts.map(([where, t]) => [where, retiredFieldAdvice(t)]).filter(([, hits]) => hits.length > 0)).toEqual([]);
    });

    test("docs/ and the README's generated block are generated from the code and up to date (npm run docs)", () => {
        expect(staleDocs(renderAll(policies, allExamples), policies)).toEqual([]);
    });

    test("every customer cell of the responsibility table has a policy or a written reason", () => {
        for (const layer of LAYERS) {
            for (const ct of CLUSTER_TYPES) {
                if (!customerOwns(layer, ct)) continue;
                const covered = policies.some((p) => p.responsibility === layer && p.clusterTypes.includes(ct));
                expect([layer, ct, covered || UNCOVERED[`${layer}/${ct}`] !== undefined]).toEqual([layer, ct, true]);
            }
        }
    });
});

describe("the peer table (policies/peers.ts, docs/peers.md)", () => {
    test("every rule names registered policies or gives a reason, never both", () => {
        const names = new Set(policies.map((p) => p.name));
        for (const r of PEER_RULES) {
            const by = r.by ?? [];
            expect([r.p, r.id, by.length > 0 !== (r.why !== undefined)]).toEqual([r.p, r.id, true]);
            for (const n of by) expect([r.id, n, names.has(n)]).toEqual([r.id, n, true]);
        }
    });

    test("ACKGuard implements at least 90 % of the rules checkable before provisioning on the customer side of ACK", () => {
        expect(peerCoverage(PEER_RULES).percent).toBeGreaterThanOrEqual(90);
    });

    test("a policy carries the ids of the peer rules it implements in controls, SDK tags and the CIS framework", () => {
        const p = policies.find((x) => x.name === "ack-cluster-private-endpoint")!;
        expect(p.controls?.prowler).toContain("cs_kubernetes_private_cluster_enabled");
        expect(p.controls?.cis).toContain("7.9");
        expect(p.tags).toContain("infraguard:ack-cluster-public-endpoint-check");
        expect(p.framework).toMatchObject({ name: "CIS Alibaba Cloud Foundations Benchmark", version: "2.0.0" });
        expect(p.framework?.reference).toContain("7.9");
        const pw = policies.find((x) => x.name === "ack-ram-password-policy")!;
        expect(pw.controls?.checkov).toEqual(expect.arrayContaining(["CKV_ALI_13", "CKV_ALI_23"]));
        expect(pw.framework?.reference).toBe("1.7, 1.8, 1.9, 1.10, 1.11, 1.12, 1.13, 1.14");
    });
});

describe("start-up cost", () => {
    test("loading the policies never loads @pulumi/alicloud, @pulumi/kubernetes or the CLI's dependencies", () => {
        const { execFileSync } = require("child_process");
        const out: string = execFileSync(process.execPath, ["-e", `
            require(${JSON.stringify(require.resolve("../policies"))});
            console.log(JSON.stringify(Object.keys(require.cache)));`], { encoding: "utf8" });
        const loaded: string[] = JSON.parse(out);
        const heavy = loaded.filter((f) => /node_modules[\\/](@pulumi[\\/](alicloud|kubernetes|pulumi)|ajv|js-yaml|typescript|ts-node)[\\/]/.test(f));
        expect(heavy).toEqual([]);
    });
});

describe("the README", () => {
    test("carries a generated block (counts, advisory policies and why) between its markers", () => {
        // Read from the README file itself, not from the renderer: a stale or hand-edited block fails here.
        const readme = fs.readFileSync(require("path").join(__dirname, "..", "..", "README.md"), "utf8");
        expect(withReadmeBlock(readme, "x")).toBeDefined();
        const block = readme.slice(readme.indexOf(README_BEGIN), readme.indexOf(README_END));
        const listed = [...block.matchAll(/^\| `(ack-[a-z0-9-]+)` \|/gm)].map((m) => m[1]).sort();
        expect(listed).toEqual(policies.filter((p) => p.enforcementLevel === "advisory").map((p) => p.name).sort());
        expect(block).toContain(`${policies.length} policies: ${policies.filter((p) => p.enforcementLevel === "mandatory").length} mandatory`);
    });
});
