import { can, type Permission, type Role } from "@passerelle/domain";
import { useMe } from "../../features/auth/me-queries";

export type Access = {
  userId: string;
  isAdmin: boolean;
  /** With a program: may the user do this there? Without: in at least one of their programs? */
  can: (permission: Permission, programId?: string | null) => boolean;
  roleIn: (programId: string) => Role | null;
  /** The user's roles across programs (an administrator counts as admin). */
  roles: Role[];
};

export const useAccess = (): Access => {
  const me = useMe();
  const isAdmin = me.user.isAdmin;
  const roleIn = (programId: string): Role | null =>
    isAdmin ? "admin" : (me.memberships.find((m) => m.programId === programId)?.role ?? null);
  return {
    userId: me.user.id,
    isAdmin,
    roleIn,
    roles: isAdmin ? ["admin", ...me.memberships.map((m) => m.role)] : me.memberships.map((m) => m.role),
    can: (permission, programId) => {
      if (isAdmin) return true;
      if (programId) {
        const role = roleIn(programId);
        return role !== null && can(role, permission);
      }
      return me.memberships.some((m) => can(m.role, permission));
    },
  };
};
