// What the benchmarks read of a process from Linux's /proc.
import * as fs from "fs";

/** The fields of /proc/<pid>/stat after the command name (field 3, the state, first). */
function statFields(pid: number | string): string[] {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** User + system CPU time of a process so far, in ms (stat fields 14 and 15, in clock ticks of 10 ms); less sensitive to a busy machine than wall time. */
export function cpuMs(pid: number): number {
    const fields = statFields(pid);
    return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Peak RSS (VmHWM) of a process in MB; 0 once it has gone or exited unreaped (a zombie has no VmHWM; "self" is this process). */
export function vmHWM(pid: number | string): number {
    let status: string;
    try {
        status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    } catch {
        return 0;
    }
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : 0;
}

/** The pids of this process's children (stat field 4, the parent pid). */
export function childPids(): string[] {
    return fs.readdirSync("/proc").filter((d) => {
        if (!/^\d+$/.test(d)) return false;
        try {
            return Number(statFields(d)[1]) === process.pid;
        } catch {
            return false; // gone meanwhile
        }
    });
}
