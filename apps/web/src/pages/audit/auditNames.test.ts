import type { CampaignListItem, UnitListItem, User } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { auditNameLookup } from './auditNames.ts';

const unit = { id: 'u1', name: 'Sở Y tế' } as UnitListItem;
const user = { id: 'a1', fullName: 'Trần Văn Y', username: 'syt' } as User;
const issued = { id: 'c1', reference: '2519/KH-UBND', name: 'Tổng kết giai đoạn 1' } as CampaignListItem;
const draft = { id: 'c2', reference: '', name: 'Sơ kết 6 tháng' } as CampaignListItem;

describe('names of audited objects', () => {
  const nameOf = auditNameLookup([unit], [user], [issued, draft]);

  it('names units, accounts and rounds by what people call them', () => {
    expect(nameOf('unit', 'u1')).toBe('Sở Y tế');
    expect(nameOf('user', 'a1')).toBe('Trần Văn Y (syt)');
    expect(nameOf('campaign', 'c1')).toBe('2519/KH-UBND — Tổng kết giai đoạn 1');
    expect(nameOf('campaign', 'c2')).toBe('Sơ kết 6 tháng');
  });

  it('leaves the id when it cannot name the object: another type, an unknown id, none', () => {
    expect(nameOf('nomination', 'u1')).toBeNull();
    expect(nameOf('unit', 'a1')).toBeNull();
    expect(nameOf('unit', null)).toBeNull();
  });
});
