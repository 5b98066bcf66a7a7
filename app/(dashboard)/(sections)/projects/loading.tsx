import { headerBlocks, LoadingSkeleton } from "@/app/ui/common/loading-skeleton";

export default function ProjectsLoading() {
  return <LoadingSkeleton label="Loading projects…" blocks={[...headerBlocks(200, 420), { heightPx: 64, marginBottomPx: 16, isDecorative: true }, { heightPx: 260, isDecorative: true }]} />;
}
