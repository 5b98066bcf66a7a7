import Link from "next/link";
import type { ListProjectsQuery } from "@/lib/validation/project";
import { DEFAULT_PAGE_SIZE } from "./list-params";

const SORT_OPTIONS = [
  { value: "name:asc", label: "Name, A to Z" },
  { value: "name:desc", label: "Name, Z to A" },
  { value: "updatedAt:desc", label: "Recently updated first" },
  { value: "updatedAt:asc", label: "Least recently updated first" },
  { value: "createdAt:desc", label: "Newest first" },
  { value: "createdAt:asc", label: "Oldest first" },
];

/**
 * A plain GET form: it works without JavaScript and every search is a URL. Sort travels as "key:order" and is
 * split by the page (see parseSortParam).
 */
export function ProjectSearch({ query }: { query: ListProjectsQuery }) {
  return (
    <form role="search" aria-label="Projects" className="toolbar" action="/projects" method="get">
      {query.pageSize !== DEFAULT_PAGE_SIZE ? <input type="hidden" name="pageSize" value={query.pageSize} /> : null}
      <div className="field toolbar-grow">
        <label htmlFor="project-search">Search projects</label>
        <input id="project-search" name="q" type="search" className="input" defaultValue={query.q ?? ""} placeholder="Name, location or commodity" />
      </div>
      <div className="field">
        <label htmlFor="project-sort">Sort by</label>
        <select id="project-sort" name="sort" className="select" defaultValue={`${query.sort}:${query.order}`}>
          {SORT_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-actions">
        <button type="submit" className="button button-primary">
          Search
        </button>
        {query.q ? (
          <Link href="/projects" className="button button-secondary">
            Clear search
          </Link>
        ) : null}
      </div>
    </form>
  );
}
