import { headerBlocks, LoadingSkeleton, Skeleton } from "./loading-skeleton";
import layout from "./layout.module.css";

/** The loading state of a page that has no skeleton of its own shape: a header and three cards. */
export function PageLoading() {
  return (
    <LoadingSkeleton label="Loading…" blocks={headerBlocks(260, 420)}>
      <div className={layout.cardGrid} aria-hidden="true">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} heightPx={150} />
        ))}
      </div>
    </LoadingSkeleton>
  );
}
