import { z } from "zod";
import { NUMBER_FORMATS } from "@/lib/domain/number-format";

// What a person sends to change their own preferences (PATCH /api/me).

export const numberFormatSchema = z
  .enum(NUMBER_FORMATS, { error: "Choose point, comma, or null to follow your browser" })
  .nullable()
  .meta({ description: "Decimal separator: `point` (1,234.5), `comma` (1.234,5), or null to follow the browser's language" });

export const updateMeSchema = z.object({ numberFormat: numberFormatSchema });
export type UpdateMeInput = z.infer<typeof updateMeSchema>;
