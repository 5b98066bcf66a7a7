import { createRowRoutes } from "./row-routes";
import { ROW_KINDS, type RowSegment } from "./row-kinds";

/** Route handlers of every scenario row kind, by URL segment (app/api/scenarios/[scenarioId]/<segment>). */
export const rowRoutes = Object.fromEntries(
  Object.entries(ROW_KINDS).map(([segment, kind]) => [segment, createRowRoutes(kind)]),
) as Record<RowSegment, ReturnType<typeof createRowRoutes>>;

export { getCorrelations, putCorrelations } from "./correlation-routes";
export {
  createMaintenance,
  deleteMaintenance,
  getMaintenance,
  listMaintenance,
  updateMaintenance,
} from "./maintenance-routes";
