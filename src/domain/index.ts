// The domain's public face: types and pure rules, no IO.
export * from "./agenda.js";
export * from "./attempts.js";
export * from "./coverage.js";
export * from "./errors.js";
export * from "./followUps.js";
export * from "./pipeline.js";
export * from "./pitch.js";
export * from "./questionBank.js";
export * from "./questionBudget.js";
export * from "./referralYield.js";
export * from "./settings.js";
export * from "./time.js";
export * from "./vocabulary.js";
