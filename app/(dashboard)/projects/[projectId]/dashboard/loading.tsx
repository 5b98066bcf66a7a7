import { LoadingSkeleton, type SkeletonProps } from "@/app/ui/common/loading-skeleton";

const CHART_BLOCK: SkeletonProps = { heightPx: 360, marginBottomPx: 16, isDecorative: true };

export default function Loading() {
  return <LoadingSkeleton label="Loading the project dashboard…" blocks={[{ heightPx: 32, widthPx: 320, marginBottomPx: 24 }, ...Array<SkeletonProps>(3).fill(CHART_BLOCK)]} />;
}
