import Link from "next/link";
import type { ListMembersQuery } from "@/lib/validation/user";
import { ROLE_OPTIONS } from "./format";

/** A plain GET form (works without JavaScript; every search is a URL): name or email, role and status. */
export function MemberFilters({ query }: { query: ListMembersQuery }) {
  const isFiltered = Boolean(query.q || query.role || query.status);
  return (
    <form role="search" aria-label="Users" className="toolbar" action="/admin" method="get">
      <div className="field toolbar-grow">
        <label htmlFor="member-search">Search users</label>
        <input id="member-search" name="q" type="search" className="input" defaultValue={query.q ?? ""} placeholder="Name or email" />
      </div>
      <div className="field">
        <label htmlFor="member-role-filter">Role</label>
        <select id="member-role-filter" name="role" className="select" defaultValue={query.role ?? ""}>
          <option value="">Any role</option>
          {ROLE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="member-status-filter">Status</label>
        <select id="member-status-filter" name="status" className="select" defaultValue={query.status ?? ""}>
          <option value="">Any status</option>
          <option value="active">Active</option>
          <option value="inactive">Deactivated</option>
        </select>
      </div>
      <div className="toolbar-actions">
        <button type="submit" className="button button-primary">
          Search
        </button>
        {isFiltered ? (
          <Link href="/admin" className="button button-secondary">
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}

type MemberPaginationProps = { query: ListMembersQuery; total: number };

function pageHref(query: ListMembersQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.role) params.set("role", query.role);
  if (query.status) params.set("status", query.status);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `/admin?${text}` : "/admin";
}

/** Previous / next links with "Page 2 of 5"; a missing direction is disabled text, not a dead link. */
export function MemberPagination({ query, total }: MemberPaginationProps) {
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  if (pageCount === 1) return null;
  const links = [
    { label: "Previous page", page: query.page - 1, rel: "prev", isAvailable: query.page > 1 },
    { label: "Next page", page: query.page + 1, rel: "next", isAvailable: query.page < pageCount },
  ];
  return (
    <nav className="pagination" aria-label="Pagination">
      <p>
        Page {query.page} of {pageCount} · {total} users
      </p>
      <div className="pagination-links">
        {links.map((link) =>
          link.isAvailable ? (
            <Link key={link.rel} className="button button-secondary button-small" href={pageHref(query, link.page)} rel={link.rel}>
              {link.label}
            </Link>
          ) : (
            <span key={link.rel} className="button button-secondary button-small" aria-disabled="true">
              {link.label}
            </span>
          ),
        )}
      </div>
    </nav>
  );
}
