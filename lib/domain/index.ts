// The vocabulary shared by every layer and the browser: enums, limits and labels. Imports nothing.
export * from "./audit";
export * from "./inputs";
export * from "./projects";
export * from "./roles";
export * from "./scenarios";
export * from "./simulations";
export * from "./owned";
export * from "./valuation";
export * from "./price-decks";
export * from "./commodity-defaults";
export * from "./quick-start";
