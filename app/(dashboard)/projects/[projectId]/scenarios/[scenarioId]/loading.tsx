import { LoadingSkeleton } from "@/app/ui/common/loading-skeleton";

export default function ScenarioLoading() {
  return (
    <LoadingSkeleton
      label="Loading the scenario…"
      blocks={[{ heightPx: 18, widthPx: 320, marginBottomPx: 12 }, { heightPx: 32, widthPx: 380, marginBottomPx: 20 }, { heightPx: 40, marginBottomPx: 16 }, { heightPx: 360 }]}
    />
  );
}
