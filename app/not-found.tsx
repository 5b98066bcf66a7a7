import type { Metadata } from "next";
import { Brand } from "@/app/ui/common/brand";
import { StatusLink, StatusPage } from "@/app/ui/common/status-page";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <StatusPage code="404" title="Page not found" titleId="not-found-title" isStandalone header={<Brand />}>
      <p>The address may be mistyped, or the page has moved.</p>
      <StatusLink href="/dashboard">Go to the dashboard</StatusLink>
    </StatusPage>
  );
}
