import { credentialSetting, credentialsInFile } from "../policies/workloads/configFiles";

describe("credentials inside configuration files", () => {
    test("setting names are judged by their words, not substrings", () => {
        for (const k of ["password", "DB_PASSWORD", "db.password", "accessKeySecret", "client-secret", "apiKey", "x-api-key", "AUTH_TOKEN", "privateKey", "passphrase"]) {
            expect([k, credentialSetting(k)]).toEqual([k, true]);
        }
        for (const k of ["tokenizer", "author", "authorizationMode", "secretName", "passwordFile", "tokenUrl", "passwordMinLength", "key", "monkey", "keyId", "secrets"]) {
            expect([k, credentialSetting(k)]).toEqual([k, false]);
        }
    });
    test("hits name where the value sits, never the value", () => {
        const secret = "Zq8-very-secret-value";
        const hits = credentialsInFile(`a: 1\nnested:\n  db:\n    password: "${secret}"\n`);
        expect(hits).toEqual([{ where: "key nested.db.password", what: "a literal value under a key named like a credential" }]);
        expect(JSON.stringify(credentialsInFile(`[s]\npassword=${secret}\n`))).not.toContain(secret);
    });
    test("a YAML alias bomb is walked within a budget", () => {
        const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
        for (let i = 0; i < 12; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
        const t = Date.now();
        expect(credentialsInFile(lines.join("\n"))).toEqual([]);
        expect(Date.now() - t).toBeLessThan(2000);
    });
});
