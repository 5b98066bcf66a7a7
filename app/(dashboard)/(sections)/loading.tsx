import { PageLoading } from "@/app/ui/common/page-loading";

// The pages without a record in their path. The pages of one record (projects/[projectId], reports/…,
// simulations/[runId], price-decks/[deckId]) are outside this group on purpose: a loading boundary above them would
// send the page's 200 before their access check ran, so another organisation's or a missing record would answer
// 200 with the not-found page. Each of them checks access in its layout, then has a loading state of its own.
export default function Loading() {
  return <PageLoading />;
}
