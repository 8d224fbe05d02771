// Credentials inside configuration text: the value of a ConfigMap entry that is a whole file
// (`config.yaml`, `app.json`, `db.properties`, `settings.ini`, `.env`). Each setting of the file is
// judged like a flat entry: by the name of its key and by the shape of its value. Values are never
// returned, only where they sit (a key path or a line number).
import type * as jsYaml from "js-yaml";
import { quotable } from "../../model/props";

/** Flat ConfigMap keys that name a credential. */
export const SECRET_KEY = /(pass(word|wd)?|passphrase|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential|client[_-]?secret|auth)/i;

/** Words that make a setting's name a credential (inside a file, names are split into words). */
const CREDENTIAL_WORDS = new Set(["password", "passwd", "pwd", "passphrase", "secret", "token", "tokens", "passwords", "credential", "credentials"]);
/** Word pairs that do: `apiKey`, `access_key`, `private-key`, `auth_key`, `secretKey`... */
const CREDENTIAL_PAIRS = [["api", "key"], ["access", "key"], ["private", "key"], ["secret", "key"], ["auth", "key"], ["signing", "key"], ["encryption", "key"]];
/**
 * Last words that make the setting name something else: a reference to a Secret or a file, a
 * switch, a length, an endpoint (`passwordFile`, `tokenUrl`, `secretName`, `passwordMinLength`).
 */
const NOT_A_CREDENTIAL = new Set(["name", "names", "ref", "file", "path", "dir", "url", "uri", "endpoint", "host", "enabled", "enable", "disabled", "required",
    "length", "ttl", "timeout", "expiry", "expiration", "expires", "lifetime", "type", "mode", "header", "field", "policy", "store", "provider", "method",
    "format", "algorithm", "size", "count", "min", "max", "id", "ids", "version", "level", "scope", "scopes", "issuer", "audience", "realm", "prefix",
    "suffix", "regex", "pattern", "rotation", "hash", "env", "var"]);

/** The words of a setting's name: `accessKeySecret` -> access, key, secret; `DB_PASSWORD` -> db, password. */
function wordsOf(key: string): string[] {
    return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== "");
}

/** Whether a setting inside a file is named like a credential (by its words, not by substrings). */
export function credentialSetting(key: string): boolean {
    const words = wordsOf(key);
    if (words.length === 0 || NOT_A_CREDENTIAL.has(words[words.length - 1])) return false;
    if (words.some((w) => CREDENTIAL_WORDS.has(w))) return true;
    return CREDENTIAL_PAIRS.some(([a, b]) => words.some((w, i) => w === a && words[i + 1] === b));
}

/** Values that are credentials whatever their key. */
export const SECRET_VALUE = [
    { re: /-----BEGIN ([A-Z]+ )*PRIVATE KEY-----/, what: "a PEM private key" },
    { re: /\bLTAI[0-9A-Za-z]{12,30}\b/, what: "an Alibaba Cloud AccessKey id" },
    { re: /\bAKIA[0-9A-Z]{16}\b/, what: "an AWS access key id" },
    { re: /\bgh[pousr]_[0-9A-Za-z]{36,}\b/, what: "a GitHub token" },
    { re: /\bxox[abprs]-[0-9A-Za-z-]{10,}/, what: "a Slack token" },
    { re: /\beyJ[0-9A-Za-z_-]{10,}\.[0-9A-Za-z_-]{10,}\.[0-9A-Za-z_-]{10,}\b/, what: "a JSON Web Token" },
    { re: /[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s@/]+@/i, what: "a URL with a password" },
];

/** What a credential-shaped value is, or undefined. */
export function secretShape(value: string): string | undefined {
    return SECRET_VALUE.find((p) => p.re.test(value))?.what;
}

/** True for a value that is not itself a secret: empty, a switch, a placeholder, a file path. */
export function notALiteral(value: string): boolean {
    const v = value.trim().replace(/^(["'])(.*)\1$/, "$2").trim();
    return v === ""
        || /^(true|false|yes|no|on|off|null|none|~|enabled|disabled|required|optional)$/i.test(v)
        || /^\$\{.*\}$|^\$[A-Za-z_][A-Za-z0-9_]*$|^\{\{.*\}\}$|^<[^>]*>$|^%\(.*\)s$|^\*+$/.test(v)
        || /^(\/|\.\.?\/|file:)/.test(v);
}

/** One credential found inside a file, located without its value. */
export interface FileHit {
    /** `key db.password` or `line 3`. */
    where: string;
    what: string;
}

/** Entry names of configuration files (by extension), whose own name says nothing about their content. */
export const FILE_NAME = /\.(ya?ml|json|properties|ini|env|conf|cfg|toml|cnf)$|^\.env(\..*)?$/i;

/** An entry that holds settings rather than a single value: a file name, several lines, or a JSON/flow document. */
export function looksLikeFile(key: string, value: string): boolean {
    return FILE_NAME.test(key) || value.includes("\n") || /^\s*[[{]/.test(value);
}

/** Bodies larger than this are scanned line by line only (ConfigMaps hold at most 1 MiB). */
const PARSE_LIMIT = 256 * 1024;
/** Nodes of a parsed document walked at most (YAML aliases can make a small text a huge tree). */
const WALK_LIMIT = 20000;

let yamlModule: typeof jsYaml | undefined;
/** js-yaml, loaded on first use: most previews have no file-style ConfigMap entry. */
function yaml(): typeof jsYaml {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (yamlModule ??= require("js-yaml") as typeof jsYaml);
}

function label(path: string[]): string {
    const p = path.join(".");
    return quotable(p) ? `key ${p}` : `a key of ${p.length} characters`;
}

/** Settings of a parsed YAML / JSON document, as key paths and leaf values. */
function walk(doc: unknown, hits: FileHit[]): void {
    let budget = WALK_LIMIT;
    const seen = new Set<object>();
    const visit = (node: unknown, path: string[]) => {
        if (--budget < 0) return;
        if (node !== null && typeof node === "object") {
            if (seen.has(node)) return;
            seen.add(node);
            const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
            for (const [k, v] of entries) visit(v, [...path, k]);
            return;
        }
        if (typeof node !== "string" && typeof node !== "number") return;
        const value = String(node);
        const shape = secretShape(value);
        if (shape) {
            hits.push({ where: label(path), what: shape });
            return;
        }
        // An element of a list is named by the list (`passwords: [...]`).
        const named = [...path].reverse().find((k) => !/^\d+$/.test(k)) ?? "";
        if (credentialSetting(named) && !notALiteral(value)) {
            hits.push({ where: label(path), what: "a literal value under a key named like a credential" });
        }
    };
    visit(doc, []);
}

/** `key = value`, `key: value`, `export KEY="value"` lines (.properties, .ini, .env and flat YAML). */
function scanLines(body: string, hits: FileHit[]): void {
    const lines = body.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^\s*([#;!]|\/\/|\[)/.test(line)) continue; // comments, ini sections
        const shape = secretShape(line);
        if (shape) {
            hits.push({ where: `line ${i + 1}`, what: shape });
            continue;
        }
        const m = /^\s*(?:export\s+)?["']?([A-Za-z0-9_.\-/]+)["']?\s*[=:]\s*(.*?)\s*,?\s*$/.exec(line);
        if (m === null) continue;
        const key = m[1].split(/[./]/).pop() ?? m[1];
        if (credentialSetting(key) && !notALiteral(m[2]) && !/^[|>][-+]?$/.test(m[2].trim())) {
            hits.push({ where: `line ${i + 1}`, what: "a literal value under a key named like a credential" });
        }
    }
}

/**
 * Credentials inside a file-style value: parsed as YAML (which includes JSON) when it is a
 * document of settings, else scanned line by line; the PEM / token shapes are matched anywhere.
 */
export function credentialsInFile(body: string): FileHit[] {
    const hits: FileHit[] = [];
    if (body.length <= PARSE_LIMIT) {
        let docs: unknown[] | undefined;
        try {
            docs = yaml().loadAll(body);
        } catch {
            docs = undefined; // not YAML or JSON: .properties with `=`, .ini with sections, .env with `export`
        }
        if (docs !== undefined && docs.some((d) => d !== null && typeof d === "object")) {
            for (const d of docs) walk(d, hits);
            // A block scalar (`key: |`) or anything YAML did not split still gets the shape check.
            if (hits.length === 0 && secretShape(body)) hits.push({ where: "the file", what: secretShape(body)! });
            return hits;
        }
    }
    scanLines(body, hits);
    return hits;
}
