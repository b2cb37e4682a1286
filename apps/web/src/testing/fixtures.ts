import type { Campaign, Me, Nomination, Plan } from '@tongket/domain';

/**
 * Whole objects as the API returns them, for tests of the web's logic: every field present, so
 * a test states only what it is about. For tests only; nothing in the app imports it.
 */

export function emptyPlan(over: Partial<Plan> = {}): Plan {
  return {
    parentBody: '',
    issuingBody: '',
    docNumber: '',
    docCode: '',
    place: '',
    docDate: null,
    docType: 'KẾ HOẠCH',
    summary: '',
    situation: '',
    purpose: '',
    programme: [],
    conferenceTime: '',
    conferenceStartsAt: null,
    venue: '',
    delegateGroups: [],
    expectedDelegates: null,
    budgetLines: [],
    awardGroups: [],
    nominationDeadline: null,
    nominationTo: '',
    nominationReviewer: '',
    tasks: [],
    reportDeadline: null,
    submissionTo: '',
    submissionEmail: '',
    signedReports: false,
    closing: '',
    recipients: [],
    signature: { authority: '', deputy: '', title: '', name: '' },
    ...over,
  };
}

export function campaign(over: Partial<Campaign> = {}): Campaign {
  return {
    id: 'c1',
    kind: 'tong_ket',
    status: 'issued',
    name: 'Tổng kết công tác phòng, chống dịch Covid-19',
    version: 1,
    issuingUnitId: 'unit-ubnd',
    standingUnitId: 'unit-syt',
    sourceCampaignId: null,
    parentCampaignId: null,
    parentAssignmentId: null,
    issuedAt: '2020-06-01T02:00:00.000Z',
    createdAt: '2020-05-20T02:00:00.000Z',
    updatedAt: '2020-06-01T02:00:00.000Z',
    plan: emptyPlan(),
    outline: { title: 'BÁO CÁO', summary: '', sections: [] },
    problems: [],
    warnings: [],
    canManage: false,
    reminderRules: [],
    closedAt: null,
    ...over,
  };
}

export function me(over: Partial<Me> = {}): Me {
  return {
    id: 'user-1',
    username: 'bchqs',
    fullName: 'Trần Văn Bình',
    email: null,
    role: 'unit',
    unitId: 'unit-bchqs',
    unitName: 'Bộ Chỉ huy Quân sự tỉnh Quảng Trị',
    ...over,
  };
}

export function nomination(over: Partial<Nomination> = {}): Nomination {
  return {
    id: 'n1',
    campaignId: 'c1',
    unitId: 'unit-bchqs',
    unitName: 'Bộ Chỉ huy Quân sự tỉnh Quảng Trị',
    awardGroupId: 'g1',
    awardTypeId: 'bang-khen',
    awardTypeName: 'Bằng khen của Chủ tịch UBND tỉnh',
    nomineeKind: 'individual',
    name: 'Nguyễn Văn An',
    gender: 'male',
    birthYear: 1980,
    position: 'Trung tá',
    workplace: 'Phòng Tham mưu',
    achievement: '',
    status: 'draft',
    version: 1,
    quotaRowId: null,
    overrideReason: null,
    quotaRefusedAt: null,
    rejectReason: null,
    proposeHigher: false,
    higherAwardTypeId: null,
    decisionId: null,
    submittedAt: null,
    enteredBy: 'bchqs',
    enteredOnBehalf: false,
    duplicateOf: [],
    attachments: [],
    createdAt: '2020-06-02T02:00:00.000Z',
    updatedAt: '2020-06-02T02:00:00.000Z',
    ...over,
  };
}
