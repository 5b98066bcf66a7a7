import { headerBlocks, LoadingSkeleton, Skeleton } from "@/app/ui/common/loading-skeleton";
import layout from "@/app/ui/common/layout.module.css";

export default function Loading() {
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
