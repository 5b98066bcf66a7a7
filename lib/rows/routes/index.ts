import { ENTITY_OF_SEGMENT, ROW_SEGMENTS, type RowSegment } from "@/lib/domain/row-kinds";
import { createRowRoutes } from "./row-routes";

// The HTTP side of the rows service: route handlers the app/api route files export as GET/POST/….

/** Route handlers of every scenario row kind, by URL segment (app/api/scenarios/[scenarioId]/<segment>). */
export const rowRoutes = Object.fromEntries(ROW_SEGMENTS.map((segment) => [segment, createRowRoutes(ENTITY_OF_SEGMENT[segment])])) as Record<
  RowSegment,
  ReturnType<typeof createRowRoutes>
>;

export { correlationRoutes } from "./correlation-routes";
export { maintenanceRoutes } from "./maintenance-routes";
export { consumptionActualRoutes } from "./consumption-actual-routes";
