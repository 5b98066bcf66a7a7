import { headerBlocks, LoadingSkeleton } from "@/app/ui/common/loading-skeleton";

// Below projects/[projectId]/layout.tsx, which resolves access first, so a foreign project still answers 404.
export default function NewScenarioLoading() {
  return <LoadingSkeleton label="Loading the new scenario form…" blocks={[...headerBlocks(240, 380), { heightPx: 480, widthPx: 640, isDecorative: true }]} />;
}
