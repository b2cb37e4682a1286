import type { Problem } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { ApiError } from './client.ts';
import { fieldErrors, isFieldProblem } from './errors.ts';

const apiError = (code: string, errors?: Problem['errors'], detail = 'Chi tiết') =>
  new ApiError(400, { type: 'about:blank', title: 'Bad Request', status: 400, code, detail, errors });

describe('fieldErrors: the server’s messages by form field', () => {
  it('reads the field however the server spells it, the first message winning', () => {
    const error = apiError('validation_failed', [
      { field: 'code', message: 'Mã đã có' },
      { field: 'body.name', message: 'Tên không được để trống' },
      { field: '/email', message: 'Địa chỉ không hợp lệ' },
      { field: 'body/parentId', message: 'Đơn vị cấp trên không tồn tại' },
      { field: 'name', message: 'Thông báo thứ hai' },
    ]);
    expect(fieldErrors(error)).toEqual({
      code: 'Mã đã có',
      name: 'Tên không được để trống',
      email: 'Địa chỉ không hợp lệ',
      parentId: 'Đơn vị cấp trên không tồn tại',
    });
  });

  it('puts a nested field’s message on its top-level field', () => {
    expect(
      fieldErrors(apiError('validation_failed', [{ field: 'signature.name', message: 'Quá dài' }])),
    ).toEqual({
      signature: 'Quá dài',
    });
  });

  it('puts a problem about one field on that field even when the server lists none', () => {
    expect(fieldErrors(apiError('username_taken', undefined, 'Tên đăng nhập đã có người dùng'))).toEqual({
      username: 'Tên đăng nhập đã có người dùng',
    });
    expect(fieldErrors(apiError('wrong_password', [], 'Mật khẩu hiện tại không đúng'))).toEqual({
      currentPassword: 'Mật khẩu hiện tại không đúng',
    });
    // The field's own message, when listed, wins over the problem's detail.
    expect(fieldErrors(apiError('unit_code_taken', [{ field: 'code', message: 'Mã SYT đã có' }]))).toEqual({
      code: 'Mã SYT đã có',
    });
  });

  it('has nothing for other errors', () => {
    expect(fieldErrors(apiError('version_conflict'))).toEqual({});
    expect(fieldErrors(new Error('x'))).toEqual({});
    expect(fieldErrors(undefined)).toEqual({});
  });
});

describe('isFieldProblem', () => {
  it.each([
    ['unit_code_taken', true],
    ['username_taken', true],
    ['same_password', true],
    ['parent_not_found', true],
    ['unit_not_found', true],
    ['validation_failed', false],
    ['version_conflict', false],
  ])('%s → %s', (code, one) => {
    expect(isFieldProblem(apiError(code))).toBe(one);
  });

  it('is false for what is not an API error', () => {
    expect(isFieldProblem(new Error('username_taken'))).toBe(false);
  });
});
