// The wire encoding lives in model/wire.ts (policies and their examples need it too).
export * from "../model/wire";
