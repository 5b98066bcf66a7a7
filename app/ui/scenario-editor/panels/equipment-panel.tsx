import Link from "next/link";
import type { EquipmentLine, MaintenancePanelData } from "@/lib/rows";
import { formatDate, formatEnumLabel, formatMoney, formatNumber } from "@/app/ui/format";
import { MaintenanceForm } from "../maintenance-form";
import { EquipmentTable } from "../tables/equipment-table";
import { toGridRows, type EffectiveRowEntry } from "../row-fields";
import { tableProps, type ScenarioPanelData } from "./panel-props";
import buttons from "@/app/ui/common/button.module.css";
import emptyStates from "@/app/ui/common/empty-state.module.css";
import layout from "@/app/ui/common/layout.module.css";
import { ScrollRegion } from "@/app/ui/common/scroll-region";
import tables from "@/app/ui/common/table.module.css";
import forms from "@/app/ui/forms/forms.module.css";
import styles from "../scenario-editor.module.css";

function pageHref(equipmentId: string, page: number): string {
  return `?tab=equipment&equipment=${equipmentId}&logPage=${page}`;
}

type MaintenanceLogProps = { equipment: EquipmentLine[]; maintenance: MaintenancePanelData; canEdit: boolean; currency: string };

function MaintenanceLog({ equipment, maintenance, canEdit, currency }: MaintenanceLogProps) {
  const { selected, logs, total, page, pageSize } = maintenance;
  if (!selected) return <p className={emptyStates.inline}>No equipment yet — add a fleet line and save it to log its maintenance.</p>;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return (
    <section className={styles.section} aria-labelledby="maintenance-title">
      <h2 id="maintenance-title">Maintenance log</h2>
      <form method="get" className={styles.inlineForm}>
        <input type="hidden" name="tab" value="equipment" />
        <div className={forms.field}>
          <label htmlFor="maintenance-equipment">Equipment</label>
          <select id="maintenance-equipment" name="equipment" className={forms.select} defaultValue={selected.id}>
            {equipment.map((item) => (
              <option key={item.id} value={item.id}>{item.name}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={`${buttons.button} ${buttons.secondary}`}>Show log</button>
      </form>
      {logs.length === 0 ? (
        <p className={emptyStates.inline}>No maintenance logged for {selected.name} yet.</p>
      ) : (
        <ScrollRegion label={`Maintenance of ${selected.name}`}>
          <table className={tables.table}>
            <caption>Maintenance of {selected.name}, newest first ({formatNumber(total, 0)} entries)</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Type</th>
                <th scope="col" className={tables.numeric}>Downtime (h)</th>
                <th scope="col" className={tables.numeric}>Cost</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {logs.map((log) => (
                <tr key={log.id}>
                  <td>{formatDate(log.performedOn)}</td>
                  <td>{formatEnumLabel(log.type)}</td>
                  <td className={tables.numeric}>{formatNumber(log.downtimeHours, 1)}</td>
                  <td className={tables.numeric}>{formatMoney(log.cost, log.currency)}</td>
                  <td className={styles.notesCell}>{log.notes ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Maintenance log pages" className={layout.pagination}>
          {page > 1 ? <Link href={pageHref(selected.id, page - 1)}>Previous page</Link> : <span aria-hidden="true" />}
          <span>Page {page} of {pageCount}</span>
          {page < pageCount ? <Link href={pageHref(selected.id, page + 1)}>Next page</Link> : <span aria-hidden="true" />}
        </nav>
      ) : null}
      {canEdit ? <MaintenanceForm key={selected.id} equipmentId={selected.id} equipmentName={selected.name} currency={currency} /> : null}
    </section>
  );
}

/** Equipment & maintenance: the fleet table, then the paginated maintenance log of one fleet line. */
export function EquipmentPanel({ data, maintenance }: { data: ScenarioPanelData; maintenance: MaintenancePanelData }) {
  const fleet = data.effective.rows.equipment;
  return (
    <>
      <EquipmentTable {...tableProps(data)} rows={toGridRows("equipment", fleet as unknown as EffectiveRowEntry[], data.scenarioNames)} />
      <MaintenanceLog equipment={fleet.map((entry) => ({ id: entry.row.id, name: entry.row.name }))} maintenance={maintenance} canEdit={data.canEdit} currency={data.effective.settings.currency ?? "USD"} />
    </>
  );
}
