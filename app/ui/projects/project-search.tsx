import Link from "next/link";
import type { ListProjectsQuery } from "@/lib/validation/project";
import { DEFAULT_PAGE_SIZE } from "./list-params";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";
import forms from "@/app/ui/forms/forms.module.css";

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
    <form role="search" aria-label="Projects" className={layout.toolbar} action="/projects" method="get">
      {query.pageSize !== DEFAULT_PAGE_SIZE ? <input type="hidden" name="pageSize" value={query.pageSize} /> : null}
      <div className={`${forms.field} ${layout.toolbarGrow}`}>
        <label htmlFor="project-search">Search projects</label>
        <input id="project-search" name="q" type="search" className={forms.input} defaultValue={query.q ?? ""} placeholder="Name, location or commodity" />
      </div>
      <div className={forms.field}>
        <label htmlFor="project-sort">Sort by</label>
        <select id="project-sort" name="sort" className={forms.select} defaultValue={`${query.sort}:${query.order}`}>
          {SORT_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className={layout.toolbarActions}>
        <button type="submit" className={`${buttons.button} ${buttons.primary}`}>
          Search
        </button>
        {query.q ? (
          <Link href="/projects" className={`${buttons.button} ${buttons.secondary}`}>
            Clear search
          </Link>
        ) : null}
      </div>
    </form>
  );
}
