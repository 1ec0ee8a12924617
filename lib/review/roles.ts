// Who may do what, in one place (the outline habit: policies answer "may this user do this?").
// The statements and roles feed better-auth's admin plugin, and `can` answers synchronously for
// every server action and route, so the check never depends on which buttons a page showed.

import { createAccessControl } from "better-auth/plugins/access";

export const ROLES = ["admin", "reviewer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

// the admin plugin's own statements (user, session) must be present for it to start, although its
// HTTP endpoints are refused (auth-hooks.ts): accounts change only through lib/review/users.ts
const statements = {
  verdict: ["write"],
  event: ["edit"],
  article: ["import"],
  outlet: ["note", "grade", "edit-profile"],
  user: ["create", "list", "set-role", "ban", "delete", "set-password", "update", "get", "impersonate", "impersonate-admins", "unlock"],
  session: ["list", "revoke", "delete"],
} as const;

export const accessControl = createAccessControl(statements);

const reviewerRights = {
  verdict: ["write"],
  event: ["edit"],
  article: ["import"],
  outlet: ["note", "grade"],
} as const;

export const roles = {
  admin: accessControl.newRole({
    ...reviewerRights,
    outlet: ["note", "grade", "edit-profile"],
    user: ["create", "list", "set-role", "ban", "delete", "set-password", "update", "get", "unlock"],
    session: ["list", "revoke", "delete"],
  }),
  reviewer: accessControl.newRole(reviewerRights),
  viewer: accessControl.newRole({}),
};

type Statements = typeof statements;
/** "verdict:write", "outlet:edit-profile", …: one string per right, easy to pass and to log */
export type Permission = { [K in keyof Statements]: `${K & string}:${Statements[K][number]}` }[keyof Statements];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Unknown or missing roles get no rights at all. */
export function can(role: string | null | undefined, permission: Permission): boolean {
  if (!isRole(role)) return false;
  const [resource, action] = permission.split(":") as [keyof Statements, string];
  return roles[role].authorize({ [resource]: [action] } as never).success;
}

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "Manages users and outlet profiles, and can do everything a reviewer can.",
  reviewer: "Records verdicts, outlet notes and grades, imports and corrects articles, edits events.",
  viewer: "Reads everything, changes nothing.",
};
