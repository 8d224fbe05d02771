import { ACK_MINOR_SUPPORT, asOfDate, minorStatus, oldestSupportedMinor, parseIsoDate } from "../model/kubernetesVersions";

describe("the date verdicts are taken on", () => {
    test("ACKGUARD_AS_OF when set", () => {
        expect(asOfDate({ ACKGUARD_AS_OF: "2027-03-01" })).toBe("2027-03-01");
    });
    test("today in UTC when unset or empty", () => {
        const now = () => new Date("2026-12-03T23:30:00-05:00");
        expect(asOfDate({}, now)).toBe("2026-12-04");
        expect(asOfDate({ ACKGUARD_AS_OF: "" }, now)).toBe("2026-12-04");
    });
    test("a malformed or impossible date is refused with a one-line message", () => {
        expect(() => asOfDate({ ACKGUARD_AS_OF: "2027-02-30" })).toThrow(/^ACKGUARD_AS_OF must be a date as YYYY-MM-DD, got "2027-02-30"$/);
        expect(() => asOfDate({ ACKGUARD_AS_OF: "tomorrow" })).toThrow(/ACKGUARD_AS_OF/);
        expect(parseIsoDate("2028-02-29")).toBe("2028-02-29");
    });
});

describe("ACK's version table", () => {
    test("is newest first, with ISO dates", () => {
        for (const m of ACK_MINOR_SUPPORT) expect(parseIsoDate(m.endOfSupport)).toBe(m.endOfSupport);
        expect(ACK_MINOR_SUPPORT[0].minor).toBe("1.36");
    });
    test("the floor moves on the day support ends", () => {
        expect(oldestSupportedMinor("2026-12-03")).toBe("1.35");
        expect(oldestSupportedMinor("2027-02-28")).toBe("1.35");
        expect(oldestSupportedMinor("2027-03-01")).toBe("1.36");
        expect(oldestSupportedMinor("2027-05-31")).toBeUndefined();
        // 1.30's support was extended past 1.31's and 1.32's.
        expect(minorStatus([1, 30, 1], "2026-06-01")).toEqual({ supported: true, endOfSupport: "2026-06-30" });
        expect(minorStatus([1, 32, 1], "2026-06-01")).toEqual({ supported: false, endOfSupport: "2026-01-31", oldestSupported: "1.30" });
    });
});
