CREATE TYPE "public"."period_zero_timing" AS ENUM('with_timing', 'at_valuation_date');--> statement-breakpoint
CREATE TYPE "public"."valuation_date" AS ENUM('start_of_period_0', 'end_of_period_0', 'start_of_production');--> statement-breakpoint
ALTER TABLE "scenarios" ADD COLUMN "valuation_date" "valuation_date";--> statement-breakpoint
ALTER TABLE "scenarios" ADD COLUMN "period_zero_timing" "period_zero_timing";