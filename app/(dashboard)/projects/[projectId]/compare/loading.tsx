import { headerBlocks, LoadingSkeleton } from "@/app/ui/common/loading-skeleton";

export default function CompareLoading() {
  return <LoadingSkeleton label="Computing the comparison…" blocks={[...headerBlocks(300, 460), { heightPx: 420, isDecorative: true }]} />;
}
