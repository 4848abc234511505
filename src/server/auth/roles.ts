// The roles column of staff (a JSON array). Entries that are not roles are dropped one by one, so one unknown role
// does not take the others away with it.
import { z } from 'zod';
import { roleSchema, type Role } from '../../shared/staff';
import { readJsonColumn } from '../lib/json-column';

const storedRolesSchema = z.array(z.unknown()).transform((entries) =>
  entries.flatMap((r) => {
    const role = roleSchema.safeParse(r);
    return role.success ? [role.data] : [];
  }),
);

export function parseRoles(json: string): Role[] {
  return readJsonColumn(json, storedRolesSchema, []);
}

export function serializeRoles(roles: readonly Role[]): string {
  return JSON.stringify(roles);
}
