import Link from "next/link";
import { getDb } from "@/db";
import { listMaintenanceLogs } from "@/db/queries/rows/maintenance";
import { formatDate } from "@/app/ui/projects/format";
import { formatEnumLabel, formatMoney, formatNumber } from "@/app/ui/format/number";
import { MaintenanceForm } from "../maintenance-form";
import { EquipmentTable } from "../tables/equipment-table";
import { toGridRows, type EffectiveRowEntry } from "../row-fields";
import { tableProps, type ScenarioPanelData } from "./panel-props";

const LOG_PAGE_SIZE = 10;

type MaintenanceQuery = { equipmentId?: string; page: number };

function pageHref(equipmentId: string, page: number): string {
  return `?tab=equipment&equipment=${equipmentId}&logPage=${page}`;
}

type MaintenanceLogProps = { equipment: { id: string; name: string }[]; query: MaintenanceQuery; canEdit: boolean; currency: string };

async function MaintenanceLog({ equipment, query, canEdit, currency }: MaintenanceLogProps) {
  const selected = equipment.find((item) => item.id === query.equipmentId) ?? equipment[0];
  if (!selected) return <p className="empty-inline">No equipment yet — add a fleet line and save it to log its maintenance.</p>;
  const { logs, total } = await listMaintenanceLogs(await getDb(), { equipmentId: selected.id, query: { order: "desc", page: query.page, pageSize: LOG_PAGE_SIZE } });
  const pageCount = Math.max(1, Math.ceil(total / LOG_PAGE_SIZE));
  return (
    <section className="editor-section" aria-labelledby="maintenance-title">
      <h2 id="maintenance-title">Maintenance log</h2>
      <form method="get" className="inline-form">
        <input type="hidden" name="tab" value="equipment" />
        <div className="field">
          <label htmlFor="maintenance-equipment">Equipment</label>
          <select id="maintenance-equipment" name="equipment" className="select" defaultValue={selected.id}>
            {equipment.map((item) => (
              <option key={item.id} value={item.id}>{item.name}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">Show log</button>
      </form>
      {logs.length === 0 ? (
        <p className="empty-inline">No maintenance logged for {selected.name} yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>Maintenance of {selected.name}, newest first ({formatNumber(total, 0)} entries)</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Type</th>
                <th scope="col" className="numeric">Downtime (h)</th>
                <th scope="col" className="numeric">Cost</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {logs.map((log) => (
                <tr key={log.id}>
                  <td>{formatDate(log.performedOn)}</td>
                  <td>{formatEnumLabel(log.type)}</td>
                  <td className="numeric">{formatNumber(log.downtimeHours, 1)}</td>
                  <td className="numeric">{formatMoney(log.cost, log.currency)}</td>
                  <td className="notes-cell">{log.notes ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Maintenance log pages" className="pagination">
          {query.page > 1 ? <Link href={pageHref(selected.id, query.page - 1)}>Previous page</Link> : <span aria-hidden="true" />}
          <span>Page {query.page} of {pageCount}</span>
          {query.page < pageCount ? <Link href={pageHref(selected.id, query.page + 1)}>Next page</Link> : <span aria-hidden="true" />}
        </nav>
      ) : null}
      {canEdit ? <MaintenanceForm key={selected.id} equipmentId={selected.id} equipmentName={selected.name} currency={currency} /> : null}
    </section>
  );
}

/** Equipment & maintenance: the fleet table, then the paginated maintenance log of one fleet line. */
export function EquipmentPanel({ data, query }: { data: ScenarioPanelData; query: MaintenanceQuery }) {
  const fleet = data.effective.rows.equipment;
  return (
    <>
      <EquipmentTable {...tableProps(data)} rows={toGridRows("equipment", fleet as unknown as EffectiveRowEntry[], data.scenarioNames)} />
      <MaintenanceLog equipment={fleet.map((entry) => ({ id: entry.row.id, name: entry.row.name }))} query={query} canEdit={data.canEdit} currency={data.effective.settings.currency ?? "USD"} />
    </>
  );
}
