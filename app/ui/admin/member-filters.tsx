import Link from "next/link";
import type { ListMembersQuery } from "@/lib/validation/user";
import { ROLE_OPTIONS } from "@/app/ui/format";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";
import forms from "@/app/ui/forms/forms.module.css";

/** A plain GET form (works without JavaScript; every search is a URL): name or email, role and status. */
export function MemberFilters({ query }: { query: ListMembersQuery }) {
  const isFiltered = Boolean(query.q || query.role || query.status);
  return (
    <form role="search" aria-label="Users" className={layout.toolbar} action="/admin" method="get">
      <div className={`${forms.field} ${layout.toolbarGrow}`}>
        <label htmlFor="member-search">Search users</label>
        <input id="member-search" name="q" type="search" className={forms.input} defaultValue={query.q ?? ""} placeholder="Name or email" />
      </div>
      <div className={forms.field}>
        <label htmlFor="member-role-filter">Role</label>
        <select id="member-role-filter" name="role" className={forms.select} defaultValue={query.role ?? ""}>
          <option value="">Any role</option>
          {ROLE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className={forms.field}>
        <label htmlFor="member-status-filter">Status</label>
        <select id="member-status-filter" name="status" className={forms.select} defaultValue={query.status ?? ""}>
          <option value="">Any status</option>
          <option value="active">Active</option>
          <option value="inactive">Deactivated</option>
        </select>
      </div>
      <div className={layout.toolbarActions}>
        <button type="submit" className={`${buttons.button} ${buttons.primary}`}>
          Search
        </button>
        {isFiltered ? (
          <Link href="/admin" className={`${buttons.button} ${buttons.secondary}`}>
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
    <nav className={layout.pagination} aria-label="Pagination">
      <p>
        Page {query.page} of {pageCount} · {total} users
      </p>
      <div className={layout.paginationLinks}>
        {links.map((link) =>
          link.isAvailable ? (
            <Link key={link.rel} className={`${buttons.button} ${buttons.secondary} ${buttons.small}`} href={pageHref(query, link.page)} rel={link.rel}>
              {link.label}
            </Link>
          ) : (
            <span key={link.rel} className={`${buttons.button} ${buttons.secondary} ${buttons.small}`} aria-disabled="true">
              {link.label}
            </span>
          ),
        )}
      </div>
    </nav>
  );
}
