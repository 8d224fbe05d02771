#!/usr/bin/env bash
# The CI gate behind the GitHub Action (action.yml) and the GitLab CI template
# (ci/gitlab/ackguard.gitlab-ci.yml); usable from any CI system. Settings come from the environment:
#
#   ACKGUARD_MODE            program (default): `ackguard preview` runs the Pulumi program offline, under mocks
#                            pulumi-preview: `pulumi preview --policy-pack <ackguard> --json`, then `ackguard plan`
#                                            (or `ackguard plan` of ACKGUARD_PLAN_FILE: a saved `pulumi preview --json`
#                                            or `pulumi stack export`, recognised by its shape)
#                            terraform-plan: `ackguard plan` of ACKGUARD_PLAN_FILE (`terraform show -json` output),
#                                            or of the plan `terraform init/plan/show -json` make in the directory
#                            terraform-scan: `ackguard scan <dir>`: the .tf files, no plan, no credentials
#   ACKGUARD_WORKDIR         the Pulumi project or Terraform configuration directory (default .)
#   ACKGUARD_STACK           Pulumi stack (program, pulumi-preview; default dev)
#   ACKGUARD_PLAN_FILE       see the modes above
#   ACKGUARD_REVOKED_FILE    revocation attestations (`--revoked`; plan modes)
#   ACKGUARD_POLICY_CONFIG   policy pack config file (`--policy-pack-config`)
#   ACKGUARD_FORMATS         report formats, space-separated (default "text"): text json sarif gitlab junit markdown;
#                            the first one's run gives the verdict, each writes ACKGUARD_OUT/<file> (see report_file)
#   ACKGUARD_OUT             directory for the reports (default ./ackguard-reports)
#   ACKGUARD_FAIL_ON_VIOLATIONS  "false": roll-out mode: mandatory violations are reported, the exit code is 0
#   ACKGUARD_PACKAGE         the installed ackguard package (CLI and policy pack; default: this script's package)
#
# Exit codes: 0 passed, 1 mandatory violations (0 in roll-out mode), 2 anything that is not a verdict (bad
# settings, a crash, a failed `pulumi preview` or `terraform plan`), so a pipeline can tell them apart.
# ACKGUARD_OUT/result holds "passed" or "blocked" after a verdict.
set -uo pipefail

fail() { echo "ackguard-ci: $*" >&2; exit 2; }

mode=${ACKGUARD_MODE:-program}
workdir=${ACKGUARD_WORKDIR:-.}
stack=${ACKGUARD_STACK:-dev}
plan_file=${ACKGUARD_PLAN_FILE:-}
formats=${ACKGUARD_FORMATS:-text}
out=${ACKGUARD_OUT:-ackguard-reports}
fail_on=${ACKGUARD_FAIL_ON_VIOLATIONS:-true}
package=${ACKGUARD_PACKAGE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
cli="$package/dist/cli/main.js"

[ -f "$cli" ] || fail "no ACKGuard CLI at $cli (install ackguard, or set ACKGUARD_PACKAGE)"
[ -d "$workdir" ] || fail "ACKGUARD_WORKDIR $workdir is not a directory"
case "$fail_on" in true | false) ;; *) fail "ACKGUARD_FAIL_ON_VIOLATIONS must be true or false, got \"$fail_on\"" ;; esac

report_file() {
    case "$1" in
        text) echo ackguard.txt ;;
        json) echo ackguard.json ;;
        sarif) echo ackguard.sarif ;;
        gitlab) echo gl-code-quality-report.json ;;
        junit) echo junit.xml ;;
        markdown) echo ackguard.md ;;
        *) return 1 ;;
    esac
}
for f in $formats; do report_file "$f" > /dev/null || fail "unknown report format \"$f\" in ACKGUARD_FORMATS (text json sarif gitlab junit markdown)"; done
[ -n "${formats// /}" ] || fail "ACKGUARD_FORMATS is empty"

# Paths given relative to where the job runs stay valid after the `cd` of the plan modes.
# (node, not `realpath -m`, which macOS lacks)
abspath() { if [ -n "$1" ]; then node -e 'console.log(require("path").resolve(process.argv[1]))' "$1"; fi; }
workdir=$(abspath "$workdir")
out=$(abspath "$out")
plan_file=$(abspath "$plan_file")
common=()
if [ -n "${ACKGUARD_POLICY_CONFIG:-}" ]; then
    [ -f "$ACKGUARD_POLICY_CONFIG" ] || fail "ACKGUARD_POLICY_CONFIG $ACKGUARD_POLICY_CONFIG does not exist"
    common+=(--policy-pack-config "$(abspath "$ACKGUARD_POLICY_CONFIG")")
fi
plan_flags=()
if [ -n "${ACKGUARD_REVOKED_FILE:-}" ]; then
    [ -f "$ACKGUARD_REVOKED_FILE" ] || fail "ACKGUARD_REVOKED_FILE $ACKGUARD_REVOKED_FILE does not exist"
    plan_flags+=(--revoked "$(abspath "$ACKGUARD_REVOKED_FILE")")
fi
mkdir -p "$out" || fail "cannot create $out"
rm -f "$out/result"
# Plans hold values in clear (Terraform writes sensitive values into plan JSON): keep them out of $out,
# which CI systems publish as artifacts.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The command that judges the input, without --format.
case "$mode" in
    program)
        judge=(preview "$workdir" --stack "$stack")
        ;;
    pulumi-preview)
        if [ -z "$plan_file" ]; then
            command -v pulumi > /dev/null || fail "mode pulumi-preview needs the Pulumi CLI on PATH (or ACKGUARD_PLAN_FILE: a saved 'pulumi preview --json')"
            plan_file="$scratch/pulumi-preview.json"
            # The engine runs the pack itself here; its JSON then goes through the plan gate (new state + deletions).
            (cd "$workdir" && pulumi preview --stack "$stack" --policy-pack "$package" "${common[@]}" --json --non-interactive) > "$plan_file"
            rc=$?
            # A preview that policies block still writes its JSON: only an empty document is a failure.
            if [ "$rc" -ne 0 ] && [ ! -s "$plan_file" ]; then fail "pulumi preview failed (exit $rc)"; fi
        fi
        judge=(plan "$plan_file" "${plan_flags[@]}")
        ;;
    terraform-plan)
        if [ -z "$plan_file" ]; then
            command -v terraform > /dev/null || fail "mode terraform-plan needs terraform on PATH (or ACKGUARD_PLAN_FILE: the output of 'terraform show -json')"
            (cd "$workdir" && terraform init -input=false > /dev/null && terraform plan -input=false -lock=false -out="$scratch/tf.plan" > /dev/null) \
                || fail "terraform init / plan failed in $workdir"
            (cd "$workdir" && terraform show -json "$scratch/tf.plan") > "$scratch/plan.json" || fail "terraform show -json failed"
            plan_file="$scratch/plan.json"
        fi
        judge=(plan "$plan_file" --input terraform --tf-dir "$workdir" "${plan_flags[@]}")
        ;;
    terraform-scan)
        judge=(scan "$workdir")
        ;;
    *) fail "ACKGUARD_MODE must be program, pulumi-preview, terraform-plan or terraform-scan, got \"$mode\"" ;;
esac
if [ -n "$plan_file" ] && [ ! -f "$plan_file" ]; then fail "ACKGUARD_PLAN_FILE $plan_file does not exist"; fi

verdict=""
for f in $formats; do
    file="$out/$(report_file "$f")"
    node "$cli" "${judge[@]}" "${common[@]}" --format "$f" > "$file"
    rc=$?
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then fail "ackguard ${judge[0]} --format $f failed (exit $rc)"; fi
    if [ -z "$verdict" ]; then
        verdict=$rc
    elif [ "$rc" -ne "$verdict" ]; then
        fail "the $f report disagrees with the first one (exit $rc, then $verdict): is the input changing between runs?"
    fi
    if [ "$f" = text ]; then cat "$file"; fi
done

if [ "$verdict" -eq 1 ]; then
    echo blocked > "$out/result"
    if [ "$fail_on" = false ]; then
        echo "ackguard-ci: mandatory policy violations (roll-out mode: not failing the job); reports in $out"
        exit 0
    fi
    echo "ackguard-ci: mandatory policy violations; reports in $out"
    exit 1
fi
echo passed > "$out/result"
echo "ackguard-ci: no mandatory violation; reports in $out"
exit 0
