// Every table of the data model, one file per aggregate. drizzle.config.ts points here.
export * from "./identity";
