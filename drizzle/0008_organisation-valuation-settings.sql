ALTER TABLE "organisations" ADD COLUMN "disclosure_rates_pct" jsonb DEFAULT '[0,5,8,10]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "sensitivity_steps_pct" jsonb DEFAULT '[-30,-20,-10,10,20,30]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_disclosure_rates_pct_list" CHECK (CASE WHEN jsonb_typeof("organisations"."disclosure_rates_pct") = 'array'
    THEN jsonb_array_length("organisations"."disclosure_rates_pct") BETWEEN 1 AND 8
      AND NOT jsonb_path_exists("organisations"."disclosure_rates_pct", '$[*] ? (@.type() != "number" || @ < 0 || @ > 100)'::jsonpath)
    ELSE false END);--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_sensitivity_steps_pct_list" CHECK (CASE WHEN jsonb_typeof("organisations"."sensitivity_steps_pct") = 'array'
    THEN jsonb_array_length("organisations"."sensitivity_steps_pct") BETWEEN 1 AND 10
      AND NOT jsonb_path_exists("organisations"."sensitivity_steps_pct", '$[*] ? (@.type() != "number" || @ <= -100 || @ > 200 || @ == 0)'::jsonpath)
    ELSE false END);