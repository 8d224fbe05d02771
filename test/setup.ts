// Every test file judges on one fixed date (dated verdicts such as ACK's version support), also in
// the pack processes the CLI tests start, which inherit this environment.
import { EXAMPLES_AS_OF } from "../model/examples";
import { AS_OF_ENV } from "../model/kubernetesVersions";

process.env[AS_OF_ENV] = EXAMPLES_AS_OF;
