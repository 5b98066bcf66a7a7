import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";

// "/" is the dashboard for a signed-in user and the sign-in page for anyone else.
export default async function HomePage() {
  await requireUser("/dashboard");
  redirect("/dashboard");
}
