// The processes ackguard starts (the policy pack server, the program run) end when ackguard ends,
// however it ends. ackguard stops them itself on exit and on catchable signals; SIGKILL, an abort or
// running out of memory leave it no chance, and the pack runs detached (its own process group), so
// nothing else would stop them. So each child is started with this file preloaded
// (`node --require parentWatch.js ...`): it polls its parent pid and exits once that changes (the
// child was handed to init or a subreaper: its parent is gone). The timer is unref'd: it never keeps
// a child alive (the program run ends when its event loop is empty).
// No imports beyond Node itself: it is loaded into the pack and into the user's program.
import { ChildProcess, spawn, SpawnOptions } from "child_process";

const PARENT_ENV = "ACKGUARD_PARENT_PID";
/** How often a child looks for its parent. */
export const PARENT_POLL_MS = 500;

/** `spawn` of a Node.js script that exits when this process is gone (`command` is process.execPath). */
export function spawnWatched(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
    return spawn(command, ["--require", __filename, ...args], { ...options, env: { ...(options.env ?? process.env), [PARENT_ENV]: String(process.pid) } });
}

function watchParent(): void {
    const given = Number(process.env[PARENT_ENV]);
    delete process.env[PARENT_ENV];
    // The pid ackguard passed; the parent at load if none (it may already have been replaced).
    const parent = Number.isInteger(given) && given > 0 ? given : process.ppid;
    const check = () => {
        if (process.ppid !== parent) process.exit(1);
    };
    check();
    setInterval(check, PARENT_POLL_MS).unref();
}

// Preloaded with --require in a child (the CLI that imports spawnWatched does not watch).
const execArgv = process.execArgv;
if (execArgv.some((a, i) => (a === "--require" || a === "-r") && execArgv[i + 1] === __filename)) watchParent();
