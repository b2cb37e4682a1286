import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestServer, DIALECTS, type TestServer } from './harness.ts';

type Who = 'anon' | 'sysadmin' | 'admin' | 'coordinator' | 'unit' | 'reviewer' | 'viewer';
const ACCOUNTS: Record<Exclude<Who, 'anon'>, string> = {
  sysadmin: 'hethong',
  admin: 'admin',
  coordinator: 'syt',
  unit: 'bchqs',
  reviewer: 'tdkt',
  viewer: 'lanhdao',
};

interface Case {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** OpenAPI path, as registered. */
  route: string;
  /** What to call; ids filled from the demo data. */
  url: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  /** Expected status per caller; a role not listed must get 403. */
  allowed: Partial<Record<Who, number>>;
  label?: string;
  headers?: Record<string, string>;
}

interface Ids {
  ownUnit: string; // bchqs's own unit
  otherUnit: string; // another unit (Hướng Hóa)
  otherUser: string; // a user of another unit
  version: number;
  userVersion: number;
  /** Quảng Trị's issued round, a Quảng Trị draft, and Bình Dương's draft (another province). */
  issued: string;
  draft: string;
  draftVersion: number;
  otherProvince: string;
  provinceUnit: string;
  /** bchqs's report in the issued plan, Hướng Hóa's, and a file Hướng Hóa attached to its own. */
  ownAssignment: string;
  otherAssignment: string;
  otherAttachment: string;
  /** The demo's award decision for plan 2519, a nomination of Bộ CHQS's and one of Hướng Hóa's. */
  decision: string;
  ownNomination: string;
  otherNomination: string;
  nominationFile: string;
  awardGroup: string;
  /** Delegates of the demo conference: Bộ CHQS's, one of Hướng Hóa's not checked in, one checked in. */
  ownDelegate: string;
  otherDelegate: string;
  checkedInDelegate: string;
  /** A live RSVP link's token of Hướng Hóa's delegate. */
  rsvpToken: string;
  /** A section and an indicator of plan 2519's consolidated report. */
  section: string;
  indicator: string;
}

/** Every role that reads a province's rounds: all but the installation's administrator. */
const ALL_READ = { admin: 200, coordinator: 200, unit: 200, reviewer: 200, viewer: 200 } as const;
/** Everyone signed in, the installation's administrator included. */
const SIGNED_IN = { sysadmin: 200, ...ALL_READ } as const;

/** A valid conference body (so validation never answers before authorisation), from a stale version. */
const CONFERENCE_BODY = {
  version: 999,
  title: 'Hội nghị tổng kết',
  date: '2020-06-18',
  startTime: '07:30',
  endTime: '11:30',
  tentative: false,
  venue: 'Hội trường UBND tỉnh',
  expectedDelegates: null,
  signature: { authority: '', deputy: '', title: '', name: '' },
  agenda: [],
};

/** Every route of the API and who may call it. The test below fails when a route is missing here. */
let loginTries = 0;
let unitTries = 0;

const CASES: Case[] = [
  {
    method: 'POST',
    route: '/api/v1/auth/login',
    url: () => '/api/v1/auth/login',
    // A name of its own per caller: five wrong tries on one name from one address make it wait.
    body: () => {
      loginTries += 1;
      return { username: `khongco${loginTries}`, password: 'sai-mat-khau' };
    },
    // Public: anyone may try, and a wrong account is refused the same way for all.
    allowed: {
      anon: 401,
      sysadmin: 401,
      admin: 401,
      coordinator: 401,
      unit: 401,
      reviewer: 401,
      viewer: 401,
    },
  },
  { method: 'GET', route: '/api/v1/auth/me', url: () => '/api/v1/auth/me', allowed: SIGNED_IN },
  {
    method: 'POST',
    route: '/api/v1/auth/password',
    url: () => '/api/v1/auth/password',
    body: () => ({ currentPassword: 'sai-mat-khau', newPassword: 'mat-khau-moi-99' }),
    // Everyone signed in may try; the wrong current password is refused with 400.
    allowed: { sysadmin: 400, admin: 400, coordinator: 400, unit: 400, reviewer: 400, viewer: 400 },
  },
  { method: 'GET', route: '/api/v1/units', url: () => '/api/v1/units', allowed: SIGNED_IN },
  {
    method: 'GET',
    route: '/api/v1/units',
    url: () => '/api/v1/units?q=so%20y%20te',
    allowed: SIGNED_IN,
    label: 'search',
  },
  {
    method: 'GET',
    route: '/api/v1/units/{id}',
    url: (i) => `/api/v1/units/${i.otherUnit}`,
    allowed: SIGNED_IN,
  },
  {
    method: 'GET',
    route: '/api/v1/units/export.xlsx',
    url: () => '/api/v1/units/export.xlsx',
    allowed: SIGNED_IN,
  },
  {
    method: 'POST',
    route: '/api/v1/units',
    url: () => '/api/v1/units',
    // Under the admin's own province: a unit with no parent (a new province) is the system administrator's.
    // A code of its own per caller, so each creation stands alone.
    body: (i) => {
      unitTries += 1;
      return { code: `QT-THU${unitTries}`, name: 'Đơn vị thử', kind: 'other', parentId: i.provinceUnit };
    },
    allowed: { sysadmin: 201, admin: 201 },
  },
  {
    method: 'PATCH',
    route: '/api/v1/units/{id}',
    url: (i) => `/api/v1/units/${i.ownUnit}`,
    body: (i) => ({ version: i.version, email: 'bchqs@quangtri.gov.vn' }),
    allowed: { sysadmin: 200, admin: 200 },
    label: 'own unit',
  },
  {
    method: 'PATCH',
    route: '/api/v1/units/{id}',
    url: (i) => `/api/v1/units/${i.otherUnit}`,
    body: () => ({ version: 999, name: 'Đổi tên trái phép' }),
    // An admin gets the version conflict; nobody else gets past authorisation.
    allowed: { sysadmin: 409, admin: 409 },
    label: 'another unit',
  },
  {
    method: 'POST',
    route: '/api/v1/units/import',
    url: () => '/api/v1/units/import',
    allowed: { sysadmin: 400, admin: 400 },
  },
  {
    method: 'GET',
    route: '/api/v1/users',
    url: () => '/api/v1/users',
    allowed: { sysadmin: 200, admin: 200 },
  },
  {
    method: 'GET',
    route: '/api/v1/users/{id}',
    url: (i) => `/api/v1/users/${i.otherUser}`,
    allowed: { sysadmin: 200, admin: 200 },
  },
  {
    method: 'POST',
    route: '/api/v1/users',
    url: () => '/api/v1/users',
    body: (i) => ({
      username: 'moi',
      fullName: 'Người mới',
      role: 'unit',
      unitId: i.ownUnit,
      password: 'mat-khau-123',
    }),
    allowed: { sysadmin: 201, admin: 201 },
  },
  {
    method: 'PATCH',
    route: '/api/v1/users/{id}',
    url: (i) => `/api/v1/users/${i.otherUser}`,
    body: (i) => ({ version: i.userVersion, fullName: 'Hồ Thị Hướng' }),
    allowed: { sysadmin: 200, admin: 200 },
  },
  {
    method: 'POST',
    route: '/api/v1/users/{id}/reset-password',
    url: (i) => `/api/v1/users/${i.otherUser}/reset-password`,
    body: () => ({ password: 'tongket-demo' }),
    allowed: { sysadmin: 200, admin: 200 },
  },
  {
    method: 'GET',
    route: '/api/v1/audit',
    url: () => '/api/v1/audit',
    allowed: { sysadmin: 200, admin: 200 },
  },
  { method: 'GET', route: '/api/v1/campaigns', url: () => '/api/v1/campaigns', allowed: ALL_READ },
  {
    method: 'GET',
    route: '/api/v1/home/coordinator',
    url: () => '/api/v1/home/coordinator',
    allowed: { admin: 200, coordinator: 200 },
  },
  {
    method: 'GET',
    route: '/api/v1/home/leader',
    url: () => '/api/v1/home/leader',
    allowed: { admin: 200, coordinator: 200, reviewer: 200, viewer: 200 },
  },
  {
    method: 'GET',
    route: '/api/v1/home/unit',
    url: () => '/api/v1/home/unit',
    allowed: { coordinator: 200, unit: 200 },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns',
    url: () => '/api/v1/campaigns',
    body: (i) => ({ kind: 'so_ket', issuingUnitId: i.provinceUnit }),
    allowed: { coordinator: 201 },
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}',
    url: (i) => `/api/v1/campaigns/${i.issued}`,
    allowed: ALL_READ,
    label: 'issued',
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}',
    url: (i) => `/api/v1/campaigns/${i.draft}`,
    // A draft is the standing agency's working copy: a unit officer does not see it exists.
    allowed: { admin: 200, coordinator: 200, unit: 404, reviewer: 200, viewer: 200 },
    label: 'draft',
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/plan.edxml',
    url: (i) => `/api/v1/campaigns/${i.issued}/plan.edxml`,
    allowed: ALL_READ,
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/plan.edxml',
    url: (i) => `/api/v1/campaigns/${i.draft}/plan.edxml`,
    // Whoever may read the draft hears it is not issued yet; a unit does not see a draft at all.
    allowed: { admin: 409, coordinator: 409, unit: 404, reviewer: 409, viewer: 409 },
    label: 'draft',
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}',
    url: (i) => `/api/v1/campaigns/${i.otherProvince}`,
    allowed: { admin: 404, coordinator: 404, unit: 404, reviewer: 404, viewer: 404 },
    label: 'another province',
  },
  {
    method: 'PATCH',
    route: '/api/v1/campaigns/{id}',
    url: (i) => `/api/v1/campaigns/${i.draft}`,
    body: (i) => ({ version: i.draftVersion, plan: { venue: 'Hội trường UBND tỉnh' } }),
    // A unit officer does not learn the draft exists.
    allowed: { coordinator: 200, unit: 404 },
  },
  {
    method: 'PATCH',
    route: '/api/v1/campaigns/{id}',
    url: (i) => `/api/v1/campaigns/${i.otherProvince}`,
    body: () => ({ version: 1, plan: { venue: 'Sửa trái phép' } }),
    allowed: { coordinator: 404, unit: 404 },
    label: 'another province',
  },
  {
    method: 'PUT',
    route: '/api/v1/campaigns/{id}/outline',
    url: (i) => `/api/v1/campaigns/${i.draft}/outline`,
    body: (i) => ({
      version: i.draftVersion,
      outline: { title: 'BÁO CÁO', summary: 'Sơ kết', sections: [{ title: 'KẾT QUẢ' }] },
    }),
    allowed: { coordinator: 200, unit: 404 },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/issue',
    url: (i) => `/api/v1/campaigns/${i.draft}/issue`,
    body: (i) => ({ version: i.draftVersion }),
    // The draft is incomplete: the coordinator hears what is missing; nobody else gets that far.
    allowed: { coordinator: 422, unit: 404 },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/signing',
    url: (i) => `/api/v1/campaigns/${i.draft}/signing`,
    body: (i) => ({ step: 'sign', version: i.draftVersion }),
    // As issuing: the draft is incomplete, which its coordinator hears; nobody else gets that far.
    allowed: { coordinator: 422, unit: 404 },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/signing',
    url: (i) => `/api/v1/campaigns/${i.otherProvince}/signing`,
    body: () => ({ step: 'sign', version: 1 }),
    allowed: { coordinator: 404, unit: 404 },
    label: 'another province',
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/signatures',
    url: (i) => `/api/v1/campaigns/${i.draft}/signatures`,
    allowed: { admin: 200, coordinator: 200, unit: 404, reviewer: 200, viewer: 200 },
    label: 'draft',
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/signatures',
    url: (i) => `/api/v1/campaigns/${i.otherProvince}/signatures`,
    allowed: { admin: 404, coordinator: 404, unit: 404, reviewer: 404, viewer: 404 },
    label: 'another province',
  },
  {
    method: 'GET',
    route: '/api/v1/signing/{token}/document.pdf',
    url: () => `/api/v1/signing/${'x'.repeat(43)}/document.pdf`,
    // The one-time link is the key: no session needed, a session adds nothing, an unknown one is gone.
    allowed: {
      anon: 410,
      sysadmin: 410,
      admin: 410,
      coordinator: 410,
      unit: 410,
      reviewer: 410,
      viewer: 410,
    },
  },
  {
    method: 'POST',
    route: '/api/v1/signing/{token}/signed',
    url: () => `/api/v1/signing/${'x'.repeat(43)}/signed`,
    allowed: {
      anon: 410,
      sysadmin: 410,
      admin: 410,
      coordinator: 410,
      unit: 410,
      reviewer: 410,
      viewer: 410,
    },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/clone',
    url: (i) => `/api/v1/campaigns/${i.issued}/clone`,
    body: () => ({ name: 'Đợt tiếp theo' }),
    allowed: { coordinator: 201 },
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/documents/{file}',
    url: (i) => `/api/v1/campaigns/${i.issued}/documents/plan.docx`,
    allowed: ALL_READ,
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/documents/{file}',
    url: (i) => `/api/v1/campaigns/${i.draft}/documents/plan.pdf`,
    allowed: { admin: 200, coordinator: 200, unit: 404, reviewer: 200, viewer: 200 },
    label: 'draft',
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/plan.document',
    url: (i) => `/api/v1/campaigns/${i.issued}/plan.document`,
    allowed: ALL_READ,
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/plan.document',
    url: (i) => `/api/v1/campaigns/${i.draft}/plan.document`,
    // As the draft's DOCX and PDF: a unit officer does not see a draft at all.
    allowed: { admin: 200, coordinator: 200, unit: 404, reviewer: 200, viewer: 200 },
    label: 'draft',
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/plan.document',
    url: (i) => `/api/v1/campaigns/${i.otherProvince}/plan.document`,
    allowed: { admin: 404, coordinator: 404, unit: 404, reviewer: 404, viewer: 404 },
    label: 'another province',
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/assignments',
    url: (i) => `/api/v1/campaigns/${i.issued}/assignments`,
    allowed: ALL_READ,
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/assignments',
    url: (i) => `/api/v1/campaigns/${i.otherProvince}/assignments`,
    allowed: { admin: 404, coordinator: 404, unit: 404, reviewer: 404, viewer: 404 },
    label: 'another province',
  },
  {
    method: 'GET',
    route: '/api/v1/outline-templates',
    url: () => '/api/v1/outline-templates',
    allowed: ALL_READ,
  },
  { method: 'GET', route: '/api/v1/award-types', url: () => '/api/v1/award-types', allowed: ALL_READ },
  { method: 'GET', route: '/api/v1/notifications', url: () => '/api/v1/notifications', allowed: ALL_READ },
  { method: 'GET', route: '/api/v1/assignments', url: () => '/api/v1/assignments', allowed: ALL_READ },
  {
    method: 'GET',
    route: '/api/v1/assignments/{id}',
    url: (i) => `/api/v1/assignments/${i.ownAssignment}`,
    allowed: ALL_READ,
    label: 'own unit',
  },
  {
    method: 'GET',
    route: '/api/v1/assignments/{id}',
    url: (i) => `/api/v1/assignments/${i.otherAssignment}`,
    allowed: { admin: 200, coordinator: 200, unit: 404, reviewer: 200, viewer: 200 },
    label: 'another unit',
  },
  {
    method: 'PATCH',
    route: '/api/v1/assignments/{id}',
    url: (i) => `/api/v1/assignments/${i.otherAssignment}`,
    body: () => ({ previousDeadline: '2000-01-01T00:00:00Z', deadline: '2020-06-15T16:59:59Z' }),
    // The standing agency gets past authorisation to the check of the deadline it saw.
    allowed: { coordinator: 409, unit: 404 },
  },
  {
    method: 'PUT',
    route: '/api/v1/assignments/{id}/draft',
    url: (i) => `/api/v1/assignments/${i.ownAssignment}/draft`,
    body: () => ({ version: 999, content: {} }),
    // The unit that owes it reaches the draft's version check; the standing agency does not write it.
    allowed: { unit: 409, coordinator: 403 },
    label: 'own unit',
  },
  {
    method: 'PUT',
    route: '/api/v1/assignments/{id}/draft',
    url: (i) => `/api/v1/assignments/${i.otherAssignment}/draft`,
    body: () => ({ version: 0, content: {} }),
    allowed: { unit: 404, coordinator: 403 },
    label: 'another unit',
  },
  {
    method: 'POST',
    route: '/api/v1/assignments/{id}/import-docx',
    url: (i) => `/api/v1/assignments/${i.ownAssignment}/import-docx`,
    allowed: { unit: 400, coordinator: 403 },
  },
  {
    method: 'POST',
    route: '/api/v1/assignments/{id}/attachments',
    url: (i) => `/api/v1/assignments/${i.ownAssignment}/attachments`,
    allowed: { unit: 400, coordinator: 403 },
  },
  {
    method: 'GET',
    route: '/api/v1/attachments/{id}',
    url: (i) => `/api/v1/attachments/${i.otherAttachment}`,
    allowed: { admin: 200, coordinator: 200, unit: 404, reviewer: 200, viewer: 200 },
  },
  {
    method: 'DELETE',
    route: '/api/v1/attachments/{id}',
    url: (i) => `/api/v1/attachments/${i.otherAttachment}`,
    allowed: { unit: 404, coordinator: 403 },
  },
  {
    method: 'POST',
    route: '/api/v1/assignments/{id}/submit',
    url: (i) => `/api/v1/assignments/${i.ownAssignment}/submit`,
    body: () => ({}),
    // The unit reaches the content check (its report is still empty).
    allowed: { unit: 422, coordinator: 403 },
  },
  {
    method: 'POST',
    route: '/api/v1/assignments/{id}/withdraw',
    url: (i) => `/api/v1/assignments/${i.ownAssignment}/withdraw`,
    body: () => ({ version: 999 }),
    // The unit reaches the state check (nothing of its own is waiting for review).
    allowed: { unit: 409, coordinator: 403 },
  },
  {
    method: 'POST',
    route: '/api/v1/assignments/{id}/withdraw',
    label: "another unit's",
    url: (i) => `/api/v1/assignments/${i.otherAssignment}/withdraw`,
    body: () => ({ version: 999 }),
    allowed: { unit: 404, coordinator: 403 },
  },
  {
    method: 'GET',
    route: '/api/v1/assignments/{id}/submissions/{seq}',
    url: (i) => `/api/v1/assignments/${i.otherAssignment}/submissions/1`,
    allowed: { admin: 404, coordinator: 404, unit: 404, reviewer: 404, viewer: 404 },
  },
  ...(['report.docx', 'report.pdf'] as const).flatMap((file): Case[] => [
    {
      method: 'GET',
      route: `/api/v1/assignments/{id}/documents/${file}`,
      url: (i) => `/api/v1/assignments/${i.ownAssignment}/documents/${file}`,
      // The unit's own paper: the unit prints its draft; the standing agency only what was sent, and
      // in plan 2519 mid-season nothing of these two is sent yet (404, "chưa gửi").
      allowed: { unit: 200, coordinator: 404 },
      label: 'own unit',
    },
    {
      method: 'GET',
      route: `/api/v1/assignments/{id}/documents/${file}`,
      url: (i) => `/api/v1/assignments/${i.otherAssignment}/documents/${file}`,
      allowed: { unit: 404, coordinator: 404 },
      label: 'another unit',
    },
  ]),
  {
    method: 'POST',
    route: '/api/v1/assignments/{id}/signing',
    url: (i) => `/api/v1/assignments/${i.ownAssignment}/signing`,
    body: () => ({ step: 'sign', version: 999 }),
    // As writing the draft: the unit that owes it reaches the version check; nobody else signs for it.
    allowed: { unit: 409, coordinator: 403 },
    label: 'own unit',
  },
  {
    method: 'POST',
    route: '/api/v1/assignments/{id}/signing',
    url: (i) => `/api/v1/assignments/${i.otherAssignment}/signing`,
    body: () => ({ step: 'sign', version: 999 }),
    allowed: { unit: 404, coordinator: 403 },
    label: 'another unit',
  },
  {
    method: 'GET',
    route: '/api/v1/assignments/{id}/signatures',
    url: (i) => `/api/v1/assignments/${i.ownAssignment}/signatures`,
    // As the report document: the unit and the round's standing agency; other readers of the round 403.
    allowed: { unit: 200, coordinator: 200 },
    label: 'own unit',
  },
  {
    method: 'GET',
    route: '/api/v1/assignments/{id}/signatures',
    url: (i) => `/api/v1/assignments/${i.otherAssignment}/signatures`,
    allowed: { unit: 404, coordinator: 200 },
    label: 'another unit',
  },
  {
    method: 'GET',
    route: '/api/v1/assignments/{id}/report.edxml',
    url: (i) => `/api/v1/assignments/${i.ownAssignment}/report.edxml`,
    // Sending the report on is the unit's own work: it hears that nothing was released; the
    // standing agency that receives it and other readers of the round are refused.
    allowed: { unit: 409 },
    label: 'own unit',
  },
  {
    method: 'GET',
    route: '/api/v1/assignments/{id}/report.edxml',
    url: (i) => `/api/v1/assignments/${i.otherAssignment}/report.edxml`,
    allowed: { unit: 404 },
    label: 'another unit',
  },
  {
    method: 'POST',
    route: '/api/v1/assignments/{id}/review',
    url: (i) => `/api/v1/assignments/${i.otherAssignment}/review`,
    body: () => ({ decision: 'accept', version: 999 }),
    allowed: { coordinator: 409, unit: 404 },
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/progress',
    url: (i) => `/api/v1/campaigns/${i.issued}/progress`,
    allowed: ALL_READ,
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/progress.xlsx',
    url: (i) => `/api/v1/campaigns/${i.issued}/progress.xlsx`,
    allowed: ALL_READ,
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/remind',
    url: (i) => `/api/v1/campaigns/${i.issued}/remind`,
    headers: { 'idempotency-key': 'ma-tran-quyen-0001' },
    allowed: { coordinator: 200 },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/close',
    url: (i) => `/api/v1/campaigns/${i.draft}/close`,
    body: (i) => ({ version: i.draftVersion }),
    // A draft cannot be closed: the coordinator hears why.
    allowed: { coordinator: 409, unit: 404 },
  },
  {
    method: 'POST',
    route: '/api/v1/award-types',
    url: () => '/api/v1/award-types',
    body: () => ({ code: 'BK-BYT', name: 'Bằng khen của Bộ trưởng Bộ Y tế' }),
    // The catalogue keepers reach the duplicate check (the code is created once, in the admin's turn).
    allowed: { admin: 201, reviewer: 409 },
  },
  {
    method: 'PATCH',
    route: '/api/v1/award-types/{id}',
    url: () => '/api/v1/award-types/award-gk',
    body: () => ({ version: 999, name: 'Giấy khen' }),
    allowed: { admin: 409, reviewer: 409 },
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/quotas',
    url: (i) => `/api/v1/campaigns/${i.issued}/quotas`,
    allowed: ALL_READ,
  },
  {
    method: 'PUT',
    route: '/api/v1/campaigns/{id}/quotas',
    url: (i) => `/api/v1/campaigns/${i.issued}/quotas`,
    body: () => ({ version: 999, awardGroups: [] }),
    // The plan is issued: quotas are part of it and frozen (the version is checked first).
    allowed: { coordinator: 409 },
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/nominations',
    url: (i) => `/api/v1/campaigns/${i.issued}/nominations`,
    allowed: ALL_READ,
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/nominations',
    url: (i) => `/api/v1/campaigns/${i.issued}/nominations`,
    body: (i) => ({ awardGroupId: i.awardGroup, nomineeKind: 'collective', name: 'Đại đội Công binh' }),
    // Units and the standing agency nominate for their own unit (a draft; sending is checked later).
    allowed: { unit: 201, coordinator: 201 },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/nominations/import',
    url: (i) => `/api/v1/campaigns/${i.issued}/nominations/import?awardGroupId=${i.awardGroup}`,
    allowed: { unit: 400, coordinator: 400 },
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/nominations/template.xlsx',
    url: (i) => `/api/v1/campaigns/${i.issued}/nominations/template.xlsx?awardGroupId=${i.awardGroup}`,
    allowed: ALL_READ,
  },
  {
    method: 'GET',
    route: '/api/v1/nominations/{id}',
    url: (i) => `/api/v1/nominations/${i.otherNomination}`,
    allowed: { admin: 200, coordinator: 200, unit: 404, reviewer: 200, viewer: 200 },
  },
  {
    method: 'PATCH',
    route: '/api/v1/nominations/{id}',
    url: (i) => `/api/v1/nominations/${i.ownNomination}`,
    body: () => ({ version: 999, name: 'Sửa' }),
    // bchqs's own, already decided: the version is checked first; others' are not theirs.
    allowed: { unit: 409, coordinator: 403 },
  },
  {
    method: 'DELETE',
    route: '/api/v1/nominations/{id}',
    url: (i) => `/api/v1/nominations/${i.ownNomination}`,
    allowed: { unit: 409, coordinator: 403 },
  },
  {
    method: 'POST',
    route: '/api/v1/nominations/{id}/submit',
    url: (i) => `/api/v1/nominations/${i.otherNomination}/submit`,
    body: () => ({ version: 999 }),
    allowed: { unit: 404, coordinator: 403 },
  },
  {
    method: 'POST',
    route: '/api/v1/nominations/{id}/forward',
    url: (i) => `/api/v1/nominations/${i.otherNomination}/forward`,
    body: () => ({ version: 999 }),
    allowed: { coordinator: 409 },
  },
  {
    method: 'POST',
    route: '/api/v1/nominations/{id}/approve',
    url: (i) => `/api/v1/nominations/${i.otherNomination}/approve`,
    body: () => ({ version: 999 }),
    allowed: { reviewer: 409 },
  },
  {
    method: 'POST',
    route: '/api/v1/nominations/{id}/reject',
    url: (i) => `/api/v1/nominations/${i.otherNomination}/reject`,
    body: () => ({ version: 999, reason: 'Không đủ tiêu chuẩn' }),
    allowed: { reviewer: 409 },
  },
  {
    method: 'POST',
    route: '/api/v1/nominations/{id}/files',
    url: (i) => `/api/v1/nominations/${i.ownNomination}/files`,
    // bchqs's own nomination is decided: its dossier is closed; nobody else's unit may add to it.
    allowed: { unit: 409, coordinator: 403 },
  },
  {
    method: 'DELETE',
    route: '/api/v1/nomination-files/{id}',
    url: (i) => `/api/v1/nomination-files/${i.nominationFile}`,
    // Another unit's file: hidden from a unit officer, not the standing agency's to remove.
    allowed: { unit: 404 },
  },
  {
    method: 'GET',
    route: '/api/v1/nomination-files/{id}',
    url: (i) => `/api/v1/nomination-files/${i.nominationFile}`,
    allowed: { admin: 200, coordinator: 200, unit: 404, reviewer: 200, viewer: 200 },
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/decisions',
    url: (i) => `/api/v1/campaigns/${i.issued}/decisions`,
    allowed: ALL_READ,
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/decisions',
    url: (i) => `/api/v1/campaigns/${i.issued}/decisions`,
    body: () => ({}),
    // Everything approved is already decided: the board hears there is nothing to put in.
    allowed: { reviewer: 409 },
  },
  {
    method: 'GET',
    route: '/api/v1/decisions/{id}',
    url: (i) => `/api/v1/decisions/${i.decision}`,
    allowed: ALL_READ,
  },
  {
    method: 'PATCH',
    route: '/api/v1/decisions/{id}',
    url: (i) => `/api/v1/decisions/${i.decision}`,
    body: () => ({ version: 999, summary: 'Sửa' }),
    allowed: { reviewer: 409 },
  },
  {
    method: 'POST',
    route: '/api/v1/decisions/{id}/issue',
    url: (i) => `/api/v1/decisions/${i.decision}/issue`,
    body: () => ({ version: 999 }),
    allowed: { reviewer: 409 },
  },
  {
    method: 'POST',
    route: '/api/v1/decisions/{id}/signing',
    url: (i) => `/api/v1/decisions/${i.decision}/signing`,
    body: () => ({ step: 'sign', version: 999 }),
    // As issuing: the demo's decision is issued already, which the board hears; nobody else gets that far.
    allowed: { reviewer: 409 },
  },
  {
    method: 'GET',
    route: '/api/v1/decisions/{id}/signatures',
    url: (i) => `/api/v1/decisions/${i.decision}/signatures`,
    allowed: ALL_READ,
  },
  {
    method: 'GET',
    route: '/api/v1/decisions/{id}/decision.edxml',
    url: (i) => `/api/v1/decisions/${i.decision}/decision.edxml`,
    // The demo's decision was issued without a digital signature: every reader hears it is not released.
    allowed: { admin: 409, coordinator: 409, unit: 409, reviewer: 409, viewer: 409 },
  },
  {
    method: 'GET',
    route: '/api/v1/decisions/{id}/documents/{file}',
    url: (i) => `/api/v1/decisions/${i.decision}/documents/list.xlsx`,
    allowed: ALL_READ,
  },
  {
    method: 'GET',
    route: '/api/v1/commendation/statistics',
    url: () => '/api/v1/commendation/statistics',
    allowed: ALL_READ,
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/consolidated',
    url: (i) => `/api/v1/campaigns/${i.issued}/consolidated`,
    // Every unit's text in one place: the standing agency, the board and the leadership read it.
    allowed: { admin: 200, coordinator: 200, unit: 404, reviewer: 200, viewer: 200 },
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/consolidated/sources',
    url: (i) => `/api/v1/campaigns/${i.issued}/consolidated/sources`,
    // The units' sentences behind the consolidated text: read by whoever reads that text.
    allowed: { admin: 200, coordinator: 200, unit: 404, reviewer: 200, viewer: 200 },
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/consolidated/sections/{sectionId}/contributions',
    url: (i) => `/api/v1/campaigns/${i.issued}/consolidated/sections/${i.section}/contributions`,
    // A page of the units' texts of one section: read by whoever reads the consolidated text.
    allowed: { admin: 200, coordinator: 200, unit: 404, reviewer: 200, viewer: 200 },
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/consolidated/sections/{sectionId}/contributions',
    url: (i) => `/api/v1/campaigns/${i.otherProvince}/consolidated/sections/${i.section}/contributions`,
    allowed: { admin: 404, coordinator: 404, unit: 404, reviewer: 404, viewer: 404 },
    label: 'another province',
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/consolidated/indicators/{indicatorId}',
    url: (i) => `/api/v1/campaigns/${i.issued}/consolidated/indicators/${i.indicator}`,
    // One indicator's figures unit by unit: read by whoever reads the consolidated report.
    allowed: { admin: 200, coordinator: 200, unit: 404, reviewer: 200, viewer: 200 },
  },
  {
    method: 'PUT',
    route: '/api/v1/campaigns/{id}/consolidated',
    url: (i) => `/api/v1/campaigns/${i.issued}/consolidated`,
    body: () => ({ version: 999, sections: {} }),
    allowed: { coordinator: 409, unit: 404 },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/consolidated/regenerate',
    url: (i) => `/api/v1/campaigns/${i.issued}/consolidated/regenerate`,
    body: () => ({ version: 999 }),
    allowed: { coordinator: 409, unit: 404 },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/consolidated/send-up',
    url: (i) => `/api/v1/campaigns/${i.issued}/consolidated/send-up`,
    // The province's round reports to nobody above it.
    allowed: { coordinator: 409, unit: 404 },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/consolidated/signing',
    url: (i) => `/api/v1/campaigns/${i.issued}/consolidated/signing`,
    body: () => ({ step: 'sign', version: 999 }),
    // As editing the report: the lead agency reaches the stale version; a unit hears nothing of it.
    allowed: { coordinator: 409, unit: 404 },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/consolidated/signing',
    url: (i) => `/api/v1/campaigns/${i.otherProvince}/consolidated/signing`,
    body: () => ({ step: 'sign', version: 999 }),
    // Who may run a round at all hears nothing of another province's report.
    allowed: { coordinator: 404, unit: 404 },
    label: 'another province',
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/consolidated/signatures',
    url: (i) => `/api/v1/campaigns/${i.issued}/consolidated/signatures`,
    // Whoever reads the consolidated report.
    allowed: { admin: 200, coordinator: 200, unit: 404, reviewer: 200, viewer: 200 },
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/consolidated/signatures',
    url: (i) => `/api/v1/campaigns/${i.otherProvince}/consolidated/signatures`,
    allowed: { admin: 404, coordinator: 404, unit: 404, reviewer: 404, viewer: 404 },
    label: 'another province',
  },
  ...(['consolidated.docx', 'consolidated.pdf', 'indicators.xlsx'] as const).map(
    (file): Case => ({
      method: 'GET',
      route: `/api/v1/campaigns/{id}/documents/${file}`,
      url: (i) => `/api/v1/campaigns/${i.issued}/documents/${file}`,
      allowed: { admin: 200, coordinator: 200, unit: 404, reviewer: 200, viewer: 200 },
    }),
  ),
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/children',
    url: (i) => `/api/v1/campaigns/${i.issued}/children`,
    body: () => ({ reportDeadline: '2020-06-05T16:59:59Z' }),
    // Bộ CHQS owes a report but has no units below it; Sở Y tế owes no report in this plan.
    allowed: { unit: 422, coordinator: 409 },
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/children',
    url: (i) => `/api/v1/campaigns/${i.issued}/children`,
    allowed: ALL_READ,
  },
  {
    method: 'GET',
    route: '/api/v1/events',
    url: (i) => `/api/v1/events?campaignId=${i.otherProvince}`,
    // Streams of one's own province are tested with a real connection; another province's is refused.
    allowed: { admin: 404, coordinator: 404, unit: 404, reviewer: 404, viewer: 404 },
    label: 'another province',
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/conference',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference`,
    allowed: ALL_READ,
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/conference',
    url: (i) => `/api/v1/campaigns/${i.otherProvince}/conference`,
    allowed: { admin: 404, coordinator: 404, unit: 404, reviewer: 404, viewer: 404 },
    label: 'another province',
  },
  {
    method: 'PUT',
    route: '/api/v1/campaigns/{id}/conference',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference`,
    body: () => CONFERENCE_BODY,
    // The standing agency and the province's administrators reach the version check.
    allowed: { admin: 409, coordinator: 409, unit: 403 },
  },
  {
    method: 'PUT',
    route: '/api/v1/campaigns/{id}/conference',
    url: (i) => `/api/v1/campaigns/${i.otherProvince}/conference`,
    body: () => CONFERENCE_BODY,
    allowed: { admin: 404, coordinator: 404, unit: 404 },
    label: 'another province',
  },
  {
    method: 'PUT',
    route: '/api/v1/campaigns/{id}/conference/current',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/current`,
    body: () => ({ itemId: null }),
    allowed: { admin: 200, coordinator: 200, unit: 403 },
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/conference/delegates',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/delegates`,
    // A unit officer gets their own unit's delegates only (checked in the conference suite).
    allowed: ALL_READ,
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/conference/delegates',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/delegates`,
    body: () => ({ name: 'Đại biểu kiểm tra quyền' }),
    allowed: { admin: 201, coordinator: 201, unit: 403 },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/conference/delegates/import',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/delegates/import`,
    allowed: { admin: 400, coordinator: 400, unit: 403 },
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/conference/delegates.xlsx',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/delegates.xlsx`,
    allowed: ALL_READ,
  },
  {
    method: 'PATCH',
    route: '/api/v1/campaigns/{id}/conference/delegates/{delegateId}',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/delegates/${i.otherDelegate}`,
    body: () => ({ version: 999, note: 'Sửa trái phép' }),
    allowed: { admin: 409, coordinator: 409, unit: 403 },
  },
  {
    method: 'DELETE',
    route: '/api/v1/campaigns/{id}/conference/delegates/{delegateId}',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/delegates/${i.checkedInDelegate}`,
    // Someone who came stays on the list: the organisers hear why.
    allowed: { admin: 409, coordinator: 409, unit: 403 },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/conference/invitations',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/invitations`,
    body: () => ({ delegateIds: [] }),
    allowed: { admin: 200, coordinator: 200, unit: 403 },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/conference/signing',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/signing`,
    body: () => ({ step: 'sign', version: 999 }),
    // As sending invitations: the organisers reach the stale version; nobody else gets that far.
    allowed: { admin: 409, coordinator: 409, unit: 403 },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/conference/signing',
    url: (i) => `/api/v1/campaigns/${i.otherProvince}/conference/signing`,
    body: () => ({ step: 'sign', version: 999 }),
    // Who may organise a conference at all hears nothing of another province's.
    allowed: { admin: 404, coordinator: 404, unit: 404 },
    label: 'another province',
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/conference/signatures',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/signatures`,
    allowed: ALL_READ,
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/conference/invitation.edxml',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/invitation.edxml`,
    // For the organisers, who send it on; the demo's invitation was never signed, so it is not released.
    allowed: { admin: 409, coordinator: 409, unit: 403 },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/conference/checkin',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/checkin`,
    body: () => ({ code: '1-AAAAAAAAAA' }),
    // A forged code: the organisers get past authorisation to the refusal.
    allowed: { admin: 404, coordinator: 404, unit: 403 },
  },
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/conference/delegates/{delegateId}/checkin',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/delegates/${i.checkedInDelegate}/checkin`,
    allowed: { admin: 409, coordinator: 409, unit: 403 },
  },
  {
    method: 'DELETE',
    route: '/api/v1/campaigns/{id}/conference/delegates/{delegateId}/checkin',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/delegates/${i.otherDelegate}/checkin`,
    // Not checked in: nothing to take back.
    allowed: { admin: 409, coordinator: 409, unit: 403 },
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/conference/attendance',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/attendance`,
    allowed: ALL_READ,
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/conference/calendar.ics',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/calendar.ics`,
    allowed: ALL_READ,
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/conference/budget',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/budget`,
    allowed: { admin: 200, coordinator: 200, unit: 403, reviewer: 200, viewer: 200 },
  },
  {
    method: 'PUT',
    route: '/api/v1/campaigns/{id}/conference/budget',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/budget`,
    body: () => ({ version: 999, lines: [] }),
    allowed: { admin: 409, coordinator: 409, unit: 403 },
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/conference/budget.xlsx',
    url: (i) => `/api/v1/campaigns/${i.issued}/conference/budget.xlsx`,
    allowed: { admin: 200, coordinator: 200, unit: 403, reviewer: 200, viewer: 200 },
  },
  ...(['invitation.pdf', 'invitation.docx', 'agenda.pdf', 'agenda.docx'] as const).map(
    (file): Case => ({
      method: 'GET',
      route: `/api/v1/campaigns/{id}/documents/${file}`,
      url: (i) => `/api/v1/campaigns/${i.issued}/documents/${file}`,
      // A unit officer's invitations are their own unit's delegates' (Bộ CHQS has some).
      allowed: ALL_READ,
    }),
  ),
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/documents/invitation.pdf',
    url: (i) => `/api/v1/campaigns/${i.issued}/documents/invitation.pdf?delegateId=${i.ownDelegate}`,
    allowed: ALL_READ,
    label: 'own unit’s delegate',
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/documents/invitation.pdf',
    url: (i) => `/api/v1/campaigns/${i.issued}/documents/invitation.pdf?delegateId=${i.otherDelegate}`,
    allowed: { admin: 200, coordinator: 200, unit: 404, reviewer: 200, viewer: 200 },
    label: 'another unit’s delegate',
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/documents/invitation.pdf',
    url: (i) => `/api/v1/campaigns/${i.otherProvince}/documents/invitation.pdf`,
    allowed: { admin: 404, coordinator: 404, unit: 404, reviewer: 404, viewer: 404 },
    label: 'another province',
  },
  {
    method: 'GET',
    route: '/api/v1/campaigns/{id}/distribution',
    url: (i) => `/api/v1/campaigns/${i.issued}/distribution`,
    // A unit officer gets their own unit's receipt only (checked in the conference suite).
    allowed: ALL_READ,
  },
  ...(['open', 'acknowledge'] as const).map(
    (step): Case => ({
      method: 'POST',
      route: `/api/v1/campaigns/{id}/distribution/${step}`,
      url: (i) => `/api/v1/campaigns/${i.issued}/distribution/${step}`,
      // Every demo account's unit received plan 2519 (a task, or Nơi nhận), so each marks its own;
      // leadership reads only.
      allowed: { ...ALL_READ, viewer: 403 },
    }),
  ),
  {
    method: 'POST',
    route: '/api/v1/campaigns/{id}/distribution/open',
    url: (i) => `/api/v1/campaigns/${i.otherProvince}/distribution/open`,
    allowed: { admin: 404, coordinator: 404, unit: 404, reviewer: 404, viewer: 403 },
    label: 'another province',
  },
  {
    method: 'GET',
    route: '/api/v1/rsvp/{token}',
    url: (i) => `/api/v1/rsvp/${i.rsvpToken}`,
    // The link is the key: no session needed, and a session adds nothing.
    allowed: {
      anon: 200,
      sysadmin: 200,
      admin: 200,
      coordinator: 200,
      unit: 200,
      reviewer: 200,
      viewer: 200,
    },
  },
  {
    method: 'GET',
    route: '/api/v1/rsvp/{token}',
    url: () => `/api/v1/rsvp/${'x'.repeat(43)}`,
    allowed: {
      anon: 404,
      sysadmin: 404,
      admin: 404,
      coordinator: 404,
      unit: 404,
      reviewer: 404,
      viewer: 404,
    },
    label: 'wrong token',
  },
  {
    method: 'POST',
    route: '/api/v1/rsvp/{token}',
    url: (i) => `/api/v1/rsvp/${i.rsvpToken}`,
    body: () => ({ response: 'accepted' }),
    // The demo conference (18/6/2020) is over: every caller reaches the refusal.
    allowed: {
      anon: 409,
      sysadmin: 409,
      admin: 409,
      coordinator: 409,
      unit: 409,
      reviewer: 409,
      viewer: 409,
    },
  },
  {
    method: 'GET',
    route: '/api/v1/rsvp/{token}/invitation.pdf',
    url: (i) => `/api/v1/rsvp/${i.rsvpToken}/invitation.pdf`,
    allowed: {
      anon: 200,
      sysadmin: 200,
      admin: 200,
      coordinator: 200,
      unit: 200,
      reviewer: 200,
      viewer: 200,
    },
  },
  {
    method: 'GET',
    route: '/api/v1/rsvp/{token}/signed-invitation.pdf',
    url: (i) => `/api/v1/rsvp/${i.rsvpToken}/signed-invitation.pdf`,
    // The link is the key; the demo's invitation was never signed, which every caller hears alike.
    allowed: {
      anon: 404,
      sysadmin: 404,
      admin: 404,
      coordinator: 404,
      unit: 404,
      reviewer: 404,
      viewer: 404,
    },
  },
  {
    method: 'GET',
    route: '/api/v1/rsvp/{token}/calendar.ics',
    url: (i) => `/api/v1/rsvp/${i.rsvpToken}/calendar.ics`,
    allowed: {
      anon: 200,
      sysadmin: 200,
      admin: 200,
      coordinator: 200,
      unit: 200,
      reviewer: 200,
      viewer: 200,
    },
  },
  {
    method: 'GET',
    route: '/api/v1/outbox',
    url: () => '/api/v1/outbox',
    allowed: { sysadmin: 200, admin: 200 },
  },
  // Last: it ends the sessions the cases above use. Signing out needs no session.
  {
    method: 'POST',
    route: '/api/v1/auth/logout',
    url: () => '/api/v1/auth/logout',
    allowed: {
      anon: 204,
      sysadmin: 204,
      admin: 204,
      coordinator: 204,
      unit: 204,
      reviewer: 204,
      viewer: 204,
    },
  },
];

describe.each(DIALECTS)('authorisation of every route for every role (%s)', (dialect) => {
  let server: TestServer;
  const clients = {} as Record<Who, Client>;
  let ids: Ids;
  let draftId: string;
  const fixed = {
    ownAssignment: '',
    otherAssignment: '',
    otherAttachment: '',
    decision: '',
    ownNomination: '',
    otherNomination: '',
    nominationFile: '',
    awardGroup: '',
    ownDelegate: '',
    otherDelegate: '',
    checkedInDelegate: '',
    rsvpToken: '',
    section: '',
    indicator: '',
  };

  beforeAll(async () => {
    // Plan 2519 as it stood mid-season: every kind of record (decision, delegates checked in and
    // not, sent and decided nominations) is there for each route to be tried on.
    server = await createTestServer(dialect, { historicRoundsOpen: true });
    clients.anon = server.anon;
    for (const [who, username] of Object.entries(ACCOUNTS))
      clients[who as Who] = await server.login(username);
    const created = await clients.coordinator.post('/api/v1/campaigns', {
      kind: 'tong_ket',
      issuingUnitId: await server.unitId('QT'),
      name: 'Dự thảo để kiểm tra quyền',
    });
    if (created.status !== 201) throw new Error(created.body);
    draftId = created.json.id;
    const plan = (await clients.coordinator.get('/api/v1/campaigns')).json.items.find(
      (c: { reference: string }) => c.reference === '2519/KH-UBND',
    );
    const assignments = (await clients.coordinator.get(`/api/v1/campaigns/${plan.id}/assignments`)).json
      .items;
    const report = (unitName: string) =>
      assignments.find(
        (a: { unitName: string; kind: string }) => a.unitName === unitName && a.kind === 'report',
      ).id;
    fixed.ownAssignment = report('Bộ Chỉ huy Quân sự tỉnh');
    fixed.otherAssignment = report('UBND huyện Hướng Hóa');
    const huonghoa = await server.login('huonghoa');
    const attached = await huonghoa.upload(
      `/api/v1/assignments/${fixed.otherAssignment}/attachments`,
      Buffer.from('%PDF-1.4\n%%EOF\n'),
      'so-lieu.pdf',
    );
    if (attached.status !== 201) throw new Error(attached.body);
    fixed.otherAttachment = attached.json.id;
    const nominations = (await clients.coordinator.get(`/api/v1/campaigns/${plan.id}/nominations`)).json
      .items;
    const nominationOf = (unitName: string) =>
      nominations.find(
        (n: { unitName: string; status: string }) => n.unitName === unitName && n.status === 'decided',
      );
    fixed.ownNomination = nominationOf('Bộ Chỉ huy Quân sự tỉnh').id;
    fixed.otherNomination = nominations.find(
      (n: { unitName: string; status: string }) =>
        n.unitName === 'UBND huyện Hướng Hóa' && n.status !== 'draft',
    ).id;
    fixed.awardGroup = nominationOf('Bộ Chỉ huy Quân sự tỉnh').awardGroupId;
    fixed.decision = (
      await clients.coordinator.get(`/api/v1/campaigns/${plan.id}/decisions`)
    ).json.items[0].id;
    // A fresh draft of Hướng Hóa's, to carry a dossier file (sent ones no longer take files).
    const hhDraft = await huonghoa.post(`/api/v1/campaigns/${plan.id}/nominations`, {
      awardGroupId: fixed.awardGroup,
      nomineeKind: 'collective',
      name: 'Trạm Y tế thị trấn Khe Sanh',
    });
    if (hhDraft.status !== 201) throw new Error(hhDraft.body);
    const hhFile = await huonghoa.upload(
      `/api/v1/nominations/${hhDraft.json.id}/files`,
      Buffer.from('%PDF-1.4\n%%EOF\n'),
      'thanh-tich.pdf',
    );
    if (hhFile.status !== 201) throw new Error(hhFile.body);
    fixed.nominationFile = hhFile.json.id;
    const delegates = (await clients.coordinator.get(`/api/v1/campaigns/${plan.id}/conference/delegates`))
      .json.items as Array<{ id: string; unitName: string; checkedInAt: string | null }>;
    fixed.ownDelegate = delegates.find((d) => d.unitName === 'Bộ Chỉ huy Quân sự tỉnh')?.id ?? '';
    fixed.otherDelegate =
      delegates.find((d) => d.unitName === 'UBND huyện Hướng Hóa' && d.checkedInAt === null)?.id ?? '';
    fixed.checkedInDelegate = delegates.find((d) => d.checkedInAt !== null)?.id ?? '';
    // The demo's links are kept only as hashes: invite one delegate again for a link to use.
    const invited = await clients.coordinator.post(`/api/v1/campaigns/${plan.id}/conference/invitations`, {
      delegateIds: [fixed.otherDelegate],
    });
    if (invited.status !== 200) throw new Error(invited.body);
    fixed.rsvpToken = invited.json.links[0].path.split('/').at(-1);
    const consolidated = (await clients.coordinator.get(`/api/v1/campaigns/${plan.id}/consolidated`)).json;
    fixed.section = consolidated.sections[0].sectionId;
    fixed.indicator = consolidated.indicators[0].indicatorId;
  });
  afterAll(() => server.close());

  async function freshIds(): Promise<Ids> {
    const ownUnit = await server.unitId('QT-BCHQS');
    const otherUnit = await server.unitId('QT-HUONGHOA');
    const otherUser = await server.userId('huonghoa');
    const unit = await server.db.kysely
      .selectFrom('units')
      .select('version')
      .where('id', '=', ownUnit)
      .executeTakeFirstOrThrow();
    const user = await server.db.kysely
      .selectFrom('users')
      .select('version')
      .where('id', '=', otherUser)
      .executeTakeFirstOrThrow();
    const campaigns = await server.db.kysely
      .selectFrom('campaigns')
      .select(['id', 'status', 'version', 'issuing_unit_id', 'doc_number'])
      .execute();
    const provinceUnit = await server.unitId('QT');
    const otherProvinceUnit = await server.unitId('BD');
    const draft = campaigns.find((c) => c.id === draftId);
    return {
      ownUnit,
      otherUnit,
      otherUser,
      version: unit.version,
      userVersion: user.version,
      // Plan 2519 by its number: the demo also holds a live Quảng Trị round, and rows come back in
      // no fixed order on PostgreSQL.
      issued:
        campaigns.find(
          (c) => c.status === 'issued' && c.issuing_unit_id === provinceUnit && c.doc_number === '2519',
        )?.id ?? '',
      draft: draftId,
      draftVersion: draft?.version ?? 0,
      otherProvince: campaigns.find((c) => c.issuing_unit_id === otherProvinceUnit)?.id ?? '',
      provinceUnit,
      ...fixed,
    };
  }

  it('covers every route the API documents', async () => {
    const spec = (await server.anon.get('/api/openapi.json')).json;
    const documented = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(
      ([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    const covered = new Set(CASES.map((c) => `${c.method} ${c.route}`));
    expect(documented.filter((r) => !covered.has(r))).toEqual([]);
  });

  for (const c of CASES) {
    for (const who of ['anon', 'sysadmin', 'admin', 'coordinator', 'unit', 'reviewer', 'viewer'] as Who[]) {
      const expected = c.allowed[who] ?? (who === 'anon' ? 401 : 403);
      it(`${c.method} ${c.route}${c.label ? ` (${c.label})` : ''} as ${who} → ${expected}`, async () => {
        ids = await freshIds();
        const body = c.body?.(ids);
        const res = await clients[who].request(c.method, c.url(ids), body, c.headers);
        expect(res.status, res.body).toBe(expected);
        if (expected >= 400) expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        if (res.status === 201 && c.route === '/api/v1/users') {
          // Keep the matrix repeatable: the created account is not needed afterwards.
          await server.db.kysely.deleteFrom('users').where('username', '=', 'moi').execute();
        }
      });
    }
  }
});
