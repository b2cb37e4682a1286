import {
  AGENCY_CODE_PATTERN,
  canManageUnitAt,
  foldVietnamese,
  parseUnitKind,
  pick,
  type TenantActor,
  UNIT_CODE_PATTERN,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  UNIT_XLSX_COLUMNS,
  type Unit,
  type UnitImportResult,
  type UnitImportRow,
  type UnitKind,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { problem } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitDirectory, UnitTree } from '../../kernel/unit-directory.ts';
import { auditView, claimUnitTree, toUnit } from '../../kernel/unit-queries.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import { insertUnitRow, updateUnitRow } from './store.ts';
import { readUnitSheet, type SheetRow, type UnitColumnKey } from './unit-workbook.ts';

const HEADER: Record<UnitColumnKey, string> = Object.fromEntries(
  UNIT_XLSX_COLUMNS.map((c) => [c.key, c.header]),
) as Record<UnitColumnKey, string>;

/** One row's intended state; `existing` is set when the code is already in the tree. */
interface PlannedUnit {
  row: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  parentCode: string | null;
  email: string | null;
  active: boolean | undefined;
  order: number | undefined;
  /** Undefined: the file has no agency code column, so the unit keeps its own. */
  agencyCode: string | null | undefined;
  existing: Unit | undefined;
}

const emailSchema = z.email();
const YES = new Set(['co', 'x', '1', 'true', 'yes', 'dang hoat dong', 'hoat dong']);
const NO = new Set(['khong', '0', 'false', 'no', 'ngung hoat dong', 'ngung']);

function parseActive(text: string): boolean | undefined | 'invalid' {
  const folded = foldVietnamese(text);
  if (folded === '') return undefined;
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return 'invalid';
}

/** A row's message in the language of whoever asked for the import. */
const tr = (vi: string, en: string) => pick({ vi, en });

/**
 * Validates every row against the file and the current tree; nothing is written here. Every unit
 * a row names — its own code when already in the tree, its parent — must be one `actor` may
 * manage: their province's for a province's administrator; a new province (a unit with no parent)
 * only for the system administrator.
 */
export function planImport(
  tree: UnitTree,
  rows: SheetRow[],
  actor: TenantActor,
): { result: UnitImportResult; planned: PlannedUnit[] } {
  const manages = (unit: Unit) => canManageUnitAt(actor, unit.id, tree);
  const managesRoots = canManageUnitAt(actor, null, tree);
  const out: UnitImportRow[] = [];
  const planned: PlannedUnit[] = [];
  const firstRowOfCode = new Map<string, number>();

  for (const { row, values } of rows) {
    const errors: UnitImportRow['errors'] = [];
    const err = (key: UnitColumnKey, message: string) => errors.push({ column: HEADER[key], message });

    const code = values.code.toUpperCase();
    if (code === '') err('code', tr('Mã đơn vị không được để trống', 'The unit code must not be empty'));
    else if (!UNIT_CODE_PATTERN.test(code))
      err(
        'code',
        tr(
          `Mã "${values.code}" chỉ được gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới (tối đa 40 ký tự)`,
          `The code "${values.code}" may hold only unaccented letters, digits, dots, hyphens and underscores (at most 40 characters)`,
        ),
      );
    else if (firstRowOfCode.has(code))
      err(
        'code',
        tr(
          `Mã "${code}" trùng với dòng ${firstRowOfCode.get(code)}`,
          `The code "${code}" repeats row ${firstRowOfCode.get(code)}`,
        ),
      );
    else firstRowOfCode.set(code, row);
    const existing = tree.byCode.get(code);
    // Codes are unique across the installation: one taken outside the caller's province is refused.
    if (existing && !manages(existing))
      err(
        'code',
        tr(
          `Mã "${code}" đã được dùng cho một đơn vị ngoài tỉnh của bạn`,
          `The code "${code}" is already used by a unit outside your province`,
        ),
      );

    const name = values.name;
    if (name === '') err('name', tr('Tên đơn vị không được để trống', 'The unit name must not be empty'));
    else if (name.length > 255)
      err('name', tr('Tên đơn vị dài quá 255 ký tự', 'The unit name is longer than 255 characters'));
    if (values.shortName.length > 100)
      err('shortName', tr('Tên viết tắt dài quá 100 ký tự', 'The short name is longer than 100 characters'));

    const kind = parseUnitKind(values.kind);
    if (values.kind === '')
      err('kind', tr('Loại đơn vị không được để trống', 'The unit type must not be empty'));
    else if (!kind)
      err(
        'kind',
        tr(
          `Loại đơn vị "${values.kind}" không hợp lệ; dùng một trong: ${UNIT_KINDS.map((k) => UNIT_KIND_LABELS[k].vi).join('; ')}`,
          `The unit type "${values.kind}" is not valid; use one of: ${UNIT_KINDS.map((k) => UNIT_KIND_LABELS[k].vi).join('; ')}`,
        ),
      );

    const email = values.email.toLowerCase();
    if (email !== '' && !emailSchema.safeParse(email).success)
      err(
        'email',
        tr(`Thư điện tử "${values.email}" không hợp lệ`, `The email address "${values.email}" is not valid`),
      );

    const active = parseActive(values.active);
    if (active === 'invalid')
      err(
        'active',
        tr(
          `Giá trị "${values.active}" không hợp lệ; ghi "Có" hoặc "Không"`,
          `The value "${values.active}" is not valid; write "Có" (yes) or "Không" (no)`,
        ),
      );

    let order: number | undefined;
    if (values.order !== '') {
      order = Number(values.order.replace(',', '.'));
      if (!Number.isInteger(order) || order < 0 || order > 1_000_000) {
        err(
          'order',
          tr(
            `Thứ tự "${values.order}" phải là số nguyên không âm`,
            `The order "${values.order}" must be a whole number, not negative`,
          ),
        );
        order = undefined;
      }
    }

    let agencyCode: string | null | undefined;
    if (values.agencyCode !== undefined) {
      agencyCode = values.agencyCode.toUpperCase() || null;
      if (agencyCode && !AGENCY_CODE_PATTERN.test(agencyCode)) {
        err(
          'agencyCode',
          tr(
            `Mã định danh "${values.agencyCode}" phải có dạng 000.00.00.H50 (ba chữ số, hai chữ số, hai chữ số và mã cấp 1 gồm một chữ cái in hoa và hai chữ số, cách nhau bằng dấu chấm)`,
            `The agency code "${values.agencyCode}" must have the form 000.00.00.H50 (three digits, two digits, two digits and a level-1 code of a capital letter and two digits, separated by dots)`,
          ),
        );
        agencyCode = undefined;
      }
    }

    const parentCode = values.parentCode.toUpperCase() || null;
    if (parentCode && parentCode === code)
      err('parentCode', tr('Đơn vị không thể là cấp trên của chính nó', 'A unit cannot be its own parent'));

    out.push({ row, code: code || values.code, name, action: 'error', errors, changes: [] });
    planned.push({
      row,
      code,
      name,
      shortName: values.shortName || null,
      kind: kind ?? 'other',
      parentCode,
      email: email || null,
      active: active === 'invalid' ? undefined : active,
      order,
      agencyCode,
      existing,
    });
  }

  // Parents: known in the file or in the tree, and no cycles once the file is applied.
  const fileCodes = new Map(planned.map((p) => [p.code, p]));
  const parentOf = (code: string): string | null => {
    const inFile = fileCodes.get(code);
    if (inFile) return inFile.parentCode;
    const unit = tree.byCode.get(code);
    return unit?.parentId ? (tree.byId.get(unit.parentId)?.code ?? null) : null;
  };
  planned.forEach((p, i) => {
    const result = out[i] as UnitImportRow;
    if (!p.parentCode) {
      // At the top of a tree is a province: a new one, or a unit lifted there, is not a province's to make.
      if (!managesRoots && (!p.existing || p.existing.parentId !== null)) {
        result.errors.push({
          column: HEADER.parentCode,
          message: tr(
            'Chỉ quản trị hệ thống mới tạo được một tỉnh mới (đơn vị không có cấp trên); ghi mã đơn vị cấp trên trong tỉnh của bạn',
            'Only a system administrator can create a new province (a unit without a parent); write the code of a parent unit in your province',
          ),
        });
      }
      return;
    }
    if (p.parentCode === p.code) return;
    const parentInTree = tree.byCode.get(p.parentCode);
    // Another province's unit is, to a province's administrator, no unit at all.
    if (parentInTree ? !manages(parentInTree) : !fileCodes.has(p.parentCode)) {
      result.errors.push({
        column: HEADER.parentCode,
        message: tr(
          `Không có đơn vị mã "${p.parentCode}" trong tệp hay trong ${managesRoots ? 'hệ thống' : 'tỉnh của bạn'}`,
          `There is no unit with the code "${p.parentCode}" in the file or in ${managesRoots ? 'the system' : 'your province'}`,
        ),
      });
      return;
    }
    const seen = new Set<string>([p.code]);
    let current: string | null = p.parentCode;
    while (current) {
      if (seen.has(current)) {
        result.errors.push({
          column: HEADER.parentCode,
          message: tr(
            `Quan hệ cấp trên tạo thành vòng lặp (${[...seen, current].join(' → ')})`,
            `The parent links make a loop (${[...seen, current].join(' → ')})`,
          ),
        });
        return;
      }
      seen.add(current);
      current = parentOf(current);
    }
  });

  // Agency codes: one unit per code within a province, as the file leaves the tree.
  const provinceCodeOf = (code: string): string => {
    let current = code;
    for (let steps = 0; steps <= planned.length + tree.items.length; steps++) {
      const parent = parentOf(current);
      if (!parent) return current;
      current = parent;
    }
    return current;
  };
  const holderOfAgencyCode = new Map<string, string>();
  for (const unit of tree.items) {
    // A unit the file lists is placed by its row; the others stay where the tree has them.
    if (!unit.agencyCode || fileCodes.has(unit.code)) continue;
    holderOfAgencyCode.set(`${provinceCodeOf(unit.code)}|${unit.agencyCode}`, unit.code);
  }
  planned.forEach((p, i) => {
    const result = out[i] as UnitImportRow;
    const agencyCode = p.agencyCode === undefined ? p.existing?.agencyCode : p.agencyCode;
    if (!agencyCode || result.errors.length > 0) return;
    const key = `${provinceCodeOf(p.code)}|${agencyCode}`;
    const holder = holderOfAgencyCode.get(key);
    if (holder && holder !== p.code) {
      result.errors.push({
        column: HEADER.agencyCode,
        message: tr(
          `Mã định danh "${agencyCode}" đã được dùng cho đơn vị mã "${holder}" trong cùng tỉnh`,
          `The agency code "${agencyCode}" is already used by the unit "${holder}" in the same province`,
        ),
      });
      return;
    }
    holderOfAgencyCode.set(key, p.code);
  });

  const summary = { create: 0, update: 0, unchanged: 0, error: 0 };
  planned.forEach((p, i) => {
    const result = out[i] as UnitImportRow;
    if (result.errors.length > 0) {
      summary.error++;
      return;
    }
    if (!p.existing) {
      result.action = 'create';
      summary.create++;
      return;
    }
    result.changes = describeChanges(p, p.existing, tree);
    result.action = result.changes.length > 0 ? 'update' : 'unchanged';
    summary[result.action]++;
  });

  return { result: { valid: summary.error === 0, committed: false, summary, rows: out }, planned };
}

function describeChanges(p: PlannedUnit, u: Unit, tree: UnitTree): string[] {
  const changes: string[] = [];
  const show = (v: string | null | undefined) => (v ? `"${v}"` : tr('(trống)', '(empty)'));
  const yesNo = (v: boolean) => (v ? tr('Có', 'Yes') : tr('Không', 'No'));
  const currentParent = u.parentId ? (tree.byId.get(u.parentId)?.code ?? null) : null;
  if (p.name !== u.name) changes.push(`${HEADER.name}: ${show(u.name)} → ${show(p.name)}`);
  if (p.shortName !== u.shortName)
    changes.push(`${HEADER.shortName}: ${show(u.shortName)} → ${show(p.shortName)}`);
  if (p.kind !== u.kind)
    changes.push(
      `${HEADER.kind}: ${show(pick(UNIT_KIND_LABELS[u.kind]))} → ${show(pick(UNIT_KIND_LABELS[p.kind]))}`,
    );
  if (p.parentCode !== currentParent)
    changes.push(`${HEADER.parentCode}: ${show(currentParent)} → ${show(p.parentCode)}`);
  if (p.email !== u.email) changes.push(`${HEADER.email}: ${show(u.email)} → ${show(p.email)}`);
  if (p.active !== undefined && p.active !== u.active)
    changes.push(`${HEADER.active}: ${yesNo(u.active)} → ${yesNo(p.active)}`);
  if (p.order !== undefined && p.order !== u.order) changes.push(`${HEADER.order}: ${u.order} → ${p.order}`);
  if (p.agencyCode !== undefined && p.agencyCode !== u.agencyCode)
    changes.push(`${HEADER.agencyCode}: ${show(u.agencyCode)} → ${show(p.agencyCode)}`);
  return changes;
}

/**
 * Previews an import, and with `commit` applies it: all rows in one transaction, or none
 * when any row is invalid or the tree changed since it was read.
 */
export async function importUnits(
  db: Kysely<Database>,
  directory: UnitDirectory,
  actor: Actor,
  buffer: Buffer,
  commit: boolean,
): Promise<UnitImportResult> {
  const rows = await readUnitSheet(buffer);
  const tree = await directory.current();
  const { result, planned } = planImport(tree, rows, actor);
  if (!commit) return result;
  if (!result.valid) {
    throw problem(
      'import_invalid',
      { errorRows: result.summary.error },
      { rows: result.rows.filter((r) => r.errors.length > 0) },
    );
  }

  await db.transaction().execute(async (trx) => {
    // The preview was planned on this tree; no other change of it may land meanwhile.
    await claimUnitTree(trx, tree.version, 'import');
    const idOfCode = new Map<string, string>();
    for (const u of tree.items) idOfCode.set(u.code, u.id);
    const toCreate = planned.filter((p) => !p.existing);
    for (const p of toCreate) idOfCode.set(p.code, newId());
    const byCode = new Map(planned.map((q) => [q.code, q]));
    const depthOf = (p: PlannedUnit) => {
      let depth = 0;
      let parent = p.parentCode;
      while (parent && depth < planned.length) {
        depth++;
        parent = byCode.get(parent)?.parentCode ?? null;
      }
      return depth;
    };
    // Parents first, so every foreign key points at a row that already exists.
    const ordered = [...toCreate].sort((a, b) => depthOf(a) - depthOf(b));
    const now = nowIso();
    for (const p of ordered) {
      const row = {
        id: idOfCode.get(p.code) as string,
        code: p.code,
        name: p.name,
        short_name: p.shortName,
        kind: p.kind,
        parent_id: p.parentCode ? (idOfCode.get(p.parentCode) ?? null) : null,
        email: p.email,
        agency_code: p.agencyCode ?? null,
        active: p.active === false ? 0 : 1,
        sort_order: p.order ?? 0,
        version: 1,
      };
      await insertUnitRow(trx, row, now);
      await recordAudit(trx, actor, {
        action: 'unit.created',
        entityType: 'unit',
        entityId: row.id,
        after: auditView(toUnit(row, 0)),
      });
    }
    for (let i = 0; i < planned.length; i++) {
      const p = planned[i] as PlannedUnit;
      if (!p.existing || (result.rows[i] as UnitImportRow).action !== 'update') continue;
      const u = p.existing;
      const row = {
        id: u.id,
        code: u.code,
        name: p.name,
        short_name: p.shortName,
        kind: p.kind,
        parent_id: p.parentCode ? (idOfCode.get(p.parentCode) ?? null) : null,
        email: p.email,
        agency_code: p.agencyCode === undefined ? u.agencyCode : p.agencyCode,
        active: (p.active ?? u.active) ? 1 : 0,
        sort_order: p.order ?? u.order,
        version: u.version + 1,
      };
      await updateUnitRow(trx, row, now);
      await recordAudit(trx, actor, {
        action: 'unit.updated',
        entityType: 'unit',
        entityId: u.id,
        before: auditView(u),
        after: auditView(toUnit(row, 0)),
      });
    }
    await recordAudit(trx, actor, {
      action: 'unit.imported',
      entityType: 'unit',
      entityId: null,
      after: result.summary,
    });
  });
  return { ...result, committed: true };
}
