import type { Metadata } from "next";
import { allContracts } from "@/lib/http/contracts";
import { buildOpenApiDocument } from "@/lib/http/openapi";
import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/app/ui/common/page-header";
import { Operation, type OperationView } from "@/app/ui/api-reference/operation";
import { ApiTokensGuide } from "@/app/ui/api-reference/api-tokens-guide";
import packageJson from "@/package.json";
import apiStyles from "@/app/ui/api-reference/api-reference.module.css";

export const metadata: Metadata = { title: "API reference" };

function groupByTag(paths: Record<string, Record<string, Record<string, unknown>>>): Map<string, OperationView[]> {
  const groups = new Map<string, OperationView[]>();
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const tag = ((operation.tags as string[] | undefined) ?? ["other"])[0] ?? "other";
      groups.set(tag, [...(groups.get(tag) ?? []), { method, path, operation }]);
    }
  }
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** "Import and export" → "tag-import-and-export": an id must not hold spaces (aria-labelledby reads a list of ids). */
function tagAnchor(tag: string): string {
  return `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

export default async function ApiReferencePage() {
  await requireUser("/api-reference");
  const document = buildOpenApiDocument(allContracts, { version: packageJson.version }) as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
  };
  const groups = groupByTag(document.paths);
  return (
    <>
      <PageHeader
        title="API reference"
        description={
          <>
            Every route of the JSON API, generated from the same schemas that validate requests. Machine-readable:{" "}
            <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Errors always come as{" "}
            <code>{"{ error: { code, message, fieldErrors? } }"}</code>.
          </>
        }
      />
      <nav aria-label="API sections" className={apiStyles.toc}>
        <ul>
          <li>
            <a href="#api-tokens">Scripts: API tokens</a>
          </li>
          {[...groups.keys()].map((tag) => (
            <li key={tag}>
              <a href={`#${tagAnchor(tag)}`}>{tag}</a>
            </li>
          ))}
        </ul>
      </nav>
      <ApiTokensGuide />
      {[...groups.entries()].map(([tag, operations]) => (
        <section key={tag} aria-labelledby={tagAnchor(tag)} className={apiStyles.section}>
          <h2 id={tagAnchor(tag)}>{tag}</h2>
          {operations.map((op) => (
            <Operation key={`${op.method} ${op.path}`} {...op} />
          ))}
        </section>
      ))}
    </>
  );
}
