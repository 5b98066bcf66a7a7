import Link from "next/link";
import type { ListProjectsQuery, ProjectSortKey } from "@/lib/validation/project";
import { formatCommodity, formatDate, formatOperationType } from "@/app/ui/format";
import { sortHref } from "./list-params";
import type { ProjectListItem } from "./types";
import tables from "@/app/ui/common/table.module.css";
import styles from "./projects.module.css";

type SortState = { query: ListProjectsQuery };

function SortableHeader({ label, sortKey, query, className }: { label: string; sortKey: ProjectSortKey; query: ListProjectsQuery; className?: string }) {
  const isActive = query.sort === sortKey;
  const ariaSort = isActive ? (query.order === "asc" ? "ascending" : "descending") : undefined;
  const nextOrder = isActive && query.order === "asc" ? "descending" : isActive ? "ascending" : sortKey === "name" ? "ascending" : "descending";
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <Link href={sortHref(query, sortKey)} className={styles.sortLink}>
        {label}
        <span aria-hidden="true" className={styles.sortIndicator}>
          {isActive ? (query.order === "asc" ? " ▲" : " ▼") : " ↕"}
        </span>
        <span className="visually-hidden">, sort {nextOrder}</span>
      </Link>
    </th>
  );
}

/**
 * The organisation's projects, each name a link to its page. With `sort` the Name and Updated headers are
 * sort links (aria-sort tells which column is sorted and how).
 */
export function ProjectsTable({ projects, caption, sort }: { projects: ProjectListItem[]; caption: string; sort?: SortState }) {
  return (
    <div className={tables.wrap}>
      <table className={tables.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {sort ? <SortableHeader label="Name" sortKey="name" query={sort.query} /> : <th scope="col">Name</th>}
            <th scope="col">Commodity</th>
            <th scope="col">Operation</th>
            <th scope="col">Location</th>
            <th scope="col">Currency</th>
            <th scope="col" className={tables.numeric}>
              Scenarios
            </th>
            {sort ? <SortableHeader label="Updated" sortKey="updatedAt" query={sort.query} /> : <th scope="col">Updated</th>}
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => (
            <tr key={project.id}>
              <th scope="row">
                <Link href={`/projects/${project.id}`}>{project.name}</Link>
              </th>
              <td>{formatCommodity(project.primaryCommodity)}</td>
              <td>{formatOperationType(project.operationType)}</td>
              <td>{project.location ?? "—"}</td>
              <td>{project.currency}</td>
              <td className={tables.numeric}>{project.scenarioCount}</td>
              <td>{formatDate(project.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
