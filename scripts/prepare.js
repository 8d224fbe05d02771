// npm's `prepare` step: compile to dist/ where the sources are (a clone: `npm ci`, `npm install`, a git
// dependency, `npm pack`), and do nothing in an installed tarball, which ships compiled dist/ and no
// sources (Pulumi Cloud runs `npm install` inside the unpacked pack). dist/ is rebuilt from scratch so
// a tarball never carries the output of a deleted source file.
const fs = require("fs");
const path = require("path");

if (fs.existsSync(path.join(__dirname, "..", "tsconfig.json"))) {
    process.exitCode = require("./build.js").build({ clean: true });
}
