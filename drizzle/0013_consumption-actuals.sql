CREATE TABLE "consumption_actuals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consumption_item_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"quantity" numeric(24, 8) NOT NULL,
	"unit_cost" numeric(24, 8) NOT NULL,
	"currency" text NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consumption_actuals_quantity_non_negative" CHECK ("consumption_actuals"."quantity" >= 0),
	CONSTRAINT "consumption_actuals_unit_cost_non_negative" CHECK ("consumption_actuals"."unit_cost" >= 0),
	CONSTRAINT "consumption_actuals_currency_iso" CHECK ("consumption_actuals"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
ALTER TABLE "consumption_actuals" ADD CONSTRAINT "consumption_actuals_consumption_item_id_consumption_items_id_fk" FOREIGN KEY ("consumption_item_id") REFERENCES "public"."consumption_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption_actuals" ADD CONSTRAINT "consumption_actuals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consumption_actuals_consumption_item_id_period_start_idx" ON "consumption_actuals" USING btree ("consumption_item_id","period_start");--> statement-breakpoint
CREATE INDEX "consumption_actuals_created_by_idx" ON "consumption_actuals" USING btree ("created_by");