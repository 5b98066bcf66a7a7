import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/domain/audit";
import { defineContract, type ApiContract } from "@/lib/http/contracts/define";
import { auditLogFilterSchema, auditLogQuerySchema } from "@/lib/validation/audit-log";
import { organisationParamsSchema } from "@/lib/validation/user";

// Contracts of the organisation's audit log (admins only). As for the member routes, a caller who is not a member
// of the organisation in the path gets 404, never 403.

const fieldChangeSchema = z.object({
  field: z.string(),
  kind: z.enum(["added", "removed", "changed"]),
  before: z.string().optional().meta({ description: "The value before, compact; secret-looking keys redacted" }),
  after: z.string().optional(),
});

export const auditLogEntryOutputSchema = z
  .object({
    id: z.uuid(),
    createdAt: z.iso.datetime(),
    actorKind: z.enum(["person", "unknown", "system"]).meta({
      description: "unknown: a failed sign-in (whoever typed the password); system: a row without a person",
    }),
    actor: z.object({ id: z.uuid(), name: z.string(), email: z.email() }).nullable(),
    action: z.enum(AUDIT_ACTIONS),
    entityType: z.string().meta({ description: "The kind of record, e.g. project, scenario, user, membership" }),
    entityId: z.uuid().nullable(),
    recordName: z.string().nullable(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    changes: z.array(fieldChangeSchema).meta({ description: "Fields added, removed or changed from before to after" }),
  })
  .meta({ id: "AuditLogEntry" });

const TAGS = ["Audit log"];

export const listAuditLogContract = defineContract({
  method: "GET",
  path: "/api/organisations/{organisationId}/audit",
  summary: "List the organisation's audit log (filter by person, kind of record, action and UTC days; newest first)",
  tags: TAGS,
  access: "admin",
  params: organisationParamsSchema,
  query: auditLogQuerySchema,
  responses: {
    200: {
      description: "One page of audit entries",
      schema: z.object({ data: z.array(auditLogEntryOutputSchema), page: z.int(), pageSize: z.int(), total: z.int() }),
    },
  },
  errors: [403, 404],
});

export const exportAuditLogContract = defineContract({
  method: "GET",
  path: "/api/organisations/{organisationId}/audit.csv",
  summary: "Download the organisation's filtered audit log as CSV",
  description:
    "The same filters as the list, every matching entry, newest first. UTF-8 with a BOM, RFC 4180 quoting; a cell a " +
    "spreadsheet would run as a formula starts with an apostrophe.",
  tags: TAGS,
  access: "admin",
  params: organisationParamsSchema,
  query: auditLogFilterSchema,
  responses: { 200: { description: "The CSV file (an attachment)", schema: z.string(), contentType: "text/csv" } },
  errors: [403, 404],
});

/** Every contract of the audit log routes, for the OpenAPI document. */
export const auditContracts: ApiContract[] = [listAuditLogContract, exportAuditLogContract];
