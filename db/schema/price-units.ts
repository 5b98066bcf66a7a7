import { pgEnum } from "drizzle-orm/pg-core";
import { METAL_PRICE_UNITS } from "../../lib/domain/scenarios";

// The unit of payable metal a price is quoted per. Its own file because scenario settings and price decks both use
// it and scenario settings refer to price decks (one file importing the other both ways would be a cycle).
export const metalPriceUnitEnum = pgEnum("metal_price_unit", METAL_PRICE_UNITS);
