CREATE TABLE "simulation_chunks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"chunk_index" integer NOT NULL,
	"start" integer NOT NULL,
	"count" integer NOT NULL,
	"partial" "bytea" NOT NULL,
	"engine_ms" double precision NOT NULL,
	"worker" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "simulation_chunks_run_id_chunk_index_unique" UNIQUE("run_id","chunk_index"),
	CONSTRAINT "simulation_chunks_chunk_index_non_negative" CHECK ("simulation_chunks"."chunk_index" >= 0),
	CONSTRAINT "simulation_chunks_start_non_negative" CHECK ("simulation_chunks"."start" >= 0),
	CONSTRAINT "simulation_chunks_count_positive" CHECK ("simulation_chunks"."count" > 0)
);
--> statement-breakpoint
ALTER TABLE "simulation_chunks" ADD CONSTRAINT "simulation_chunks_run_id_simulation_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."simulation_runs"("id") ON DELETE cascade ON UPDATE no action;