// npm run docs: writes docs/ and the README's generated block from the code. --check: exits 1 when either is stale.
import * as fs from "fs";
import * as path from "path";
import { policies } from "../policies";
import { allExamples } from "../test/examples";
import { DOCS_DIR, README_FILE, renderAll, renderedReadme, staleDocs } from "./docs";

const rendered = renderAll(policies, allExamples);
if (process.argv.includes("--check")) {
    const stale = staleDocs(rendered, policies);
    if (stale.length > 0) {
        console.error(`docs/ is stale (${stale.join(", ")}): run 'npm run docs' and commit the result.`);
        process.exit(1);
    }
    console.log("docs/ is up to date.");
} else {
    fs.mkdirSync(DOCS_DIR, { recursive: true });
    for (const [f, text] of Object.entries(rendered)) {
        fs.writeFileSync(path.join(DOCS_DIR, f), text);
    }
    const readme = renderedReadme(policies);
    if (readme === undefined) {
        console.error("README.md has lost its <!-- generated:counts --> markers: restore them.");
        process.exit(2);
    }
    fs.writeFileSync(README_FILE, readme);
    console.log(`wrote ${Object.keys(rendered).map((f) => `docs/${f}`).join(", ")}, README.md (generated block)`);
}
