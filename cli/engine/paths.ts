// Where ACKGuard itself is installed (the policy pack directory: PulumiPolicy.yaml, package.json, dist/),
// and its version. Compiled to dist/cli/engine/paths.js, three levels below the package root.
import * as path from "path";

export const ACKGUARD_DIR = path.join(__dirname, "..", "..", "..");

// eslint-disable-next-line @typescript-eslint/no-var-requires
export const ACKGUARD_VERSION: string = require(path.join(ACKGUARD_DIR, "package.json")).version;
