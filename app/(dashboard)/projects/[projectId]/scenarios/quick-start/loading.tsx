import { headerBlocks, LoadingSkeleton } from "@/app/ui/common/loading-skeleton";

// Below projects/[projectId]/layout.tsx, which resolves access first, so a foreign project still answers 404.
export default function QuickStartLoading() {
  return <LoadingSkeleton label="Loading the quick-start form…" blocks={[...headerBlocks(280, 420), { heightPx: 520, widthPx: 640, isDecorative: true }]} />;
}
