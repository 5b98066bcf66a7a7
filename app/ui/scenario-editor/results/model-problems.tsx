import Link from "next/link";

/** Shown instead of results when the inputs cannot be modelled yet: what is missing and where to fix it. */
export function ModelProblems({ message, problems, inputsHref }: { message: string; problems: string[]; inputsHref: string }) {
  return (
    <section className="empty-state" aria-label="The model cannot be computed yet">
      <h2>The model cannot be computed yet</h2>
      <p>{message}. Complete the inputs and come back.</p>
      {problems.length > 0 ? (
        <ul>
          {problems.slice(0, 12).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <Link href={inputsHref} className="button button-secondary">
        Go to the inputs
      </Link>
    </section>
  );
}
