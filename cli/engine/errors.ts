// Errors a user can fix: printed as one line, exit code 2 (never a stack trace).

/** An error the user can fix (a flag, a file, a program): one line, exit 2. */
export class UsageError extends Error {}

/** A file-system error as words ("no such file", "is a directory"...), not a bare code. */
export function ioReason(e: unknown): string {
    const code = (e as NodeJS.ErrnoException)?.code;
    const words: Record<string, string> = {
        ENOENT: "no such file or directory",
        EISDIR: "it is a directory, not a file",
        ENOTDIR: "a parent of it is not a directory",
        EACCES: "permission denied",
        EPERM: "permission denied",
        EMFILE: "too many open files",
    };
    return code && words[code] ? words[code] : (e as Error)?.message?.split("\n")[0] ?? String(e);
}
