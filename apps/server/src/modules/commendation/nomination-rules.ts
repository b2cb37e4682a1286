import { MIN_BIRTH_YEAR, type NominationInput, type NomineeKind } from '@tongket/domain';
import type { FieldError } from '../../http/problem.ts';
import { now as clockNow } from '../../lib/clock.ts';

/**
 * What a nomination must say to be sent, by kind: a person their gender, year of birth and (for an
 * individual) position; years in a believable range. Returned as field errors for the form.
 */
export function nominationErrors(
  n: Pick<NominationInput, 'nomineeKind' | 'name' | 'gender' | 'birthYear' | 'position'> & {
    nomineeKind: NomineeKind;
  },
  now = clockNow(),
): FieldError[] {
  const errors: FieldError[] = [];
  const year = now.getUTCFullYear();
  if (
    n.birthYear !== null &&
    n.birthYear !== undefined &&
    (n.birthYear < MIN_BIRTH_YEAR || n.birthYear > year - 16)
  ) {
    errors.push({
      field: 'birthYear',
      message: {
        vi: `Năm sinh phải trong khoảng ${MIN_BIRTH_YEAR}–${year - 16}`,
        en: `The year of birth must be between ${MIN_BIRTH_YEAR} and ${year - 16}`,
      },
    });
  }
  if (n.nomineeKind === 'collective') return errors;
  if (!n.gender)
    errors.push({ field: 'gender', message: { vi: 'Chưa chọn giới tính', en: 'No gender chosen' } });
  if (n.birthYear === null || n.birthYear === undefined)
    errors.push({ field: 'birthYear', message: { vi: 'Chưa ghi năm sinh', en: 'No year of birth given' } });
  if (n.nomineeKind === 'individual' && !n.position) {
    errors.push({
      field: 'position',
      message: {
        vi: 'Chưa ghi chức vụ (ghi "Nhân viên" nếu không giữ chức vụ)',
        en: 'No position given (write "Nhân viên" if the person holds none)',
      },
    });
  }
  return errors;
}
