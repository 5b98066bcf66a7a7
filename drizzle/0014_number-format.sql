ALTER TYPE "public"."audit_action" ADD VALUE 'preference_change';--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "number_format" text;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_number_format_known" CHECK ("users"."number_format" IN ('point', 'comma'));