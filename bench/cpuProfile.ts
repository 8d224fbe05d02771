// Loaded with `--require` (through NODE_OPTIONS, which does not allow `--cpu-prof`) into a pack
// process: records a CPU profile with the inspector, as `node --cpu-prof` does, and writes it to
// $ACKGUARD_CPU_PROFILE on SIGTERM. Open it in Chrome DevTools or summarise it with
// bench/profileSummary.
import * as fs from "fs";
import * as inspector from "inspector";

const out = process.env.ACKGUARD_CPU_PROFILE;
if (out) {
    const session = new inspector.Session();
    session.connect();
    session.post("Profiler.enable", () => session.post("Profiler.setSamplingInterval", { interval: 500 }, () => session.post("Profiler.start")));
    process.on("SIGTERM", () => {
        session.post("Profiler.stop", (err, res) => {
            if (!err) fs.writeFileSync(out, JSON.stringify(res.profile));
            process.exit(0);
        });
    });
}
