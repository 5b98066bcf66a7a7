import Link from "next/link";
import { EmptyState } from "@/app/ui/common/empty-state";

type AuditEmptyProps = { organisationName: string; isFiltered: boolean; total: number; firstPageHref: string };

/** Why there are no rows: nothing recorded, nothing matching, or a page past the end (an old link). */
export function AuditEmpty({ organisationName, isFiltered, total, firstPageHref }: AuditEmptyProps) {
  if (total > 0) {
    return (
      <EmptyState title="No entries on this page">
        <p>
          The log has fewer pages now. <Link href={firstPageHref}>Go to the first page</Link>.
        </p>
      </EmptyState>
    );
  }
  if (isFiltered) {
    return (
      <EmptyState title="No entries match">
        <p>No entry of the audit log matches these filters. Widen the dates or clear the filters.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState title="Nothing recorded yet">
      <p>Changes, sign-ins and failed sign-ins in {organisationName} appear here as they happen.</p>
    </EmptyState>
  );
}
