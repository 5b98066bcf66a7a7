CREATE TYPE "public"."product_role" AS ENUM('co_product', 'by_product');--> statement-breakpoint
ALTER TYPE "public"."scenario_row_entity" ADD VALUE 'product';--> statement-breakpoint
CREATE TABLE "scenario_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"lineage_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"role" "product_role" NOT NULL,
	"grade_unit" "grade_unit" NOT NULL,
	"price_unit" "metal_price_unit" NOT NULL,
	"price" numeric(24, 8) NOT NULL,
	"head_grade" numeric(24, 8) NOT NULL,
	"recovery_pct" numeric(10, 6) NOT NULL,
	"payable_pct" numeric(10, 6) NOT NULL,
	"refining_charge_per_unit" numeric(24, 8) DEFAULT 0 NOT NULL,
	"premium_per_unit" numeric(24, 8) DEFAULT 0 NOT NULL,
	CONSTRAINT "scenario_products_scenario_id_lineage_id_unique" UNIQUE("scenario_id","lineage_id"),
	CONSTRAINT "scenario_products_name_not_blank" CHECK (length(trim("scenario_products"."name")) > 0),
	CONSTRAINT "scenario_products_price_positive" CHECK ("scenario_products"."price" > 0),
	CONSTRAINT "scenario_products_head_grade_non_negative" CHECK ("scenario_products"."head_grade" >= 0),
	CONSTRAINT "scenario_products_recovery_pct_range" CHECK ("scenario_products"."recovery_pct" BETWEEN 0 AND 100),
	CONSTRAINT "scenario_products_payable_pct_range" CHECK ("scenario_products"."payable_pct" BETWEEN 0 AND 100),
	CONSTRAINT "scenario_products_refining_charge_non_negative" CHECK ("scenario_products"."refining_charge_per_unit" >= 0),
	CONSTRAINT "scenario_products_premium_non_negative" CHECK ("scenario_products"."premium_per_unit" >= 0)
);
--> statement-breakpoint
ALTER TABLE "scenario_products" ADD CONSTRAINT "scenario_products_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;