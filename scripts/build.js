// `npm run build` (and `npm test`, and npm's `prepare` through scripts/prepare.js): compiles the
// TypeScript sources to dist/ and gives the `ackguard` bin its execute bit. tsc writes files with
// mode 0644, and npm sets the bit only on the bins of installed dependencies, never on the root
// package's own: without it, `npx ackguard` in a clone fails with "sh: 1: ackguard: Permission denied".
// `--clean` removes dist/ first, so a package never carries the output of a deleted source file.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const BIN = path.join(root, "dist", "cli", "main.js");

function build(opts = {}) {
    if (opts.clean) fs.rmSync(path.join(root, "dist"), { recursive: true, force: true });
    const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
    const r = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.json")], { stdio: "inherit" });
    // The bit is set even when tsc reports type errors (it still emits), so the bin stays runnable.
    if (fs.existsSync(BIN)) fs.chmodSync(BIN, 0o755);
    return r.status ?? 1;
}

module.exports = { build };

if (require.main === module) process.exit(build({ clean: process.argv.includes("--clean") }));
