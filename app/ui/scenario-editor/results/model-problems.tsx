import Link from "next/link";
import buttons from "@/app/ui/common/button.module.css";
import emptyStates from "@/app/ui/common/empty-state.module.css";

/** Shown instead of results when the inputs cannot be modelled yet: what is missing and where to fix it. */
export function ModelProblems({ message, problems, inputsHref }: { message: string; problems: string[]; inputsHref: string }) {
  return (
    <section className={emptyStates.emptyState} aria-label="The model cannot be computed yet">
      <h2>The model cannot be computed yet</h2>
      <p>{message}. Complete the inputs and come back.</p>
      {problems.length > 0 ? (
        <ul>
          {problems.slice(0, 12).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <Link href={inputsHref} className={`${buttons.button} ${buttons.secondary}`}>
        Go to the inputs
      </Link>
    </section>
  );
}
