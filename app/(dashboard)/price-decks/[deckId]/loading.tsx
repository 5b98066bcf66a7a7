import { PageLoading } from "@/app/ui/common/page-loading";

export default function Loading() {
  return <PageLoading />;
}
