import { headerBlocks, LoadingSkeleton } from "@/app/ui/common/loading-skeleton";

export default function DeckMatrixLoading() {
  return <LoadingSkeleton label="Valuing every scenario on every price deck…" blocks={[...headerBlocks(300, 460), { heightPx: 360, isDecorative: true }]} />;
}
