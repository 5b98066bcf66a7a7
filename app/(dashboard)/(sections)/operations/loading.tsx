import { LoadingSkeleton, type SkeletonProps } from "@/app/ui/common/loading-skeleton";

const CHART_BLOCK: SkeletonProps = { heightPx: 360, marginBottomPx: 16, isDecorative: true };

export default function Loading() {
  return <LoadingSkeleton label="Loading the operations dashboard…" blocks={[{ heightPx: 32, widthPx: 220, marginBottomPx: 24 }, { heightPx: 56, marginBottomPx: 24, isDecorative: true }, ...Array<SkeletonProps>(2).fill(CHART_BLOCK)]} />;
}
