import { listAuditLogPage } from "@/lib/audit-log";
import { listAuditLogContract } from "@/lib/http/contracts/audit";
import { handle } from "@/lib/http/handle";

// The organisation named in the path is the resource: authorize() answers 404 to a non-member (its existence is
// never revealed) and 403 to a member below admin.

// GET /api/organisations/{organisationId}/audit – one page of the organisation's audit log, filtered
export const GET = handle(listAuditLogContract, async ({ params, query, authorize }) => {
  authorize(params.organisationId);
  const page = await listAuditLogPage({ organisationId: params.organisationId, query });
  return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
});
