import type { DbOrTx } from "@/db";
import { findProjectRow } from "@/db/queries/projects";
import type { ScenarioChain } from "@/db/queries/scenario-inheritance";
import { AppError, type FieldErrors } from "@/lib/errors";

// A co- or by-product's name is unique among the scenario's products and is not the project's commodity (the
// primary), both trimmed and case-insensitive: the engine refuses such names (rule unique_product_name), so a
// scenario could never be evaluated again. Uniqueness among rows is the row kinds' unique-field check
// (row-writes.ts, replace-rows.ts) comparing `productNameKey`; the commodity is checked here.

/** The form two product names are compared in: "Gold " and "gold" are the same product. */
export function productNameKey(name: unknown): unknown {
  return typeof name === "string" ? name.trim().toLowerCase() : name;
}

/** A product about to be written, with the field-error key its name is reported under. */
export type NamedProduct = { fields: { name?: unknown }; errorKey: string };

/**
 * Refuses a product named like the project's commodity.
 * @throws AppError PRODUCT_NAME_IS_COMMODITY (422), each offending row's name in fieldErrors
 */
export async function assertProductNamesAllowed(db: DbOrTx, chain: ScenarioChain, products: readonly NamedProduct[]): Promise<void> {
  if (products.length === 0) return;
  const project = await findProjectRow(db, { organisationId: chain.organisationId, projectId: chain.projectId });
  const commodity = productNameKey(project?.primaryCommodity ?? "");
  const fieldErrors: FieldErrors = {};
  for (const { fields, errorKey } of products) {
    if (productNameKey(fields.name) === commodity) fieldErrors[errorKey] = ["This is the project's commodity (the primary product): name a co- or by-product"];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("PRODUCT_NAME_IS_COMMODITY", "A product is named like the project's commodity", { status: 422, fieldErrors });
  }
}
