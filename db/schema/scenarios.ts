import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { isNotBlank, timestamps } from "./columns";
import { users } from "./identity";
import { projects } from "./projects";
import { scenarioSettingChecks, scenarioSettingColumns } from "./scenario-settings";
import { SCENARIO_STATUSES } from "../../lib/domain/scenarios";

export const scenarioStatusEnum = pgEnum("scenario_status", SCENARIO_STATUSES);

/**
 * A what-if case of a project. A child (parent_scenario_id set) stores only its differences: NULL settings and
 * absent input rows are inherited from the parent (see scenario-settings.ts and scenario_row_removals).
 */
export const scenarios = pgTable(
  "scenarios",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** Same project only (composite FK below). ON DELETE RESTRICT: the app decides what happens to subtrees. */
    parentScenarioId: uuid("parent_scenario_id"),
    name: text("name").notNull(),
    description: text("description"),
    status: scenarioStatusEnum("status").notNull().default("draft"),
    isBaseCase: boolean("is_base_case").notNull().default(false),
    /** Optimistic concurrency, as projects.version; bumped by any change to the scenario or its input rows. */
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    ...scenarioSettingColumns(),
    ...timestamps,
  },
  (t) => [
    // Leading project_id: also the index for the project FK.
    unique("scenarios_project_id_name_unique").on(t.projectId, t.name),
    // Target of the parent FK, which pins a parent to the child's project.
    unique("scenarios_project_id_id_unique").on(t.projectId, t.id),
    foreignKey({
      name: "scenarios_parent_same_project_fk",
      columns: [t.projectId, t.parentScenarioId],
      foreignColumns: [t.projectId, t.id],
    }).onDelete("restrict"),
    index("scenarios_parent_scenario_id_idx").on(t.parentScenarioId),
    index("scenarios_status_idx").on(t.status),
    index("scenarios_created_by_idx").on(t.createdBy),
    index("scenarios_price_deck_id_idx").on(t.priceDeckId),
    uniqueIndex("scenarios_one_base_case_per_project")
      .on(t.projectId)
      .where(sql`${t.isBaseCase}`),
    check("scenarios_name_not_blank", isNotBlank(t.name)),
    check("scenarios_not_own_parent", sql`${t.parentScenarioId} <> ${t.id}`),
    check("scenarios_version_positive", sql`${t.version} >= 1`),
    ...scenarioSettingChecks(t),
  ],
);

export type Scenario = typeof scenarios.$inferSelect;
export type NewScenario = typeof scenarios.$inferInsert;
