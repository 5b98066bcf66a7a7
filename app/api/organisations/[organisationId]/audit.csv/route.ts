import { auditLogCsv } from "@/lib/audit-log";
import { exportAuditLogContract } from "@/lib/http/contracts/audit";
import { handle } from "@/lib/http/handle";
import { CSV_TYPE, downloadHeaders } from "@/lib/import-export/download";

// Admins only, like the list: authorize() answers 404 to a non-member and 403 to a member below admin.

// GET /api/organisations/{organisationId}/audit.csv – the filtered audit log as a CSV download
export const GET = handle(exportAuditLogContract, async ({ params, query, authorize }) => {
  authorize(params.organisationId);
  const { fileName, stream } = await auditLogCsv({ organisationId: params.organisationId, filter: query });
  return new Response(stream, { headers: downloadHeaders(fileName, CSV_TYPE) });
});
