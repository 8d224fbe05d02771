// Never print a secret: every plaintext a front end knows it sent as secret (Pulumi secrets, Terraform
// sensitive values, encrypted state) is redacted from every text a report carries, whatever the
// output format. Policies already quote only name-shaped values; this catches a secret shaped like a
// name, version or image. Only texts are rewritten, never the report's structure.
import { isPlanReport, NotApplicable, Report } from "../engine/report";

const SHORT_SECRET = 4;

/**
 * A function that redacts every known secret plaintext from a message: also its JSON-escaped form,
 * any letter case (a lower-cased value), inside longer strings (an image with a digest appended) and a
 * quote cut short. Short secrets are redacted only as whole words, so that a secret "ack" or "true"
 * cannot rewrite ordinary words. The patterns are built once, for all the messages of a report.
 */
export function redactor(secrets: ReadonlySet<string>): (text: string) => string {
    const forms = new Set<string>();
    for (const s of secrets) {
        for (const f of [s, s.trim(), JSON.stringify(s).slice(1, -1)]) {
            if (f !== "") forms.add(f);
            if (f.length > 32) forms.add(f.slice(0, 32));
        }
    }
    const patterns = [...forms].sort((a, b) => b.length - a.length).map((f) => {
        const esc = f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        return f.length < SHORT_SECRET ? new RegExp(`(?<![A-Za-z0-9_])${esc}(?![A-Za-z0-9_])`, "gi") : new RegExp(esc, "gi");
    });
    return (text) => patterns.reduce((out, re) => out.replace(re, "[secret]"), text);
}

/** One message with every known secret plaintext redacted (see redactor). */
export function redactMessage(text: string, secrets: ReadonlySet<string>): string {
    return redactor(secrets)(text);
}

/** A copy of `r` with every known secret plaintext redacted from its messages, reasons and notes. */
export function redactReport<R extends Report>(r: R, secrets: ReadonlySet<string>): R {
    if (secrets.size === 0) return r;
    const text = redactor(secrets);
    const fix = <D extends { message: string }>(d: D): D => ({ ...d, message: text(d.message) });
    const na = (xs: NotApplicable[] | undefined) => xs?.map((n) => ({ ...n, reason: text(n.reason) }));
    const out: Report = {
        ...r,
        resources: r.resources.map((v) => ({ ...v, diagnostics: v.diagnostics.map(fix), ...(v.notApplicable ? { notApplicable: na(v.notApplicable) } : {}) })),
        stackDiagnostics: r.stackDiagnostics.map(fix),
        ...(r.stackNotApplicable ? { stackNotApplicable: na(r.stackNotApplicable) } : {}),
        ...(r.notExpanded ? { notExpanded: r.notExpanded.map((n) => ({ ...n, name: text(n.name), reason: text(n.reason) })) } : {}),
        ...(r.notes ? { notes: r.notes.map(text) } : {}),
    };
    if (isPlanReport(r)) {
        Object.assign(out, {
            deletions: r.deletions.map(fix),
            cleared: r.cleared.map((c) => ({ ...c, reason: text(c.reason) })),
            unjudged: r.unjudged.map((u) => ({ ...u, reason: text(u.reason) })),
        });
    }
    return out as R;
}
