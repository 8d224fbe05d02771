// What a message may quote: model/props.ts `quote` and `show`.
import { listed, quotable, quote, show } from "../model/props";
import { formatFinding, MESSAGE_MAX } from "../model/policy";

describe("values in messages", () => {
    it("quotes names, versions, image references and enum values", () => {
        for (const s of ["containerd", "ack.pro.small", "1.33.1-aliyun.1", "registry.cn-hangzhou.aliyuncs.com/team/web:1.0", "Edge", "vsw-a", "^4.11", "asap,later", "", "./charts/web", "/var/run/docker.sock", "22/22", "-1/-1"]) {
            expect(quote(s)).toBe(JSON.stringify(s));
        }
    });

    it("never quotes free text, odd characters or long values: it gives their length only", () => {
        for (const s of ["p@ss word", "Zq12ab!#Xv", "a\u0000b", " edge ", "名前", "-1/-1x", "-secret", "x".repeat(129), `${"x".repeat(10_000_000)}`]) {
            expect(quotable(s)).toBe(false);
            expect(quote(s)).toBe(`a value of ${s.length} characters (not shown)`);
        }
    });

    it("shows lists through the same rule, cut after 10 elements", () => {
        expect(show(["a", "b c"])).toBe('["a", a value of 3 characters (not shown)]');
        expect(show(Array.from({ length: 12 }, () => 1))).toBe("[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, and 2 more]");
        expect(show(null)).toBe("not set");
        expect(show({ a: 1 })).toBe("an object");
    });

    it("lists at most 10 items, then how many more; a message stays bounded whatever it quotes", () => {
        expect(listed(["a", "b"])).toBe("a, b");
        expect(listed(Array.from({ length: 5000 }, (_, i) => `e${i}`), "; ")).toBe("e0; e1; e2; e3; e4; e5; e6; e7; e8; e9; … and 4990 more");
        const m = formatFinding("alicloud:cs/kubernetesPermission:KubernetesPermission", { path: "permissions", found: "x".repeat(500_000), expected: "y", fix: "z" });
        expect(m.length).toBeLessThanOrEqual(MESSAGE_MAX + 40);
        expect(m).toContain("… [498500 more characters]");
    });
});
