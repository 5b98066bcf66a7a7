import type { DbOrTx } from "@/db";
import { findProjectRow } from "@/db/queries/projects";
import type { ScenarioChain } from "@/db/queries/scenario-inheritance";
import { productNameKey } from "@/lib/rows/product-names";
import { showValue } from "./problems";
import type { ProblemList } from "./table";
import type { ValidatedSheet } from "./validate";

// The products sheet may not name the project's commodity (the primary product): the row API refuses it too
// (lib/rows/product-names.ts), and the engine could never evaluate such a scenario.

/** Adds a problem for each product row named like the project's commodity (trimmed, case-insensitive). */
export async function checkProductNames(db: DbOrTx, { chain, sheet, problems }: { chain: ScenarioChain; sheet: ValidatedSheet; problems: ProblemList }): Promise<void> {
  if (sheet.rows.length === 0) return;
  const project = await findProjectRow(db, { organisationId: chain.organisationId, projectId: chain.projectId });
  const commodity = productNameKey(project?.primaryCommodity ?? "");
  for (const row of sheet.rows) {
    if (productNameKey(row.fields.name) !== commodity) continue;
    const rule = "This is the project's commodity (the primary product): name a co- or by-product";
    problems.add({ sheet: sheet.sheet, row: row.rowNumber, column: "name", value: showValue(row.fields.name), code: "product_is_commodity", rule });
  }
}
