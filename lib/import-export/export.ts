import { getDb, type DbOrTx } from "@/db";
import { getPriceDeckWithPrices } from "@/db/queries/price-decks";
import { listActualsOfItems } from "@/db/queries/rows/consumption-actuals";
import { listLogsOfEquipment } from "@/db/queries/rows/maintenance";
import { notFound } from "@/lib/errors";
import { loadEffectiveScenario, type EffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import { write } from "@/lib/writes";
import { IMPORT_KINDS, type ImportKind, type KindDefinition, type RowValues } from "./columns";
import { CSV_TYPE, XLSX_TYPE } from "./download";
import { KIND_DEFINITIONS } from "./kinds";
import { correlationRows } from "./kinds/correlations";
import { priceDeckRows } from "./kinds/price-decks";
import { settingsRows } from "./kinds/settings";
import { kindsWorkbook, rowsCsv, type KindRows } from "./templates";

// A scenario's effective inputs in the import templates, so export -> import gives the same scenario back.
// Settings are the EFFECTIVE (resolved) values, so a child's export imported into a root reproduces the child.
// row_id carries each row's lineage id; maintenance logs carry their id and their equipment line's row_id;
// correlations name their parameters by row_id; consumption actuals name their item by NAME; the price deck the
// settings name travels with them.

function defaultCells(definition: KindDefinition, row: Record<string, unknown>): RowValues {
  const cells: RowValues = definition.idColumn ? { [definition.idColumn]: String(row.lineageId ?? row.id) } : {};
  for (const column of definition.columns) {
    if (!column.field) continue;
    const value = row[column.field];
    cells[column.header] = value === undefined || value === null ? null : typeof value === "number" ? value : String(value);
  }
  return cells;
}

async function maintenanceRows(db: DbOrTx, effective: EffectiveScenario): Promise<RowValues[]> {
  const lines = new Map(effective.rows.equipment.map(({ row }) => [row.id, row]));
  const logs = await listLogsOfEquipment(db, { organisationId: effective.organisationId, equipmentIds: [...lines.keys()] });
  return logs.map((log) => {
    const line = lines.get(log.equipmentId);
    const cells = defaultCells(KIND_DEFINITIONS.maintenance, log);
    return { ...cells, log_id: log.id, equipment_row_id: line?.lineageId ?? null, equipment_name: line?.name ?? null };
  });
}

/** Sorts actuals by their values, so two scenarios with the same actuals export the same rows in the same order. */
function compareCells(a: RowValues, b: RowValues): number {
  for (const header of ["period_start", "quantity", "unit_cost_ccy", "currency", "notes"]) {
    const [left, right] = [a[header] ?? "", b[header] ?? ""];
    if (left !== right) return typeof left === "number" && typeof right === "number" ? left - right : String(left) < String(right) ? -1 : 1;
  }
  return 0;
}

/** The actuals of every effective consumption item (own or inherited row), item by item, each item's by period. */
async function consumptionActualsRows(db: DbOrTx, effective: EffectiveScenario): Promise<RowValues[]> {
  const items = effective.rows.consumption.map(({ row }) => row);
  const actuals = await listActualsOfItems(db, { organisationId: effective.organisationId, itemIds: items.map((item) => item.id) });
  return items.flatMap((item) =>
    actuals
      .filter((actual) => actual.consumptionItemId === item.id)
      .map((actual) => ({ ...defaultCells(KIND_DEFINITIONS["consumption-actuals"], actual), item_name: item.name, item_unit: item.unit }))
      .sort(compareCells),
  );
}

/**
 * The decks the scenario uses: the one its effective settings name (priceDeckId, whatever the price source: the
 * settings sheet carries the id either way) and those its products name, each once, in that order. The file must
 * carry them for an import elsewhere to resolve the ids.
 */
async function priceDecksRows(db: DbOrTx, effective: EffectiveScenario): Promise<RowValues[]> {
  const { priceDeckId } = effective.settings;
  const productDeckIds = effective.rows.product.flatMap(({ row }) => (row.priceDeckId ? [row.priceDeckId] : []));
  const deckIds = [...new Set([...(priceDeckId ? [priceDeckId] : []), ...productDeckIds])];
  const loaded = [...(effective.priceDeck ? [effective.priceDeck] : []), ...effective.productDecks];
  const rows: RowValues[] = [];
  for (const deckId of deckIds) {
    const deck = loaded.find((candidate) => candidate.id === deckId) ?? (await getPriceDeckWithPrices(db, { organisationId: effective.organisationId, deckId }));
    if (deck) rows.push(...priceDeckRows(deck));
  }
  return rows;
}

/**
 * The effective rows of the requested kinds (all when none given), in the templates' layout.
 * @throws AppError NOT_FOUND when the scenario is not in the organisation
 */
export async function exportScenarioRows(
  { organisationId, scenarioId, kinds = IMPORT_KINDS }: { organisationId: string; scenarioId: string; kinds?: readonly ImportKind[] },
): Promise<{ effective: EffectiveScenario; sheets: KindRows[] }> {
  const db = await getDb();
  const effective = await loadEffectiveScenario(db, { organisationId, scenarioId });
  if (!effective) throw notFound("Scenario");
  const sheets: KindRows[] = [];
  for (const kind of kinds) sheets.push({ kind, rows: await kindRows(db, effective, kind) });
  return { effective, sheets };
}

/** The cells of one kind's effective rows. */
async function kindRows(db: DbOrTx, effective: EffectiveScenario, kind: ImportKind): Promise<RowValues[]> {
  const definition = KIND_DEFINITIONS[kind];
  if (definition.entity) {
    const rows = effective.rows[definition.entity].map(({ row }) => row as Record<string, unknown>);
    return rows.map((row) => (definition.toCells ?? ((r) => defaultCells(definition, r)))(row));
  }
  if (kind === "settings") return settingsRows(effective.settings);
  if (kind === "price-decks") return priceDecksRows(db, effective);
  if (kind === "correlations") {
    const names = new Map(effective.rows.parameter.map(({ row }) => [row.lineageId, row.name]));
    return correlationRows(effective.rows.correlations, names);
  }
  if (kind === "consumption-actuals") return consumptionActualsRows(db, effective);
  return maintenanceRows(db, effective);
}

/** A file name for an export: the scenario's name made safe, the kind, the date. */
export function exportFileName(scenarioName: string, suffix: string): string {
  const safe = scenarioName.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "scenario";
  return `${safe}-${suffix}-${new Date().toISOString().slice(0, 10)}`;
}

export type ExportFile = { fileName: string; contentType: string; body: string | Uint8Array<ArrayBuffer> };

/**
 * GET …/export: the scenario's effective settings and inputs as a workbook (every kind), or one kind as CSV;
 * audited "export".
 * @throws AppError NOT_FOUND when the scenario is gone
 */
export async function exportScenarioInputs(
  actor: { organisationId: string; userId: string; projectId: string; scenarioId: string },
  { format, kind }: { format: "csv" | "xlsx"; kind?: ImportKind },
): Promise<ExportFile> {
  const { organisationId, userId, projectId, scenarioId } = actor;
  const isCsv = format === "csv";
  const { effective, sheets } = await exportScenarioRows({ organisationId, scenarioId, kinds: isCsv && kind ? [kind] : undefined });
  const fileName = `${exportFileName(effective.scenario.name, isCsv ? (kind ?? "rows") : "inputs")}.${format}`;
  const body = isCsv && sheets[0] ? `\uFEFF${rowsCsv(sheets[0])}` : await kindsWorkbook(sheets);
  const rows = Object.fromEntries(sheets.map((sheet) => [sheet.kind, sheet.rows.length]));
  await write({ organisationId, userId, projectId }, (w) =>
    w.audit({ action: "export", entityType: "scenario", entityId: scenarioId, after: { fileName, format, rows } }),
  );
  return { fileName, contentType: isCsv ? CSV_TYPE : XLSX_TYPE, body };
}
