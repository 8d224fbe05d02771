// What a message may quote: model/props.ts `quote` and `show`.
import { quotable, quote, show } from "../model/props";

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
});
