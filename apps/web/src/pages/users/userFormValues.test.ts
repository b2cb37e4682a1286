import { PASSWORD_MIN_LENGTH, type User } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate.ts';
import { vi } from '../../i18n/vi.ts';
import {
  EMPTY_USER_VALUES,
  toUserCreate,
  toUserPatch,
  type UserFormValues,
  userToValues,
  validateUser,
} from './userFormValues.ts';

const t = translator(vi);
const REQUIRED = 'Trường này không được để trống';

const user: User = {
  id: 'u1',
  username: 'syt',
  fullName: 'Nguyễn Thị Hoà',
  email: 'hoa@syt.quangtri.gov.vn',
  role: 'coordinator',
  unitId: 'unit-syt',
  unitName: 'Sở Y tế Quảng Trị',
  active: true,
  lockedUntil: null,
  lastLoginAt: null,
  createdAt: '2020-05-01T00:00:00Z',
  version: 7,
};

const filled: UserFormValues = {
  username: 'syt',
  fullName: 'Nguyễn Thị Hoà',
  email: 'hoa@syt.quangtri.gov.vn',
  role: 'coordinator',
  unitId: 'unit-syt',
  password: 'x'.repeat(PASSWORD_MIN_LENGTH),
};

describe('validateUser', () => {
  it('asks for every field of a new account, in Vietnamese', () => {
    expect(validateUser(EMPTY_USER_VALUES, true, t)).toEqual({
      username: REQUIRED,
      fullName: REQUIRED,
      role: REQUIRED,
      unitId: REQUIRED,
      password: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`,
    });
  });

  it('takes blanks for empty', () => {
    const errors = validateUser({ ...filled, username: '   ', fullName: '\t ' }, true, t);
    expect(Object.keys(errors).sort()).toEqual(['fullName', 'username']);
  });

  it('counts the password length from the minimum, with no trimming', () => {
    const short = 'x'.repeat(PASSWORD_MIN_LENGTH - 1);
    expect(validateUser({ ...filled, password: short }, true, t).password).toBeDefined();
    expect(validateUser({ ...filled, password: `${short} ` }, true, t)).toEqual({});
  });

  it('does not ask an edit for the user name or a password (neither is on the edit form)', () => {
    expect(validateUser({ ...userToValues(user) }, false, t)).toEqual({});
    expect(validateUser({ ...userToValues(user), fullName: '' }, false, t)).toEqual({ fullName: REQUIRED });
  });

  it('accepts a complete new account', () => {
    expect(validateUser(filled, true, t)).toEqual({});
  });
});

describe('userToValues', () => {
  it('starts an edit from the account, with no password and a blank for a missing e-mail', () => {
    expect(userToValues({ ...user, email: null })).toEqual({
      username: '',
      fullName: 'Nguyễn Thị Hoà',
      email: '',
      role: 'coordinator',
      unitId: 'unit-syt',
      password: '',
    });
  });
});

describe('toUserCreate', () => {
  it('lower-cases and trims the user name, trims the name and e-mail, keeps the password as typed', () => {
    expect(
      toUserCreate({
        ...filled,
        username: '  SYT.Admin ',
        fullName: '  Trần Văn Đức ',
        email: ' duc@example.vn ',
        password: ' secret words ',
      }),
    ).toEqual({
      username: 'syt.admin',
      fullName: 'Trần Văn Đức',
      email: 'duc@example.vn',
      role: 'coordinator',
      unitId: 'unit-syt',
      password: ' secret words ',
    });
  });

  it('sends a blank e-mail as none', () => {
    expect(toUserCreate({ ...filled, email: '   ' }).email).toBeNull();
  });

  it('stores a name pasted in decomposed form (NFD) as NFC', () => {
    const decomposed = 'Nguyễn Thị Hoà'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn Thị Hoà');
    const created = toUserCreate({ ...filled, fullName: decomposed });
    expect(created.fullName).toBe('Nguyễn Thị Hoà');
    expect(created.fullName.normalize('NFC')).toBe(created.fullName);
  });
});

describe('toUserPatch', () => {
  it('sends only the version when nothing changed', () => {
    expect(toUserPatch(userToValues(user), user)).toEqual({ version: 7 });
  });

  it('sees no change in the same name typed decomposed or with spaces around it', () => {
    const values = { ...userToValues(user), fullName: ` ${user.fullName.normalize('NFD')} ` };
    expect(toUserPatch(values, user)).toEqual({ version: 7 });
  });

  it('sends each changed field with the version the edit started from', () => {
    const values: UserFormValues = {
      ...userToValues(user),
      fullName: 'Nguyễn Thị Hòa',
      role: 'unit',
      unitId: 'unit-bchqs',
    };
    expect(toUserPatch(values, user)).toEqual({
      version: 7,
      fullName: 'Nguyễn Thị Hòa',
      role: 'unit',
      unitId: 'unit-bchqs',
    });
  });

  it('clears an e-mail with null, and sees none-to-blank as no change', () => {
    expect(toUserPatch({ ...userToValues(user), email: ' ' }, user)).toEqual({ version: 7, email: null });
    const noEmail = { ...user, email: null };
    expect(toUserPatch(userToValues(noEmail), noEmail)).toEqual({ version: 7 });
  });

  it('never clears a role or a unit it does not have (a picker emptied by the person)', () => {
    expect(toUserPatch({ ...userToValues(user), role: null, unitId: null }, user)).toEqual({ version: 7 });
  });
});
