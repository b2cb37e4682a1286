import { ROLES, type Role } from './role-list.ts';

/**
 * Provinces: one installation holds several, each the top of its own unit tree. Nothing a person
 * of one province reads or writes may reach another's units, accounts, rounds or delegates; only
 * the installation's system administrator works across them. Every policy below is pure: the
 * server calls it after loading, the web calls the same function to decide what to show.
 */

/** What the policies need of the unit tree: a unit's ids from itself up to its root. */
export interface UnitLineage {
  ancestorIds(unitId: string): string[];
}

/** Who is acting, as far as tenancy is concerned. */
export interface TenantActor {
  role: Role;
  unitId: string;
}

/** The top of a unit's tree: the province it belongs to; undefined for an unknown unit. */
export function provinceOf(tree: UnitLineage, unitId: string): string | undefined {
  return tree.ancestorIds(unitId).at(-1);
}

/** True when both units exist and lie in one province. */
export function sameProvince(tree: UnitLineage, a: string, b: string): boolean {
  const province = provinceOf(tree, a);
  return province !== undefined && province === provinceOf(tree, b);
}

/** The installation's administrator: manages provinces and their administrators, takes part in no round. */
export function isSystemAdmin(actor: TenantActor): boolean {
  return actor.role === 'sysadmin';
}

/**
 * Whether the actor may see a unit (its directory entry, its accounts when they manage accounts):
 * units of the actor's own province; every unit for the system administrator.
 */
export function canSeeUnit(actor: TenantActor, unitId: string, tree: UnitLineage): boolean {
  if (isSystemAdmin(actor)) return provinceOf(tree, unitId) !== undefined;
  return sameProvince(tree, actor.unitId, unitId);
}

/**
 * Whether the actor may create, edit or import units at `unitId` (or under it, for a new unit
 * whose parent it is): a province's administrator within that province; the system administrator
 * anywhere. A new province (a unit with no parent) is the system administrator's alone.
 */
export function canManageUnitAt(actor: TenantActor, unitId: string | null, tree: UnitLineage): boolean {
  if (isSystemAdmin(actor)) return unitId === null || provinceOf(tree, unitId) !== undefined;
  if (actor.role !== 'admin' || unitId === null) return false;
  return sameProvince(tree, actor.unitId, unitId);
}

/** An account as the policy sees it: its role and its unit. */
export interface AccountScope {
  role: Role;
  unitId: string;
}

/**
 * Whether the actor may read and manage an account: a province's administrator manages the
 * accounts of their own province except system administrators; the system administrator manages
 * every account.
 */
export function canManageAccount(actor: TenantActor, account: AccountScope, tree: UnitLineage): boolean {
  if (isSystemAdmin(actor)) return true;
  if (actor.role !== 'admin' || account.role === 'sysadmin') return false;
  return sameProvince(tree, actor.unitId, account.unitId);
}

/** The roles the actor may give an account: every role but the system administrator's, unless they hold it. */
export function grantableRoles(actor: TenantActor): Role[] {
  return ROLES.filter((role) => role !== 'sysadmin' || isSystemAdmin(actor));
}

/**
 * Whether the actor may give an account this role in this unit (creating it or changing it):
 * the account after the change must still be one the actor manages.
 */
export function canGrantAccount(actor: TenantActor, account: AccountScope, tree: UnitLineage): boolean {
  return canManageAccount(actor, account, tree) && provinceOf(tree, account.unitId) !== undefined;
}

/**
 * Whether a unit may be referred to from a round of `provinceId` (a task's unit, a quota's unit,
 * a recipient, a delegate's unit, a presenter): it must exist and lie in the round's province.
 */
export function unitBelongsToRound(tree: UnitLineage, roundProvinceId: string, unitId: string): boolean {
  return provinceOf(tree, unitId) === roundProvinceId;
}

/** The first unit of `unitIds` that lies outside the round's province, if any. */
export function firstUnitOutsideRound(
  tree: UnitLineage,
  roundProvinceId: string,
  unitIds: Iterable<string>,
): string | undefined {
  for (const id of unitIds) if (!unitBelongsToRound(tree, roundProvinceId, id)) return id;
  return undefined;
}
