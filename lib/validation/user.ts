import { z } from "zod";
import { ROLES } from "@/lib/domain/roles";

// Members of an organisation (a user account plus its membership) as admins send them. Per-operation schemas
// derive from the field schemas below.

/** Shortest initial password an admin may set (NIST SP 800-63B asks for at least 8; we ask for 12). */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest password accepted: bounds the argon2 work a single request can cause. */
export const MAX_PASSWORD_LENGTH = 512;

export const userEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(254, "must be at most 254 characters")
  .pipe(z.email("Enter a valid email address"));

export const userNameSchema = z.string().trim().min(1, "Enter a name").max(200, "must be at most 200 characters");

export const initialPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);

export const roleSchema = z.enum(ROLES, { error: "Choose a role: viewer, analyst, project_manager or admin" });

/** A role change, a (de)activation, or both; at least one. */
export const updateMemberSchema = z
  .object({
    role: roleSchema.optional(),
    isActive: z.boolean({ error: "must be true or false" }).optional(),
  })
  .strict()
  .refine((value) => value.role !== undefined || value.isActive !== undefined, {
    message: "Send a role, isActive, or both",
    path: ["_root"],
  });
export type UpdateMemberInput = z.infer<typeof updateMemberSchema>;

export const MEMBER_SORT_KEYS = ["name", "email", "role", "lastSignInAt", "memberSince"] as const;
export type MemberSortKey = (typeof MEMBER_SORT_KEYS)[number];
export const MEMBER_STATUSES = ["active", "inactive"] as const;

export const listMembersQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  /** Case-insensitive substring of the name or email. */
  q: z.string().trim().max(200).optional(),
  role: roleSchema.optional(),
  status: z.enum(MEMBER_STATUSES).optional(),
  sort: z.enum(MEMBER_SORT_KEYS).default("name"),
  order: z.enum(["asc", "desc"]).default("asc"),
});
export type ListMembersQuery = z.infer<typeof listMembersQuerySchema>;

export const organisationParamsSchema = z.object({ organisationId: z.uuid() });
export const memberParamsSchema = organisationParamsSchema.extend({ userId: z.uuid() });
