import { IMPORT_KINDS, type ImportKind, type KindDefinition } from "./columns";
import { CONSUMPTION_ACTUALS_KIND } from "./kinds/consumption-actuals";
import { CORRELATIONS_KIND } from "./kinds/correlations";
import { CONSUMPTION_KIND, EQUIPMENT_KIND, MAINTENANCE_KIND } from "./kinds/fleet";
import { PRODUCTS_KIND } from "./kinds/products";
import { PARAMETERS_KIND } from "./kinds/parameters";
import { PRICE_DECKS_KIND } from "./kinds/price-decks";
import { CAPEX_KIND, OPEX_KIND, PRODUCTION_KIND } from "./kinds/schedule";
import { SETTINGS_KIND } from "./kinds/settings";

export const KIND_DEFINITIONS: Record<ImportKind, KindDefinition> = {
  settings: SETTINGS_KIND,
  "price-decks": PRICE_DECKS_KIND,
  parameters: PARAMETERS_KIND,
  production: PRODUCTION_KIND,
  capex: CAPEX_KIND,
  opex: OPEX_KIND,
  consumption: CONSUMPTION_KIND,
  equipment: EQUIPMENT_KIND,
  products: PRODUCTS_KIND,
  maintenance: MAINTENANCE_KIND,
  "consumption-actuals": CONSUMPTION_ACTUALS_KIND,
  correlations: CORRELATIONS_KIND,
};

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

/**
 * A sheet's kind from its name ("Production", " capex "; spaces and underscores read as hyphens, so "Price decks"
 * is price-decks) or undefined for sheets the import ignores.
 */
export function kindOfSheet(name: string): ImportKind | undefined {
  const key = name.trim().toLowerCase().replace(/[\s_]+/g, "-");
  return isImportKind(key) ? key : undefined;
}
