// Every table of the data model, one file per aggregate. drizzle.config.ts points here.
export * from "./identity";
export * from "./credentials";
export * from "./projects";
export * from "./price-decks";
export * from "./scenario-settings";
export * from "./scenarios";
export * from "./scenario-rows";
export * from "./parameters";
export * from "./production";
export * from "./costs";
export * from "./consumption";
export * from "./consumption-actuals";
export * from "./equipment";
export * from "./products";
export * from "./simulations";
export * from "./simulation-chunks";
export * from "./audit";
