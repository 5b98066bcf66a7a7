CREATE TYPE "public"."price_source" AS ENUM('flat', 'deck');--> statement-breakpoint
CREATE TABLE "price_deck_prices" (
	"deck_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"price" numeric(24, 8) NOT NULL,
	CONSTRAINT "price_deck_prices_pkey" PRIMARY KEY("deck_id","year"),
	CONSTRAINT "price_deck_prices_year_range" CHECK ("price_deck_prices"."year" BETWEEN 1900 AND 2200),
	CONSTRAINT "price_deck_prices_price_non_negative" CHECK ("price_deck_prices"."price" >= 0)
);
--> statement-breakpoint
CREATE TABLE "price_decks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"commodity" text NOT NULL,
	"price_unit" "metal_price_unit" NOT NULL,
	"currency" text NOT NULL,
	"long_term_price" numeric(24, 8) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "price_decks_organisation_id_name_unique" UNIQUE("organisation_id","name"),
	CONSTRAINT "price_decks_name_length" CHECK (length(trim("price_decks"."name")) > 0 AND length("price_decks"."name") <= 100),
	CONSTRAINT "price_decks_commodity_not_blank" CHECK (length(trim("price_decks"."commodity")) > 0),
	CONSTRAINT "price_decks_currency_iso" CHECK ("price_decks"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "price_decks_long_term_price_positive" CHECK ("price_decks"."long_term_price" > 0),
	CONSTRAINT "price_decks_version_positive" CHECK ("price_decks"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "scenarios" ADD COLUMN "price_source" "price_source";--> statement-breakpoint
ALTER TABLE "scenarios" ADD COLUMN "price_deck_id" uuid;--> statement-breakpoint
ALTER TABLE "price_deck_prices" ADD CONSTRAINT "price_deck_prices_deck_id_price_decks_id_fk" FOREIGN KEY ("deck_id") REFERENCES "public"."price_decks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_decks" ADD CONSTRAINT "price_decks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_price_deck_id_price_decks_id_fk" FOREIGN KEY ("price_deck_id") REFERENCES "public"."price_decks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scenarios_price_deck_id_idx" ON "scenarios" USING btree ("price_deck_id");--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_root_price_deck" CHECK ("scenarios"."parent_scenario_id" IS NOT NULL OR "scenarios"."price_source" IS DISTINCT FROM 'deck' OR "scenarios"."price_deck_id" IS NOT NULL);