import { z } from "zod";
import { defineContract, type ApiContract } from "@/lib/http/contracts/define";
import {
  createOrganisationSchema,
  disclosureRatesPctSchema,
  organisationIdParamsSchema,
  sensitivityStepsPctSchema,
  updateOrganisationSchema,
} from "@/lib/validation/organisation";

// Contracts of the organisation routes: create one (any signed-in user; its creator becomes its admin), read its
// settings (any member) and change them (admins). A caller who is not a member of the organisation in the path gets
// 404, never 403: another organisation's existence is never revealed.

export const organisationOutputSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z
      .string()
      .meta({
        description:
          "Unique handle derived from the name at creation (a suffix is added when taken); never changes",
      }),
    defaultCurrency: z.string().meta({ description: "ISO 4217 code new projects start with" }),
    defaultDiscountRatePct: z
      .number()
      .meta({ description: "Discount rate new projects start with, in % (0–100)" }),
    // The request's schemas: what is stored passed them, and they carry the descriptions.
    disclosureRatesPct: disclosureRatesPctSchema,
    sensitivityStepsPct: sensitivityStepsPctSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Organisation" });

const TAGS = ["Organisations"];
const COLLECTION = "/api/organisations";
const ITEM = `${COLLECTION}/{organisationId}`;

export const createOrganisationContract = defineContract({
  method: "POST",
  path: COLLECTION,
  summary: "Create an organisation; you become its admin",
  description:
    "`defaultCurrency` (ISO 4217, default USD) and `defaultDiscountRatePct` (0–100, default 8) are what its new projects start with. " +
    "It starts with the default valuation preferences (`disclosureRatesPct` [0, 5, 8, 10], `sensitivityStepsPct` ±10/20/30); change them with PATCH. " +
    "403 ORGANISATION_CREATION_DISABLED when the instance turned creation off (ALLOW_ORGANISATION_CREATION=false).",
  tags: TAGS,
  access: "viewer",
  body: createOrganisationSchema,
  responses: {
    201: { description: "Created; Location names it", schema: z.object({ data: organisationOutputSchema }) },
  },
  errors: [403, 409],
});

export const getOrganisationContract = defineContract({
  method: "GET",
  path: ITEM,
  summary: "Read an organisation's settings (any member)",
  tags: TAGS,
  access: "viewer",
  params: organisationIdParamsSchema,
  responses: { 200: { description: "The settings", schema: z.object({ data: organisationOutputSchema }) } },
  errors: [404],
});

export const updateOrganisationContract = defineContract({
  method: "PATCH",
  path: ITEM,
  summary: "Change an organisation's name, the defaults of its new projects or its valuation preferences (admins)",
  description:
    "Last write wins: no version is asked for. Each field sent replaces the stored value and fields left out are kept; " +
    "concurrent changes apply one after the other. Existing projects keep their currency and discount rate. " +
    "`disclosureRatesPct` (the economic summary's NPV rates) and `sensitivityStepsPct` (one-at-a-time changes) are " +
    "lists in %, stored ascending; a repeated value, or a 0 % step (the base case, always shown), is a 400.",
  tags: TAGS,
  access: "admin",
  params: organisationIdParamsSchema,
  body: updateOrganisationSchema,
  responses: {
    200: {
      description: "The settings after the change",
      schema: z.object({ data: organisationOutputSchema }),
    },
  },
  errors: [403, 404],
});

/** Every contract of the organisation routes, for the OpenAPI document. */
export const organisationContracts: ApiContract[] = [
  createOrganisationContract,
  getOrganisationContract,
  updateOrganisationContract,
];
