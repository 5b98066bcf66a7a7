ALTER TABLE "scenario_products" ADD COLUMN "price_deck_id" uuid;--> statement-breakpoint
ALTER TABLE "scenario_products" ADD COLUMN "head_grade_by_year" jsonb;--> statement-breakpoint
ALTER TABLE "scenario_products" ADD COLUMN "concentrate_grade_pct" numeric(10, 6);--> statement-breakpoint
ALTER TABLE "scenario_products" ADD COLUMN "treatment_charge_per_dmt" numeric(24, 8);--> statement-breakpoint
ALTER TABLE "scenario_products" ADD COLUMN "concentrate_moisture_pct" numeric(10, 6);--> statement-breakpoint
ALTER TABLE "scenario_products" ADD COLUMN "moisture_penalty_threshold_pct" numeric(10, 6);--> statement-breakpoint
ALTER TABLE "scenario_products" ADD COLUMN "moisture_penalty_per_dmt_per_pct" numeric(24, 8);--> statement-breakpoint
ALTER TABLE "scenario_products" ADD COLUMN "impurity_content_pct" numeric(10, 6);--> statement-breakpoint
ALTER TABLE "scenario_products" ADD COLUMN "impurity_penalty_threshold_pct" numeric(10, 6);--> statement-breakpoint
ALTER TABLE "scenario_products" ADD COLUMN "impurity_penalty_per_dmt_per_pct" numeric(24, 8);--> statement-breakpoint
ALTER TABLE "scenario_products" ADD CONSTRAINT "scenario_products_price_deck_id_price_decks_id_fk" FOREIGN KEY ("price_deck_id") REFERENCES "public"."price_decks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scenario_products_price_deck_id_idx" ON "scenario_products" USING btree ("price_deck_id");--> statement-breakpoint
ALTER TABLE "scenario_products" ADD CONSTRAINT "scenario_products_head_grade_by_year_array" CHECK (jsonb_typeof("scenario_products"."head_grade_by_year") = 'array');--> statement-breakpoint
ALTER TABLE "scenario_products" ADD CONSTRAINT "scenario_products_concentrate_grade_pct_range" CHECK ("scenario_products"."concentrate_grade_pct" > 0 AND "scenario_products"."concentrate_grade_pct" <= 100);--> statement-breakpoint
ALTER TABLE "scenario_products" ADD CONSTRAINT "scenario_products_treatment_charge_non_negative" CHECK ("scenario_products"."treatment_charge_per_dmt" >= 0);--> statement-breakpoint
ALTER TABLE "scenario_products" ADD CONSTRAINT "scenario_products_concentrate_moisture_pct_range" CHECK ("scenario_products"."concentrate_moisture_pct" >= 0 AND "scenario_products"."concentrate_moisture_pct" < 100);--> statement-breakpoint
ALTER TABLE "scenario_products" ADD CONSTRAINT "scenario_products_moisture_penalty_threshold_pct_range" CHECK ("scenario_products"."moisture_penalty_threshold_pct" BETWEEN 0 AND 100);--> statement-breakpoint
ALTER TABLE "scenario_products" ADD CONSTRAINT "scenario_products_moisture_penalty_non_negative" CHECK ("scenario_products"."moisture_penalty_per_dmt_per_pct" >= 0);--> statement-breakpoint
ALTER TABLE "scenario_products" ADD CONSTRAINT "scenario_products_impurity_content_pct_range" CHECK ("scenario_products"."impurity_content_pct" BETWEEN 0 AND 100);--> statement-breakpoint
ALTER TABLE "scenario_products" ADD CONSTRAINT "scenario_products_impurity_penalty_threshold_pct_range" CHECK ("scenario_products"."impurity_penalty_threshold_pct" BETWEEN 0 AND 100);--> statement-breakpoint
ALTER TABLE "scenario_products" ADD CONSTRAINT "scenario_products_impurity_penalty_non_negative" CHECK ("scenario_products"."impurity_penalty_per_dmt_per_pct" >= 0);