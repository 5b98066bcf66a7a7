import { headerBlocks, LoadingSkeleton } from "@/app/ui/common/loading-skeleton";

// Below projects/[projectId]/layout.tsx, which resolves access first, so a foreign project still answers 404.
export default function EditProjectLoading() {
  return <LoadingSkeleton label="Loading the project form…" blocks={[...headerBlocks(260, 360), { heightPx: 420, widthPx: 640, isDecorative: true }]} />;
}
