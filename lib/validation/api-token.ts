import { z } from "zod";
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS, API_TOKEN_MIN_DAYS, API_TOKEN_NAME_MAX_CHARS } from "@/lib/domain/api-tokens";
import { roleSchema } from "./user";

// Personal API tokens as a person asks for them on the account page or through POST /api/me/tokens.

export const apiTokenNameSchema = z
  .string()
  .trim()
  .min(1, "Name the token, e.g. after the script that uses it")
  .max(API_TOKEN_NAME_MAX_CHARS, `must be at most ${API_TOKEN_NAME_MAX_CHARS} characters`);

export const createApiTokenSchema = z
  .object({
    name: apiTokenNameSchema,
    role: roleSchema.meta({ description: "The role the token acts with: at most yours in the organisation" }),
    expiresInDays: z
      .int("must be a whole number of days")
      .min(API_TOKEN_MIN_DAYS, `must be at least ${API_TOKEN_MIN_DAYS} day`)
      .max(API_TOKEN_MAX_DAYS, `must be at most ${API_TOKEN_MAX_DAYS} days`)
      .default(API_TOKEN_DEFAULT_DAYS)
      .meta({ description: `Days until the token stops working (default ${API_TOKEN_DEFAULT_DAYS})` }),
  })
  .strict();

export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const apiTokenParamsSchema = z.object({ tokenId: z.uuid("must be a token id") });
