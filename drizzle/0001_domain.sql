CREATE TYPE "public"."operation_type" AS ENUM('open_pit', 'underground', 'in_situ_leach', 'heap_leach', 'placer', 'other');--> statement-breakpoint
CREATE TYPE "public"."cash_flow_terms" AS ENUM('real', 'nominal');--> statement-breakpoint
CREATE TYPE "public"."depreciation_method" AS ENUM('straight_line', 'units_of_production');--> statement-breakpoint
CREATE TYPE "public"."discounting_convention" AS ENUM('end_of_period', 'mid_period');--> statement-breakpoint
CREATE TYPE "public"."grade_unit" AS ENUM('pct', 'g_per_t', 'ppm');--> statement-breakpoint
CREATE TYPE "public"."metal_price_unit" AS ENUM('lb', 'oz', 't', 'kg', 'g');--> statement-breakpoint
CREATE TYPE "public"."royalty_type" AS ENUM('nsr', 'gross_revenue', 'per_unit', 'none');--> statement-breakpoint
CREATE TYPE "public"."scenario_status" AS ENUM('draft', 'active', 'archived');--> statement-breakpoint
CREATE TYPE "public"."scenario_row_entity" AS ENUM('parameter', 'production', 'capex', 'opex', 'consumption', 'equipment');--> statement-breakpoint
CREATE TYPE "public"."parameter_application" AS ENUM('absolute', 'factor');--> statement-breakpoint
CREATE TYPE "public"."sampling_mode" AS ENUM('per_iteration', 'per_period');--> statement-breakpoint
CREATE TYPE "public"."capex_category" AS ENUM('equipment', 'infrastructure', 'land', 'development', 'other');--> statement-breakpoint
CREATE TYPE "public"."capex_kind" AS ENUM('initial', 'sustaining', 'closure');--> statement-breakpoint
CREATE TYPE "public"."opex_basis" AS ENUM('per_tonne_mined', 'per_tonne_processed', 'fixed_per_period', 'daily', 'weekly', 'monthly', 'quarterly', 'annually');--> statement-breakpoint
CREATE TYPE "public"."opex_category" AS ENUM('mining', 'processing', 'g_and_a', 'transport', 'other');--> statement-breakpoint
CREATE TYPE "public"."resource_type" AS ENUM('reagent', 'fuel', 'water', 'power', 'grinding_media', 'other');--> statement-breakpoint
CREATE TYPE "public"."maintenance_type" AS ENUM('preventive', 'corrective', 'inspection');--> statement-breakpoint
CREATE TYPE "public"."sampler" AS ENUM('monte_carlo', 'latin_hypercube');--> statement-breakpoint
CREATE TYPE "public"."simulation_status" AS ENUM('queued', 'running', 'succeeded', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."audit_action" AS ENUM('create', 'update', 'delete', 'import', 'export', 'run', 'cancel', 'sign_in', 'role_change');--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"location" text,
	"operation_type" "operation_type" NOT NULL,
	"primary_commodity" text NOT NULL,
	"currency" text NOT NULL,
	"default_discount_rate_pct" numeric(10, 6) NOT NULL,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_organisation_id_name_unique" UNIQUE("organisation_id","name"),
	CONSTRAINT "projects_name_not_blank" CHECK (length(trim("projects"."name")) > 0),
	CONSTRAINT "projects_primary_commodity_not_blank" CHECK (length(trim("projects"."primary_commodity")) > 0),
	CONSTRAINT "projects_currency_iso" CHECK ("projects"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "projects_default_discount_rate_pct_range" CHECK ("projects"."default_discount_rate_pct" BETWEEN 0 AND 100),
	CONSTRAINT "projects_version_positive" CHECK ("projects"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"parent_scenario_id" uuid,
	"name" text NOT NULL,
	"description" text,
	"status" "scenario_status" DEFAULT 'draft' NOT NULL,
	"is_base_case" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"start_year" integer,
	"life_years" integer,
	"construction_periods" integer,
	"currency" text,
	"discount_rate_pct" numeric(10, 6),
	"discounting" "discounting_convention",
	"income_tax_rate_pct" numeric(10, 6),
	"royalty_type" "royalty_type",
	"royalty_rate_pct" numeric(10, 6),
	"royalty_per_unit" numeric(24, 8),
	"minimum_royalty_per_period" numeric(20, 4),
	"depreciation_method" "depreciation_method",
	"depreciation_life_years" integer,
	"tax_loss_carry_forward" boolean,
	"receivable_days" integer,
	"payable_days" integer,
	"closure_cost" numeric(20, 4),
	"salvage_value" numeric(20, 4),
	"inflation_pct" numeric(10, 6),
	"terms" "cash_flow_terms",
	"metal_price" numeric(24, 8),
	"metal_price_unit" "metal_price_unit",
	"price_currency" text,
	"fx_rate" numeric(24, 8),
	"grade_unit" "grade_unit",
	"payable_pct" numeric(10, 6),
	"concentrate_grade_pct" numeric(10, 6),
	"treatment_charge_per_dmt" numeric(24, 8),
	"refining_charge_per_unit" numeric(24, 8),
	"premium_per_unit" numeric(24, 8),
	"concentrate_moisture_pct" numeric(10, 6),
	"moisture_penalty_threshold_pct" numeric(10, 6),
	"moisture_penalty_per_dmt_per_pct" numeric(24, 8),
	"impurity_content_pct" numeric(10, 6),
	"impurity_penalty_threshold_pct" numeric(10, 6),
	"impurity_penalty_per_dmt_per_pct" numeric(24, 8),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scenarios_project_id_name_unique" UNIQUE("project_id","name"),
	CONSTRAINT "scenarios_project_id_id_unique" UNIQUE("project_id","id"),
	CONSTRAINT "scenarios_name_not_blank" CHECK (length(trim("scenarios"."name")) > 0),
	CONSTRAINT "scenarios_not_own_parent" CHECK ("scenarios"."parent_scenario_id" <> "scenarios"."id"),
	CONSTRAINT "scenarios_version_positive" CHECK ("scenarios"."version" >= 1),
	CONSTRAINT "scenarios_root_settings_complete" CHECK ("scenarios"."parent_scenario_id" IS NOT NULL OR ("scenarios"."start_year" IS NOT NULL AND "scenarios"."life_years" IS NOT NULL AND "scenarios"."construction_periods" IS NOT NULL AND "scenarios"."currency" IS NOT NULL AND "scenarios"."discount_rate_pct" IS NOT NULL AND "scenarios"."discounting" IS NOT NULL AND "scenarios"."income_tax_rate_pct" IS NOT NULL AND "scenarios"."royalty_type" IS NOT NULL AND "scenarios"."depreciation_method" IS NOT NULL AND "scenarios"."depreciation_life_years" IS NOT NULL AND "scenarios"."tax_loss_carry_forward" IS NOT NULL AND "scenarios"."receivable_days" IS NOT NULL AND "scenarios"."payable_days" IS NOT NULL AND "scenarios"."closure_cost" IS NOT NULL AND "scenarios"."salvage_value" IS NOT NULL AND "scenarios"."inflation_pct" IS NOT NULL AND "scenarios"."terms" IS NOT NULL AND "scenarios"."metal_price" IS NOT NULL AND "scenarios"."metal_price_unit" IS NOT NULL AND "scenarios"."fx_rate" IS NOT NULL AND "scenarios"."grade_unit" IS NOT NULL AND "scenarios"."payable_pct" IS NOT NULL)),
	CONSTRAINT "scenarios_root_royalty_terms" CHECK ("scenarios"."parent_scenario_id" IS NOT NULL OR "scenarios"."royalty_type" = 'none'
    OR ("scenarios"."royalty_type" IN ('nsr', 'gross_revenue') AND "scenarios"."royalty_rate_pct" IS NOT NULL)
    OR ("scenarios"."royalty_type" = 'per_unit' AND "scenarios"."royalty_per_unit" IS NOT NULL)),
	CONSTRAINT "scenarios_start_year_range" CHECK ("scenarios"."start_year" BETWEEN 1900 AND 2200),
	CONSTRAINT "scenarios_life_years_range" CHECK ("scenarios"."life_years" BETWEEN 1 AND 100),
	CONSTRAINT "scenarios_construction_periods_range" CHECK ("scenarios"."construction_periods" BETWEEN 0 AND 20),
	CONSTRAINT "scenarios_currency_iso" CHECK ("scenarios"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "scenarios_price_currency_iso" CHECK ("scenarios"."price_currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "scenarios_discount_rate_pct_range" CHECK ("scenarios"."discount_rate_pct" BETWEEN 0 AND 100),
	CONSTRAINT "scenarios_income_tax_rate_pct_range" CHECK ("scenarios"."income_tax_rate_pct" BETWEEN 0 AND 100),
	CONSTRAINT "scenarios_royalty_rate_pct_range" CHECK ("scenarios"."royalty_rate_pct" BETWEEN 0 AND 100),
	CONSTRAINT "scenarios_royalty_per_unit_non_negative" CHECK ("scenarios"."royalty_per_unit" >= 0),
	CONSTRAINT "scenarios_minimum_royalty_non_negative" CHECK ("scenarios"."minimum_royalty_per_period" >= 0),
	CONSTRAINT "scenarios_depreciation_life_years_range" CHECK ("scenarios"."depreciation_life_years" BETWEEN 1 AND 100),
	CONSTRAINT "scenarios_receivable_days_range" CHECK ("scenarios"."receivable_days" BETWEEN 0 AND 365),
	CONSTRAINT "scenarios_payable_days_range" CHECK ("scenarios"."payable_days" BETWEEN 0 AND 365),
	CONSTRAINT "scenarios_closure_cost_non_negative" CHECK ("scenarios"."closure_cost" >= 0),
	CONSTRAINT "scenarios_salvage_value_non_negative" CHECK ("scenarios"."salvage_value" >= 0),
	CONSTRAINT "scenarios_inflation_pct_range" CHECK ("scenarios"."inflation_pct" > -100 AND "scenarios"."inflation_pct" <= 100),
	CONSTRAINT "scenarios_metal_price_non_negative" CHECK ("scenarios"."metal_price" >= 0),
	CONSTRAINT "scenarios_fx_rate_positive" CHECK ("scenarios"."fx_rate" > 0),
	CONSTRAINT "scenarios_payable_pct_range" CHECK ("scenarios"."payable_pct" BETWEEN 0 AND 100),
	CONSTRAINT "scenarios_concentrate_grade_pct_range" CHECK ("scenarios"."concentrate_grade_pct" > 0 AND "scenarios"."concentrate_grade_pct" <= 100),
	CONSTRAINT "scenarios_treatment_charge_non_negative" CHECK ("scenarios"."treatment_charge_per_dmt" >= 0),
	CONSTRAINT "scenarios_refining_charge_non_negative" CHECK ("scenarios"."refining_charge_per_unit" >= 0),
	CONSTRAINT "scenarios_concentrate_moisture_pct_range" CHECK ("scenarios"."concentrate_moisture_pct" >= 0 AND "scenarios"."concentrate_moisture_pct" < 100),
	CONSTRAINT "scenarios_premium_non_negative" CHECK ("scenarios"."premium_per_unit" >= 0),
	CONSTRAINT "scenarios_moisture_penalty_threshold_pct_range" CHECK ("scenarios"."moisture_penalty_threshold_pct" BETWEEN 0 AND 100),
	CONSTRAINT "scenarios_moisture_penalty_non_negative" CHECK ("scenarios"."moisture_penalty_per_dmt_per_pct" >= 0),
	CONSTRAINT "scenarios_impurity_content_pct_range" CHECK ("scenarios"."impurity_content_pct" BETWEEN 0 AND 100),
	CONSTRAINT "scenarios_impurity_penalty_threshold_pct_range" CHECK ("scenarios"."impurity_penalty_threshold_pct" BETWEEN 0 AND 100),
	CONSTRAINT "scenarios_impurity_penalty_non_negative" CHECK ("scenarios"."impurity_penalty_per_dmt_per_pct" >= 0)
);
--> statement-breakpoint
CREATE TABLE "scenario_row_removals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"entity" "scenario_row_entity" NOT NULL,
	"lineage_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scenario_row_removals_scenario_id_entity_lineage_id_unique" UNIQUE("scenario_id","entity","lineage_id")
);
--> statement-breakpoint
CREATE TABLE "parameter_correlations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"parameter_a_lineage_id" uuid NOT NULL,
	"parameter_b_lineage_id" uuid NOT NULL,
	"coefficient" numeric(7, 6) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "parameter_correlations_pair_unique" UNIQUE("scenario_id","parameter_a_lineage_id","parameter_b_lineage_id"),
	CONSTRAINT "parameter_correlations_pair_ordered" CHECK ("parameter_correlations"."parameter_a_lineage_id" < "parameter_correlations"."parameter_b_lineage_id"),
	CONSTRAINT "parameter_correlations_coefficient_range" CHECK ("parameter_correlations"."coefficient" BETWEEN -1 AND 1)
);
--> statement-breakpoint
CREATE TABLE "process_parameters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"lineage_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"target" text NOT NULL,
	"target_ref" text,
	"application" "parameter_application" DEFAULT 'absolute' NOT NULL,
	"base_value" numeric(24, 8) NOT NULL,
	"unit" text NOT NULL,
	"distribution" jsonb,
	"sampling" "sampling_mode" DEFAULT 'per_iteration' NOT NULL,
	"description" text,
	CONSTRAINT "process_parameters_scenario_id_lineage_id_unique" UNIQUE("scenario_id","lineage_id"),
	CONSTRAINT "process_parameters_scenario_id_name_unique" UNIQUE("scenario_id","name"),
	CONSTRAINT "process_parameters_name_not_blank" CHECK (length(trim("process_parameters"."name")) > 0),
	CONSTRAINT "process_parameters_target_not_blank" CHECK (length(trim("process_parameters"."target")) > 0),
	CONSTRAINT "process_parameters_distribution_shape" CHECK ("process_parameters"."distribution" IS NULL OR (jsonb_typeof("process_parameters"."distribution") = 'object'
        AND jsonb_typeof("process_parameters"."distribution" -> 'type') = 'string'
        AND length(trim("process_parameters"."distribution" ->> 'type')) > 0))
);
--> statement-breakpoint
CREATE TABLE "production_outputs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"lineage_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"period" integer NOT NULL,
	"ore_mined_t" numeric(24, 8) NOT NULL,
	"waste_mined_t" numeric(24, 8) NOT NULL,
	"ore_processed_t" numeric(24, 8) NOT NULL,
	"head_grade" numeric(24, 8) NOT NULL,
	"recovery_pct" numeric(10, 6) NOT NULL,
	CONSTRAINT "production_outputs_scenario_id_lineage_id_unique" UNIQUE("scenario_id","lineage_id"),
	CONSTRAINT "production_outputs_scenario_id_period_unique" UNIQUE("scenario_id","period"),
	CONSTRAINT "production_outputs_period_non_negative" CHECK ("production_outputs"."period" >= 0),
	CONSTRAINT "production_outputs_ore_mined_t_non_negative" CHECK ("production_outputs"."ore_mined_t" >= 0),
	CONSTRAINT "production_outputs_waste_mined_t_non_negative" CHECK ("production_outputs"."waste_mined_t" >= 0),
	CONSTRAINT "production_outputs_ore_processed_t_non_negative" CHECK ("production_outputs"."ore_processed_t" >= 0),
	CONSTRAINT "production_outputs_head_grade_non_negative" CHECK ("production_outputs"."head_grade" >= 0),
	CONSTRAINT "production_outputs_recovery_pct_range" CHECK ("production_outputs"."recovery_pct" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "capex_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"lineage_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"category" "capex_category" NOT NULL,
	"kind" "capex_kind" NOT NULL,
	"amount" numeric(20, 4) NOT NULL,
	"currency" text NOT NULL,
	"spend_period" integer NOT NULL,
	"contingency_pct" numeric(10, 6) DEFAULT 0 NOT NULL,
	"description" text,
	CONSTRAINT "capex_items_scenario_id_lineage_id_unique" UNIQUE("scenario_id","lineage_id"),
	CONSTRAINT "capex_items_name_not_blank" CHECK (length(trim("capex_items"."name")) > 0),
	CONSTRAINT "capex_items_amount_non_negative" CHECK ("capex_items"."amount" >= 0),
	CONSTRAINT "capex_items_currency_iso" CHECK ("capex_items"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "capex_items_spend_period_non_negative" CHECK ("capex_items"."spend_period" >= 0),
	CONSTRAINT "capex_items_contingency_pct_range" CHECK ("capex_items"."contingency_pct" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "opex_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"lineage_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"category" "opex_category" NOT NULL,
	"basis" "opex_basis" NOT NULL,
	"unit_cost" numeric(24, 8) NOT NULL,
	"quantity" numeric(24, 8) DEFAULT 1 NOT NULL,
	"start_period" integer NOT NULL,
	"end_period" integer,
	"escalation_pct" numeric(10, 6) DEFAULT 0 NOT NULL,
	"description" text,
	CONSTRAINT "opex_items_scenario_id_lineage_id_unique" UNIQUE("scenario_id","lineage_id"),
	CONSTRAINT "opex_items_name_not_blank" CHECK (length(trim("opex_items"."name")) > 0),
	CONSTRAINT "opex_items_unit_cost_non_negative" CHECK ("opex_items"."unit_cost" >= 0),
	CONSTRAINT "opex_items_quantity_non_negative" CHECK ("opex_items"."quantity" >= 0),
	CONSTRAINT "opex_items_start_period_non_negative" CHECK ("opex_items"."start_period" >= 0),
	CONSTRAINT "opex_items_period_order" CHECK ("opex_items"."end_period" >= "opex_items"."start_period"),
	CONSTRAINT "opex_items_escalation_pct_range" CHECK ("opex_items"."escalation_pct" BETWEEN -100 AND 100)
);
--> statement-breakpoint
CREATE TABLE "consumption_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"lineage_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resource_type" "resource_type" NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"rate_per_tonne_processed" numeric(24, 8),
	"quantity_per_period" numeric(24, 8),
	"unit_price" numeric(24, 8) NOT NULL,
	"start_period" integer NOT NULL,
	"end_period" integer,
	"escalation_pct" numeric(10, 6) DEFAULT 0 NOT NULL,
	CONSTRAINT "consumption_items_scenario_id_lineage_id_unique" UNIQUE("scenario_id","lineage_id"),
	CONSTRAINT "consumption_items_name_not_blank" CHECK (length(trim("consumption_items"."name")) > 0),
	CONSTRAINT "consumption_items_unit_not_blank" CHECK (length(trim("consumption_items"."unit")) > 0),
	CONSTRAINT "consumption_items_one_quantity_basis" CHECK (num_nonnulls("consumption_items"."rate_per_tonne_processed", "consumption_items"."quantity_per_period") = 1),
	CONSTRAINT "consumption_items_rate_non_negative" CHECK ("consumption_items"."rate_per_tonne_processed" >= 0),
	CONSTRAINT "consumption_items_quantity_non_negative" CHECK ("consumption_items"."quantity_per_period" >= 0),
	CONSTRAINT "consumption_items_unit_price_non_negative" CHECK ("consumption_items"."unit_price" >= 0),
	CONSTRAINT "consumption_items_start_period_non_negative" CHECK ("consumption_items"."start_period" >= 0),
	CONSTRAINT "consumption_items_period_order" CHECK ("consumption_items"."end_period" >= "consumption_items"."start_period"),
	CONSTRAINT "consumption_items_escalation_pct_range" CHECK ("consumption_items"."escalation_pct" BETWEEN -100 AND 100)
);
--> statement-breakpoint
CREATE TABLE "equipment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"lineage_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"equipment_type" text NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"purchase_cost" numeric(20, 4) NOT NULL,
	"operating_cost_per_hour" numeric(24, 8) NOT NULL,
	"purchase_period" integer DEFAULT 0 NOT NULL,
	"hours_per_year" numeric(24, 8) NOT NULL,
	"life_years" integer NOT NULL,
	"availability_pct" numeric(10, 6) NOT NULL,
	CONSTRAINT "equipment_scenario_id_lineage_id_unique" UNIQUE("scenario_id","lineage_id"),
	CONSTRAINT "equipment_name_not_blank" CHECK (length(trim("equipment"."name")) > 0),
	CONSTRAINT "equipment_equipment_type_not_blank" CHECK (length(trim("equipment"."equipment_type")) > 0),
	CONSTRAINT "equipment_quantity_positive" CHECK ("equipment"."quantity" >= 1),
	CONSTRAINT "equipment_purchase_cost_non_negative" CHECK ("equipment"."purchase_cost" >= 0),
	CONSTRAINT "equipment_operating_cost_per_hour_non_negative" CHECK ("equipment"."operating_cost_per_hour" >= 0),
	CONSTRAINT "equipment_hours_per_year_range" CHECK ("equipment"."hours_per_year" BETWEEN 0 AND 8784),
	CONSTRAINT "equipment_purchase_period_non_negative" CHECK ("equipment"."purchase_period" >= 0),
	CONSTRAINT "equipment_life_years_range" CHECK ("equipment"."life_years" BETWEEN 1 AND 100),
	CONSTRAINT "equipment_availability_pct_range" CHECK ("equipment"."availability_pct" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "maintenance_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"equipment_id" uuid NOT NULL,
	"performed_on" date NOT NULL,
	"type" "maintenance_type" NOT NULL,
	"downtime_hours" numeric(24, 8) DEFAULT 0 NOT NULL,
	"cost" numeric(20, 4) DEFAULT 0 NOT NULL,
	"currency" text NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maintenance_logs_downtime_hours_non_negative" CHECK ("maintenance_logs"."downtime_hours" >= 0),
	CONSTRAINT "maintenance_logs_cost_non_negative" CHECK ("maintenance_logs"."cost" >= 0),
	CONSTRAINT "maintenance_logs_currency_iso" CHECK ("maintenance_logs"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "simulation_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"statistics" jsonb NOT NULL,
	"histogram" jsonb,
	"s_curve" jsonb,
	"convergence" jsonb,
	"sensitivity" jsonb,
	"raw_samples" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "simulation_results_run_id_metric_unique" UNIQUE("run_id","metric"),
	CONSTRAINT "simulation_results_metric_not_blank" CHECK (length(trim("simulation_results"."metric")) > 0)
);
--> statement-breakpoint
CREATE TABLE "simulation_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"iterations" integer NOT NULL,
	"sampler" "sampler" DEFAULT 'monte_carlo' NOT NULL,
	"seed" bigint NOT NULL,
	"status" "simulation_status" DEFAULT 'queued' NOT NULL,
	"progress" double precision DEFAULT 0 NOT NULL,
	"engine_version" text NOT NULL,
	"manifest" jsonb NOT NULL,
	"input_hash" text NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"error_message" text,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"duration_ms" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "simulation_runs_iterations_range" CHECK ("simulation_runs"."iterations" BETWEEN 1 AND 10000000),
	CONSTRAINT "simulation_runs_seed_non_negative" CHECK ("simulation_runs"."seed" >= 0),
	CONSTRAINT "simulation_runs_progress_range" CHECK ("simulation_runs"."progress" BETWEEN 0 AND 1),
	CONSTRAINT "simulation_runs_engine_version_not_blank" CHECK (length(trim("simulation_runs"."engine_version")) > 0),
	CONSTRAINT "simulation_runs_input_hash_not_blank" CHECK (length(trim("simulation_runs"."input_hash")) > 0),
	CONSTRAINT "simulation_runs_duration_ms_non_negative" CHECK ("simulation_runs"."duration_ms" >= 0),
	CONSTRAINT "simulation_runs_finished_after_started" CHECK ("simulation_runs"."finished_at" >= "simulation_runs"."started_at")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid,
	"action" "audit_action" NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_entity_type_not_blank" CHECK (length(trim("audit_log"."entity_type")) > 0)
);
--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_parent_same_project_fk" FOREIGN KEY ("project_id","parent_scenario_id") REFERENCES "public"."scenarios"("project_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_row_removals" ADD CONSTRAINT "scenario_row_removals_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parameter_correlations" ADD CONSTRAINT "parameter_correlations_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_parameters" ADD CONSTRAINT "process_parameters_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_outputs" ADD CONSTRAINT "production_outputs_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capex_items" ADD CONSTRAINT "capex_items_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opex_items" ADD CONSTRAINT "opex_items_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_items" ADD CONSTRAINT "consumption_items_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment" ADD CONSTRAINT "equipment_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_logs" ADD CONSTRAINT "maintenance_logs_equipment_id_equipment_id_fk" FOREIGN KEY ("equipment_id") REFERENCES "public"."equipment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_logs" ADD CONSTRAINT "maintenance_logs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "simulation_results" ADD CONSTRAINT "simulation_results_run_id_simulation_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."simulation_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "simulation_runs" ADD CONSTRAINT "simulation_runs_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "simulation_runs" ADD CONSTRAINT "simulation_runs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "simulation_runs" ADD CONSTRAINT "simulation_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_created_by_idx" ON "projects" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "scenarios_parent_scenario_id_idx" ON "scenarios" USING btree ("parent_scenario_id");--> statement-breakpoint
CREATE INDEX "scenarios_status_idx" ON "scenarios" USING btree ("status");--> statement-breakpoint
CREATE INDEX "scenarios_created_by_idx" ON "scenarios" USING btree ("created_by");--> statement-breakpoint
CREATE UNIQUE INDEX "scenarios_one_base_case_per_project" ON "scenarios" USING btree ("project_id") WHERE "scenarios"."is_base_case";--> statement-breakpoint
CREATE INDEX "scenario_row_removals_lineage_id_idx" ON "scenario_row_removals" USING btree ("lineage_id");--> statement-breakpoint
CREATE INDEX "maintenance_logs_equipment_id_performed_on_idx" ON "maintenance_logs" USING btree ("equipment_id","performed_on");--> statement-breakpoint
CREATE INDEX "maintenance_logs_created_by_idx" ON "maintenance_logs" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "simulation_runs_scenario_id_created_at_idx" ON "simulation_runs" USING btree ("scenario_id","created_at");--> statement-breakpoint
CREATE INDEX "simulation_runs_organisation_id_status_idx" ON "simulation_runs" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "simulation_runs_created_by_idx" ON "simulation_runs" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "simulation_runs_input_hash_idx" ON "simulation_runs" USING btree ("input_hash");--> statement-breakpoint
CREATE INDEX "audit_log_organisation_id_created_at_idx" ON "audit_log" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_user_id_idx" ON "audit_log" USING btree ("user_id");