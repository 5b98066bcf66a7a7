import { z } from "zod";
import { MAX_HEAD_GRADE, QUICK_START_COMMODITIES, QUICK_START_LIMITS, quickStartTerms, TONNAGE_BASES } from "@/lib/domain/quick-start";

// The quick-start request (POST /api/projects/{projectId}/scenarios/quick-start): the figures of a first look at a
// mine, each with its bounds and a message that says what to enter. Units follow the commodity: the head grade is
// in its grade unit (g/t for gold and silver, % for base metals), the price per its price unit (oz or lb).

const L = QUICK_START_LIMITS;
const number = (what: string) => z.number({ error: `Enter the ${what} as a number` });
const positive = (what: string, max: number, unit: string) =>
  number(what).gt(0, `Enter a ${what} above 0`).max(max, `A ${what} above ${max.toLocaleString("en-US")} ${unit} is not a real mine: check the figure`);

export const quickStartSchema = z
  .object({
    name: z.string().trim().min(1, "Enter the scenario’s name").max(200, "Keep the name within 200 characters"),
    isBaseCase: z.boolean().default(false),
    commodity: z.enum(QUICK_START_COMMODITIES, { error: "Choose the commodity" }),
    tonnageBasis: z.enum(TONNAGE_BASES, { error: "Say whether the tonnage is per year or for the whole life" }),
    /** Tonnes of ore processed per year, or over the life (tonnageBasis). */
    oreProcessedT: number("ore tonnage").gt(0, "Enter an ore tonnage above 0"),
    /** In the commodity's grade unit. */
    headGrade: number("head grade").gt(0, "Enter a head grade above 0"),
    recoveryPct: number("recovery").gt(0, "Enter a recovery above 0 %").max(100, "A recovery cannot exceed 100 %"),
    lifeYears: z
      .int({ error: "Enter the mine life as a whole number of years" })
      .min(1, "The mine must produce for at least 1 year")
      .max(L.lifeYearsMax, `Keep the mine life within ${L.lifeYearsMax} years`),
    /** In the project's currency, spent in the construction year. */
    initialCapex: number("initial capital cost").min(0, "The initial capital cost cannot be negative").max(L.initialCapexMax, "An initial capital cost above 1 trillion is not a real mine: check the figure"),
    /** In the project's currency per tonne processed. */
    opexPerTonne: number("operating cost").min(0, "The operating cost cannot be negative").max(L.opexPerTonneMax, `An operating cost above ${L.opexPerTonneMax.toLocaleString("en-US")} per tonne is not a real mine: check the figure`),
    /** The project currency per the commodity's price unit (no exchange rate); omitted: the commodity's default price. */
    metalPrice: positive("metal price", L.metalPriceMax, "per unit").optional(),
    /** Omitted: the project's default discount rate. */
    discountRatePct: number("discount rate").min(0, "The discount rate cannot be negative").max(100, "A discount rate cannot exceed 100 %").optional(),
    /** The first construction year; omitted: next year. */
    startYear: z.int({ error: "Enter the start year as a whole number" }).min(1900).max(2200).optional(),
  })
  .superRefine((input, ctx) => {
    const max = input.tonnageBasis === "total" ? L.oreProcessedTTotalMax : L.oreProcessedTPerYearMax;
    if (input.oreProcessedT > max) {
      const per = input.tonnageBasis === "total" ? "over the life" : "a year";
      ctx.addIssue({ code: "custom", path: ["oreProcessedT"], message: `More than ${max.toLocaleString("en-US")} t of ore ${per} is not a real mine: check the figure` });
    }
    const gradeUnit = quickStartTerms(input.commodity).gradeUnit;
    if (input.headGrade > MAX_HEAD_GRADE[gradeUnit]) {
      const unit = gradeUnit === "pct" ? "%" : gradeUnit === "g_per_t" ? "g/t" : "ppm";
      ctx.addIssue({ code: "custom", path: ["headGrade"], message: `A head grade cannot exceed ${MAX_HEAD_GRADE[gradeUnit].toLocaleString("en-US")} ${unit} (pure metal)` });
    }
  });

export type QuickStartInput = z.infer<typeof quickStartSchema>;
