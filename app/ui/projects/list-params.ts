import { listProjectsQuerySchema, type ListProjectsQuery, type ProjectSortKey } from "@/lib/validation/project";

// The projects list lives in the URL (?q=&sort=&order=&page=), so a search, a sort or a page is a link that can
// be shared, bookmarked and opened with the back button.

export type SearchParams = Record<string, string | string[] | undefined>;

const DEFAULT_QUERY: ListProjectsQuery = listProjectsQuerySchema.parse({});
export const DEFAULT_PAGE_SIZE = DEFAULT_QUERY.pageSize;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The list query from the page's search params; a malformed value falls back to its default. */
export function parseProjectListParams(searchParams: SearchParams): ListProjectsQuery {
  // The search form's sort select sends "key:order" in one parameter; links send sort and order apart.
  const [sort, orderFromSort] = (first(searchParams.sort) ?? "").split(":");
  const raw = {
    q: first(searchParams.q) || undefined,
    sort: sort || undefined,
    order: orderFromSort || first(searchParams.order),
    page: first(searchParams.page),
    pageSize: first(searchParams.pageSize),
  };
  const parsed = listProjectsQuerySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // Keep what is valid: one bad parameter should not lose the search.
  const keep = Object.fromEntries(
    Object.entries(raw).filter(([key, value]) => listProjectsQuerySchema.shape[key as keyof typeof raw].safeParse(value).success),
  );
  return { ...DEFAULT_QUERY, ...listProjectsQuerySchema.parse(keep) };
}

/** `/projects?…` for the query with `changes` applied; defaults are left out of the URL. */
export function projectListHref(query: ListProjectsQuery, changes: Partial<ListProjectsQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.sort !== DEFAULT_QUERY.sort) params.set("sort", next.sort);
  if (next.order !== DEFAULT_QUERY.order) params.set("order", next.order);
  if (next.page !== 1) params.set("page", String(next.page));
  if (next.pageSize !== DEFAULT_QUERY.pageSize) params.set("pageSize", String(next.pageSize));
  const text = params.toString();
  return text ? `/projects?${text}` : "/projects";
}

/** Clicking a column header: ascending first (newest first for dates), then the other way. */
export function sortHref(query: ListProjectsQuery, sort: ProjectSortKey): string {
  const firstOrder = sort === "name" ? "asc" : "desc";
  const order = query.sort === sort ? (query.order === "asc" ? "desc" : "asc") : firstOrder;
  return projectListHref(query, { sort, order, page: 1 });
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
