import { headerBlocks, LoadingSkeleton } from "@/app/ui/common/loading-skeleton";

export default function ProjectLoading() {
  return <LoadingSkeleton label="Loading the project…" blocks={[...headerBlocks(320, 220), { heightPx: 140, marginBottomPx: 16, isDecorative: true }, { heightPx: 220, isDecorative: true }]} />;
}
