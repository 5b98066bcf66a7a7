import Link from "next/link";
import type { ConsumptionActualsPanelData, ConsumptionItemChoice } from "@/lib/rows";
import { formatNumber } from "@/app/ui/format";
import { ConsumptionActualForm } from "../consumption-actual-form";
import { ConsumptionActualRow } from "../consumption-actual-row";
import { ConsumptionTable } from "../tables/consumption-table";
import { toGridRows, type EffectiveRowEntry } from "../row-fields";
import { tableProps, type ScenarioPanelData } from "./panel-props";
import buttons from "@/app/ui/common/button.module.css";
import emptyStates from "@/app/ui/common/empty-state.module.css";
import layout from "@/app/ui/common/layout.module.css";
import { ScrollRegion } from "@/app/ui/common/scroll-region";
import tables from "@/app/ui/common/table.module.css";
import forms from "@/app/ui/forms/forms.module.css";
import styles from "../scenario-editor.module.css";

// The Consumption tab: the planned items (which drive the cash flow), then what one item really used, per period
// (the actuals distributions are fitted to; they never change the cash flow).

function pageHref(itemId: string, page: number): string {
  return `?tab=consumption&item=${itemId}&actualsPage=${page}`;
}

type ActualsLogProps = { scenarioId: string; items: readonly ConsumptionItemChoice[]; actuals: ConsumptionActualsPanelData; canEdit: boolean; currency: string };

function ActualsLog({ scenarioId, items, actuals, canEdit, currency }: ActualsLogProps) {
  const { selected, total, page, pageSize } = actuals;
  if (!selected) return <p className={emptyStates.inline}>No consumption items yet — add one and save it to log what it really used.</p>;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return (
    <section className={styles.section} aria-labelledby="actuals-title">
      {/* Focusable from script only: a deleted row's focus lands here. */}
      <h2 id="actuals-title" tabIndex={-1}>Consumption actuals</h2>
      <form method="get" className={styles.inlineForm}>
        <input type="hidden" name="tab" value="consumption" />
        <div className={forms.field}>
          <label htmlFor="actuals-item">Consumption item</label>
          <select id="actuals-item" name="item" className={forms.select} defaultValue={selected.lineageId}>
            {items.map((item) => (
              <option key={item.lineageId} value={item.lineageId}>{item.name}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={`${buttons.button} ${buttons.secondary}`}>Show actuals</button>
      </form>
      {actuals.actuals.length === 0 ? (
        <p className={emptyStates.inline}>No consumption logged for {selected.name} yet. Log at least five periods to fit a distribution to them (Parameters tab, Fit from data).</p>
      ) : (
        <ScrollRegion label={`Consumption of ${selected.name}`}>
          <table className={tables.table}>
            <caption>Consumption of {selected.name}, newest period first ({formatNumber(total, 0)} entries)</caption>
            <thead>
              <tr>
                <th scope="col">Period start</th>
                <th scope="col" className={tables.numeric}>Quantity ({selected.unit})</th>
                <th scope="col" className={tables.numeric}>Unit cost (per {selected.unit})</th>
                <th scope="col">Notes</th>
                {canEdit ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {actuals.actuals.map(({ id, periodStart, quantity, unitCost, currency: actualCurrency, notes }) => (
                <ConsumptionActualRow
                  key={id}
                  actual={{ id, periodStart, quantity, unitCost, currency: actualCurrency, notes }}
                  itemName={selected.name}
                  unit={selected.unit}
                  canEdit={canEdit}
                  columnCount={canEdit ? 5 : 4}
                  afterDeleteFocusId="actuals-title"
                />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Consumption actuals pages" className={layout.pagination}>
          {page > 1 ? <Link href={pageHref(selected.lineageId, page - 1)}>Previous page</Link> : <span aria-hidden="true" />}
          <span>Page {page} of {pageCount}</span>
          {page < pageCount ? <Link href={pageHref(selected.lineageId, page + 1)}>Next page</Link> : <span aria-hidden="true" />}
        </nav>
      ) : null}
      {canEdit ? <ConsumptionActualForm key={selected.lineageId} scenarioId={scenarioId} itemId={selected.lineageId} itemName={selected.name} unit={selected.unit} currency={currency} /> : null}
    </section>
  );
}

/** The consumption items, then the paginated actuals of one item. */
export function ConsumptionPanel({ data, actuals }: { data: ScenarioPanelData; actuals: ConsumptionActualsPanelData }) {
  const rows = data.effective.rows.consumption;
  const items = rows.map(({ row }) => ({ lineageId: row.lineageId, name: row.name, unit: row.unit }));
  return (
    <>
      <ConsumptionTable {...tableProps(data)} rows={toGridRows("consumption", rows as unknown as EffectiveRowEntry[], data.scenarioNames)} />
      <ActualsLog scenarioId={data.effective.scenario.id} items={items} actuals={actuals} canEdit={data.canEdit} currency={data.effective.settings.currency ?? "USD"} />
    </>
  );
}
