// Bad inputs, signals and secrets (issue 22, "Reliability"): each test reproduces one report and
// failed before its fix.
import * as fs from "fs";
import { captureProgram } from "../cli/commands/preview";
import type { Captured } from "../cli/frontends/program/capture";
import { isSecret } from "../model/wire";
import { CliRun, runCli, writeProgram } from "./processes";

const tmp: string[] = [];
afterAll(() => {
    tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

/** A program directory (see writeProgram), removed after the file's tests. */
function program(files: Record<string, string>): string {
    const dir = writeProgram(files);
    tmp.push(dir);
    return dir;
}

/** The registrations of a program, as the preview sends them to the pack. */
async function captured(dir: string): Promise<Captured[]> {
    const r = await captureProgram(dir, { stack: "dev", project: "prog", organization: "organization", config: {}, secretKeys: [], typeCheck: false });
    return r.resources;
}

/** Exit 2 with one line on stderr, no stack trace. */
function exit2(r: CliRun): void {
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^ackguard: /);
    expect(r.stderr).not.toMatch(/\n\s+at |TypeError|\(no message\)|Maximum call stack|heap out of memory/);
}

const SLOW = 300000;

/** A 420-byte ConfigMap whose aliases expand to 9^9 strings (a "billion laughs"). */
function aliasBomb(): string {
    const lines = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: bomb", "data:", `  a: &a [${Array(9).fill('"lol"').join(",")}]`];
    const names = "abcdefghi";
    for (let i = 1; i < names.length; i++) lines.push(`  ${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(",")}]`);
    return lines.join("\n") + "\n";
}

describe("YAML component expansion", () => {
    const deployment = (image: string) =>
        `apiVersion: apps/v1\\nkind: Deployment\\nmetadata:\\n  name: api\\nspec:\\n  template:\\n    spec:\\n      containers:\\n      - name: c\\n        image: ${image}\\n`;

    test("a secret `yaml` text, secret `objs` fields and a secret manifest URL stay secret", async () => {
        const dir = program({
            "index.ts": [
                `import * as pulumi from "@pulumi/pulumi";`,
                `import * as k8s from "@pulumi/kubernetes";`,
                `new k8s.yaml.v2.ConfigGroup("g", { yaml: pulumi.secret("${deployment("registry.example/yamlsecret:1.0")}") });`,
                `new k8s.yaml.v2.ConfigGroup("o", { objs: [{ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "b" }, spec: { template: { spec: { containers: [{ name: "c", image: pulumi.secret("registry.example/objsecret:2.0") }] } } } }] });`,
                `new k8s.yaml.v2.ConfigGroup("u", { files: [pulumi.secret("https://raw.example/x.yaml?token=tok-sekret-123")] as any });`,
            ].join("\n"),
        });
        const rs = await captured(dir);
        const g = rs.find((r) => r.name === "g-api")!;
        expect(g.type).toBe("kubernetes:apps/v1:Deployment");
        // Every property of an object parsed from a secret text is secret (the type token is public anyway).
        expect(Object.keys(g.props).filter((k) => !isSecret(g.props[k])).sort()).toEqual(["apiVersion", "kind"]);
        const o = rs.find((r) => r.name === "o-b")!;
        const container = (o.props as any).spec.template.spec.containers[0];
        expect(container.name).toBe("c");
        expect(isSecret(container.image)).toBe(true);
        expect(container.image.value).toBe("registry.example/objsecret:2.0");

        const r = await runCli(["preview", dir]);
        expect(r.stdout).toContain("manifest at a secret URL is fetched over the network by the provider");
        expect(r.stdout + r.stderr).not.toContain("tok-sekret-123");
    }, SLOW);

    test("an alias bomb is refused as the provider's YAML parser refuses it: exit 2, one line, in seconds", async () => {
        const dir = program({
            "index.ts": `import * as k8s from "@pulumi/kubernetes";\nnew k8s.yaml.v2.ConfigFile("b", { file: "bomb.yaml" });\n`,
            "bomb.yaml": aliasBomb(),
        });
        const v1 = program({
            "index.ts": `import * as k8s from "@pulumi/kubernetes";\nnew k8s.yaml.ConfigFile("b", { file: "bomb.yaml" });\n`,
            "bomb.yaml": aliasBomb(),
        });
        const started = Date.now();
        for (const d of [dir, v1]) {
            const r = await runCli(["preview", d]);
            exit2(r);
            expect(r.stderr).toContain("yaml: document contains excessive aliasing");
        }
        expect(Date.now() - started).toBeLessThan(60000);
    }, SLOW);

    test("a few aliases, as real manifests use them, are expanded", async () => {
        const dir = program({
            "index.ts": `import * as k8s from "@pulumi/kubernetes";\nnew k8s.yaml.v2.ConfigFile("f", { file: "m.yaml" });\n`,
            "m.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: &n shared\n  labels: &l { app: *n, tier: web }\ndata:\n  a: *n\n  b: *n\n",
        });
        const rs = await captured(dir);
        expect((rs.find((r) => r.name === "f-shared")!.props as any).data).toEqual({ a: "shared", b: "shared" });
    }, SLOW);

    test("two objects with one name are refused as the engine refuses a duplicate URN", async () => {
        const cm = "apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: a\\n";
        const dir = program({ "index.ts": `import * as k8s from "@pulumi/kubernetes";\nnew k8s.yaml.v2.ConfigGroup("g", { yaml: "${cm}---\\n${cm}" });\n` });
        const r = await runCli(["preview", dir]);
        exit2(r);
        expect(r.stderr).toContain("Duplicate resource URN 'urn:pulumi:dev::prog::pulumi:pulumi:Stack$kubernetes:yaml/v2:ConfigGroup$kubernetes:core/v1:ConfigMap::g-a'; try giving it a unique name");
    }, SLOW);

    test("a List with a null item, and malformed YAML read by the v1 SDK, give the cause", async () => {
        const list = program({ "index.ts": `import * as k8s from "@pulumi/kubernetes";\nnew k8s.yaml.v2.ConfigGroup("g", { yaml: "apiVersion: v1\\nkind: List\\nitems:\\n- null\\n" });\n` });
        const r = await runCli(["preview", list]);
        exit2(r);
        expect(r.stderr).toContain(`kubernetes:yaml/v2:ConfigGroup "g": v1/List items[0] is not an object (null)`);
        const bad = program({ "index.ts": `import * as k8s from "@pulumi/kubernetes";\nnew k8s.yaml.ConfigGroup("bad", { yaml: "apiVersion: v1\\nkind: [unclosed\\n" });\n` });
        const b = await runCli(["preview", bad]);
        exit2(b);
        expect(b.stderr).toContain("unexpected end of the stream within a flow collection (3:1)");
    }, SLOW);
});
