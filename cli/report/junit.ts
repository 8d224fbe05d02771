// `--format junit`: JUnit XML, which GitLab, Jenkins, Azure DevOps and CircleCI show as test results.
// One test suite per policy with findings; a test case per finding: a mandatory finding is a failure,
// an advisory one passes with its warning in system-out, an exempted one is skipped with its reason.
// One more suite states what was judged, so a clean run is a passing test, never an empty file.
import { isPlanReport, Report } from "../engine/report";
import { FlatFinding, flatFindings } from "./findings";

/** XML 1.0 text: escaped, and without the control characters XML cannot carry. */
function xml(s: string): string {
    return s
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
        .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function testcase(f: FlatFinding): string {
    const where = f.location ? ` file="${xml(f.location.file)}" line="${Math.max(1, Math.floor(f.location.line))}"` : "";
    const open = `    <testcase classname="${xml(f.policyName)}" name="${xml(f.resource)}"${where}>`;
    const body = f.message;
    if (f.level === "mandatory") return `${open}\n      <failure type="${xml(f.severity || "mandatory")}" message="${xml(body.split("\n")[0].slice(0, 500))}">${xml(body)}</failure>\n    </testcase>`;
    if (f.level === "exempted") return `${open}\n      <skipped message="${xml(`exempted: ${f.exemption ?? ""}`)}"/>\n    </testcase>`;
    return `${open}\n      <system-out>${xml(`${f.level}: ${body}`)}</system-out>\n    </testcase>`;
}

export function renderJunit(r: Report): string {
    const findings = flatFindings(r);
    const byPolicy = new Map<string, FlatFinding[]>();
    for (const f of findings) {
        const list = byPolicy.get(f.policyName);
        if (list) list.push(f);
        else byPolicy.set(f.policyName, [f]);
    }
    const suites: string[] = [];
    const judged = isPlanReport(r) ? r.input.file : r.program;
    suites.push(`  <testsuite name="ackguard" tests="1" failures="0" errors="0" skipped="0">\n    <testcase classname="ackguard" name="${xml(`${r.totals.resources} resources judged by ${r.pack.name}@${r.pack.version}: ${judged}`)}"/>\n  </testsuite>`);
    for (const [policy, fs] of [...byPolicy].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const failures = fs.filter((f) => f.level === "mandatory").length;
        const skipped = fs.filter((f) => f.level === "exempted").length;
        suites.push(`  <testsuite name="${xml(policy)}" tests="${fs.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${fs.map(testcase).join("\n")}\n  </testsuite>`);
    }
    const tests = findings.length + 1;
    const failures = findings.filter((f) => f.level === "mandatory").length;
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ackguard" tests="${tests}" failures="${failures}" errors="0">\n${suites.join("\n")}\n</testsuites>`;
}

/** The JUnit document of a run that judged nothing (exit 2): one errored test that says why. */
export function junitError(message: string): string {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ackguard" tests="1" failures="0" errors="1">\n  <testsuite name="ackguard" tests="1" failures="0" errors="1" skipped="0">\n    <testcase classname="ackguard" name="judge the input">\n      <error type="not-judged" message="${xml(message.slice(0, 500))}">${xml(`Nothing was judged: ${message}`)}</error>\n    </testcase>\n  </testsuite>\n</testsuites>`;
}
