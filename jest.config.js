// Tests are compiled by `tsc` first (npm test does both) and run as JavaScript from dist/.
module.exports = {
    testEnvironment: "node",
    roots: ["<rootDir>/dist/test"],
    testMatch: ["**/*.test.js"],
    // A fixed ACKGUARD_AS_OF for every test (test/setup.ts).
    setupFiles: ["<rootDir>/dist/test/setup.js"],
    testTimeout: 180000,
    // The in-process policy pack keeps its gRPC server open, as the real one does.
    forceExit: true,
};
