import styles from "./api-reference.module.css";

type JsonObject = Record<string, unknown>;

export type OperationView = {
  method: string;
  path: string;
  operation: JsonObject;
};

function asObject(value: unknown): JsonObject {
  return value && typeof value === "object" ? (value as JsonObject) : {};
}

function SchemaBlock({ label, schema }: { label: string; schema: unknown }) {
  return (
    <details className={styles.schema}>
      <summary>{label}</summary>
      <pre tabIndex={0} role="region" aria-label={`${label} (scrolls)`}>
        {JSON.stringify(schema, null, 2)}
      </pre>
    </details>
  );
}

/** One operation of the OpenAPI document: method, path, access, parameters, body and responses. */
export function Operation({ method, path, operation }: OperationView) {
  const parameters = (operation.parameters as JsonObject[] | undefined) ?? [];
  const body = asObject(asObject(asObject(operation.requestBody).content)["application/json"]).schema;
  const responses = Object.entries(asObject(operation.responses));
  const anchor = `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, "-");
  return (
    <article className={styles.operation} aria-labelledby={anchor}>
      <h3 id={anchor}>
        <span className={`${styles.method} ${styles[method]}`}>{method.toUpperCase()}</span> <code>{path}</code>
      </h3>
      <p>{String(operation.summary ?? "")}</p>
      {operation.description ? <p className={styles.description}>{String(operation.description)}</p> : null}
      {parameters.length > 0 ? (
        <table className={styles.params}>
          <caption className="visually-hidden">Parameters of {method.toUpperCase()} {path}</caption>
          <thead>
            <tr>
              <th scope="col">Parameter</th>
              <th scope="col">In</th>
              <th scope="col">Required</th>
              <th scope="col">Schema</th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((p) => (
              <tr key={`${String(p.in)}-${String(p.name)}`}>
                <td><code>{String(p.name)}</code></td>
                <td>{String(p.in)}</td>
                <td>{p.required ? "yes" : "no"}</td>
                <td><code>{JSON.stringify(p.schema)}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {body ? <SchemaBlock label="Request body (JSON)" schema={body} /> : null}
      <ul className={styles.responses}>
        {responses.map(([status, response]) => (
          <li key={status}>
            <strong>{status}</strong> {String(asObject(response).description ?? "")}
          </li>
        ))}
      </ul>
    </article>
  );
}
