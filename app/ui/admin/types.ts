import type { Role } from "@/lib/domain/roles";

/** A member as the admin pages show them (the API's Member, dates as Date on the server side). */
export type MemberView = {
  id: string;
  name: string;
  email: string;
  role: Role;
  isActive: boolean;
  lastSignInAt: Date | null;
};
