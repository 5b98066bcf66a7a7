import Link from "next/link";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";

export type PaginationProps = {
  page: number;
  pageCount: number;
  total: number;
  /** The link for a page number. */
  hrefFor: (page: number) => string;
  /** Plural noun for the count, e.g. "projects". */
  noun: string;
};

/** Previous / next links with "Page 2 of 5"; a missing direction is shown as disabled text, not a dead link. */
export function Pagination({ page, pageCount, total, hrefFor, noun }: PaginationProps) {
  return (
    <nav className={layout.pagination} aria-label="Pagination">
      <p>
        Page {page} of {pageCount} · {total} {noun}
      </p>
      <div className={layout.paginationLinks}>
        {page > 1 ? (
          <Link className={`${buttons.button} ${buttons.secondary} ${buttons.small}`} href={hrefFor(page - 1)} rel="prev">
            Previous page
          </Link>
        ) : (
          <span className={`${buttons.button} ${buttons.secondary} ${buttons.small}`} aria-disabled="true">
            Previous page
          </span>
        )}
        {page < pageCount ? (
          <Link className={`${buttons.button} ${buttons.secondary} ${buttons.small}`} href={hrefFor(page + 1)} rel="next">
            Next page
          </Link>
        ) : (
          <span className={`${buttons.button} ${buttons.secondary} ${buttons.small}`} aria-disabled="true">
            Next page
          </span>
        )}
      </div>
    </nav>
  );
}
