import { readPdf } from '@tongket/documents/testing';
import { ROLE_LABELS, vietnamDate } from '@tongket/domain';
import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from './accounts.ts';
import { everyRow } from './every-row.ts';
import { type Client, createTestServer, DIALECTS, type Response, type TestServer } from './harness.ts';
import { conferenceSaveBody } from './rounds.ts';

/**
 * The province-crossing sweep: nobody of one province reads or changes another's data, through any
 * route of the OpenAPI document. Reads: every GET route called by every role of Quảng Trị with
 * Bình Dương's objects in its parameters must refuse, and no answer of any route may name anything
 * of Bình Dương; the mirror holds for Bình Dương's coordinator and unit officer against Quảng Trị.
 * Writes: every route that changes an object named in its path refuses another province's object
 * with 403 or 404 and changes no row. References: a change to one's own round may not point at
 * another province's unit, nomination or delegate. Every finding is collected, and each part fails
 * once, listing them all.
 *
 * The sweep is driven by the OpenAPI document: a new route is swept as soon as it is documented,
 * and one whose parameters the sweep cannot fill fails the coverage check until it is taught here.
 */

type Kind =
  | 'campaign'
  | 'assignment'
  | 'attachment'
  | 'nomination'
  | 'nominationFile'
  | 'decision'
  | 'delegate'
  | 'unit'
  | 'user'
  | 'awardGroup'
  | 'delegateGroup'
  | 'agendaItem';

/** Which kind of object a path parameter names, by the path segment before it. */
const PATH_KINDS: Record<string, Kind> = {
  campaigns: 'campaign',
  assignments: 'assignment',
  attachments: 'attachment',
  nominations: 'nomination',
  'nomination-files': 'nominationFile',
  decisions: 'decision',
  delegates: 'delegate',
  units: 'unit',
  users: 'user',
};

/** Path parameters that name nothing of a province, and why. */
const NOT_PROVINCE_OBJECTS: Record<string, string> = {
  'award-types': 'the award catalogue is the installation’s, shared by every province',
  rsvp: 'an RSVP link is its own key: whoever holds the token answers for that one delegate',
  signing:
    'a signing link is its own key: one step of one document, used once within minutes by the signing program',
  submissions: 'a submission’s number within its assignment',
  sections: 'an outline section’s id within its round (the round is checked)',
  indicators: 'an outline indicator’s id within its round (the round is checked)',
  documents: 'a document’s file name',
};

/** Routes outside the OpenAPI document that a signed-in person can still call: operations. */
const OUTSIDE_OPENAPI: Route[] = ['/healthz', '/readyz', '/metrics'].map((path) => ({
  method: 'GET',
  path,
  params: [],
}));

/** Query parameters that name an object of a province. */
const QUERY_KINDS: Record<string, Kind> = {
  campaignId: 'campaign',
  unitId: 'unit',
  under: 'unit',
  delegateId: 'delegate',
  awardGroupId: 'awardGroup',
  entityId: 'campaign',
  groupId: 'delegateGroup',
};
/** Query parameters that search or filter by text: tried with the other province's names. */
const QUERY_TEXTS = new Set(['q', 'actor']);

type QtRole = 'admin' | 'coordinator' | 'unit' | 'reviewer' | 'viewer';
const QT_ACCOUNTS: Record<QtRole, string> = {
  admin: 'admin',
  coordinator: 'syt',
  unit: 'bchqs',
  reviewer: 'tdkt',
  viewer: 'lanhdao',
};
const BD_ACCOUNTS = { 'bd-admin': 'bd-admin', 'bd-coordinator': 'bd-syt', 'bd-unit': 'thuanan' } as const;

/** A call of the references sweep: Quảng Trị's own object in the path, Bình Dương's in the body. */
interface ReferenceCall {
  label: string;
  url: string;
  /** The body, or a function that reads what it needs (a version) right before the call. */
  body: unknown;
}

/** What a reference case may read and use. */
interface ReferenceContext {
  qt: Province;
  bd: Province;
  /** The demo's plan 2519 and the Quảng Trị draft made for the sweep. */
  plan: string;
  draft: string;
  get(who: QtRole, url: string): Promise<Response>;
  /**
   * A unit of Bình Dương no earlier call named: a reference is seen stored when the rows naming
   * that unit grow in number, which a unit already stored by an earlier call could hide.
   */
  bdUnit(): string;
}

/**
 * Every body field that names another object, by `METHOD path` and the field's place in the body,
 * and how the sweep fills it with Bình Dương's object on a change Quảng Trị may otherwise make.
 * A documented body field that names an object and is neither here nor in REFERENCE_EXEMPT fails
 * the coverage check.
 */
const REFERENCE_CASES: Array<{
  route: string;
  who: QtRole;
  fields: string[];
  calls(c: ReferenceContext): Promise<ReferenceCall[]>;
}> = [
  {
    route: 'POST /api/v1/units',
    who: 'admin',
    fields: ['parentId'],
    calls: async (c) => [
      {
        label: 'parent in Bình Dương',
        url: '/api/v1/units',
        body: {
          code: 'QT-RANHGIOI',
          name: 'Đơn vị thử ranh giới',
          kind: 'other',
          parentId: c.bdUnit(),
        },
      },
    ],
  },
  {
    route: 'PATCH /api/v1/units/{id}',
    who: 'admin',
    fields: ['parentId'],
    calls: async (c) => {
      const unit = (await c.get('admin', `/api/v1/units/${first(c.qt, 'unit', 3)}`)).json;
      return [
        {
          label: 'moved under Bình Dương',
          url: `/api/v1/units/${unit.id}`,
          body: { version: unit.version, parentId: c.bdUnit() },
        },
      ];
    },
  },
  {
    route: 'POST /api/v1/users',
    who: 'admin',
    fields: ['unitId'],
    calls: async (c) => [
      {
        label: 'account in Bình Dương',
        url: '/api/v1/users',
        body: {
          username: 'ranhgioi',
          fullName: 'Tài khoản thử ranh giới',
          role: 'unit',
          unitId: c.bdUnit(),
          password: 'mat-khau-ranh-gioi-1',
        },
      },
    ],
  },
  {
    route: 'PATCH /api/v1/users/{id}',
    who: 'admin',
    fields: ['unitId'],
    calls: async (c) => {
      const users = (await c.get('admin', '/api/v1/users?q=huonghoa')).json.items;
      const user = users.find((u: { username: string }) => u.username === 'huonghoa');
      return [
        {
          label: 'moved to Bình Dương',
          url: `/api/v1/users/${user.id}`,
          body: { version: user.version, unitId: c.bdUnit() },
        },
      ];
    },
  },
  {
    route: 'POST /api/v1/campaigns',
    who: 'coordinator',
    fields: ['issuingUnitId'],
    calls: async (c) => [
      {
        label: 'issued by Bình Dương',
        url: '/api/v1/campaigns',
        body: { kind: 'so_ket', issuingUnitId: first(c.bd, 'unit') },
      },
    ],
  },
  {
    route: 'PATCH /api/v1/campaigns/{id}',
    who: 'coordinator',
    fields: [
      'plan.tasks[].unitIds',
      'plan.recipients[].unitIds',
      'plan.awardGroups[].quotas[].unitIds',
      'plan.awardGroups[].quotas[].exceptUnitIds',
    ],
    calls: async (c) => {
      const version = async () => (await c.get('coordinator', `/api/v1/campaigns/${c.draft}`)).json.version;
      const url = `/api/v1/campaigns/${c.draft}`;
      return [
        {
          label: 'a task for a unit of Bình Dương',
          url,
          body: async () => ({
            version: await version(),
            plan: { tasks: [{ kind: 'report', unitIds: [c.bdUnit()], text: 'Báo cáo theo đề cương.' }] },
          }),
        },
        {
          label: 'a recipient of Bình Dương',
          url,
          body: async () => ({
            version: await version(),
            plan: { recipients: [{ text: 'UBND TP Thuận An', unitIds: [c.bdUnit()] }] },
          }),
        },
        {
          label: 'a quota for a unit of Bình Dương',
          url,
          body: async () => ({
            version: await version(),
            plan: { awardGroups: [awardGroup({ unitIds: [c.bdUnit()] })] },
          }),
        },
        {
          label: 'a quota leaving out a unit of Bình Dương',
          url,
          body: async () => ({
            version: await version(),
            plan: {
              awardGroups: [awardGroup({ scope: 'each', unitKind: 'district', exceptUnitIds: [c.bdUnit()] })],
            },
          }),
        },
      ];
    },
  },
  {
    route: 'PUT /api/v1/campaigns/{id}/quotas',
    who: 'coordinator',
    fields: ['awardGroups[].quotas[].unitIds', 'awardGroups[].quotas[].exceptUnitIds'],
    calls: async (c) => {
      const version = async () => (await c.get('coordinator', `/api/v1/campaigns/${c.draft}`)).json.version;
      const url = `/api/v1/campaigns/${c.draft}/quotas`;
      return [
        {
          label: 'a quota for a unit of Bình Dương',
          url,
          body: async () => ({
            version: await version(),
            awardGroups: [awardGroup({ unitIds: [c.bdUnit()] })],
          }),
        },
        {
          label: 'a quota leaving out a unit of Bình Dương',
          url,
          body: async () => ({
            version: await version(),
            awardGroups: [awardGroup({ scope: 'each', unitKind: 'district', exceptUnitIds: [c.bdUnit()] })],
          }),
        },
      ];
    },
  },
  {
    route: 'POST /api/v1/campaigns/{id}/nominations',
    who: 'coordinator',
    fields: ['unitId', 'awardGroupId'],
    calls: async (c) => {
      const own = (await c.get('coordinator', `/api/v1/campaigns/${c.plan}/nominations`)).json.items[0];
      const url = `/api/v1/campaigns/${c.plan}/nominations`;
      return [
        {
          label: 'for a unit of Bình Dương',
          url,
          body: {
            awardGroupId: own.awardGroupId,
            nomineeKind: 'collective',
            name: 'Tập thể thử',
            unitId: c.bdUnit(),
          },
        },
        {
          label: 'in an award group of Bình Dương',
          url,
          body: { awardGroupId: first(c.bd, 'awardGroup'), nomineeKind: 'collective', name: 'Tập thể thử' },
        },
      ];
    },
  },
  {
    route: 'PATCH /api/v1/nominations/{id}',
    who: 'unit',
    fields: ['awardGroupId'],
    calls: async (c) => {
      const own = (await c.get('unit', `/api/v1/campaigns/${c.plan}/nominations?status=draft`)).json.items[0];
      return [
        {
          label: 'moved to an award group of Bình Dương',
          url: `/api/v1/nominations/${own.id}`,
          body: { version: own.version, awardGroupId: first(c.bd, 'awardGroup') },
        },
      ];
    },
  },
  {
    route: 'POST /api/v1/campaigns/{id}/decisions',
    who: 'reviewer',
    fields: ['nominationIds'],
    calls: async (c) => [
      {
        label: 'awarding a nomination of Bình Dương',
        url: `/api/v1/campaigns/${c.plan}/decisions`,
        body: { nominationIds: [first(c.bd, 'nomination', 1)] },
      },
    ],
  },
  {
    route: 'PATCH /api/v1/decisions/{id}',
    who: 'reviewer',
    fields: ['nominationIds'],
    calls: async (c) => {
      const decision = (await c.get('reviewer', `/api/v1/campaigns/${c.plan}/decisions`)).json.items.find(
        (d: { status: string }) => d.status === 'draft',
      );
      if (!decision) throw new Error('no draft decision in plan 2519');
      return [
        {
          label: 'adding a nomination of Bình Dương',
          url: `/api/v1/decisions/${decision.id}`,
          body: { version: decision.version, nominationIds: [first(c.bd, 'nomination', 1)] },
        },
      ];
    },
  },
  {
    route: 'POST /api/v1/campaigns/{id}/children',
    who: 'unit',
    fields: ['unitId', 'unitIds'],
    calls: async (c) => {
      const url = `/api/v1/campaigns/${c.plan}/children`;
      const reportDeadline = '2020-06-01T09:00:00Z';
      return [
        {
          label: 'opened for a unit of Bình Dương',
          url,
          body: { reportDeadline, unitId: c.bdUnit() },
        },
        {
          label: 'reported to by a unit of Bình Dương',
          url,
          body: { reportDeadline, unitIds: [c.bdUnit()] },
        },
      ];
    },
  },
  {
    route: 'PUT /api/v1/campaigns/{id}/conference',
    who: 'coordinator',
    fields: ['agenda[].presenterUnitId', 'agenda[].assignmentId', 'groupTargets[].groupId'],
    calls: async (c) => {
      const url = `/api/v1/campaigns/${c.plan}/conference`;
      const saved = async () => conferenceSaveBody((await c.get('coordinator', url)).json);
      const withItem = async (fields: Record<string, string>) => {
        const body = await saved();
        const added = { kind: 'speech', title: 'Tham luận thử', durationMinutes: 10, ...fields };
        return { ...body, agenda: [...body.agenda, added] };
      };
      return [
        {
          label: 'presented by a unit of Bình Dương',
          url,
          body: () => withItem({ presenterUnitId: c.bdUnit() }),
        },
        {
          label: 'showing an assignment of Bình Dương',
          url,
          body: () => withItem({ assignmentId: first(c.bd, 'assignment') }),
        },
        {
          label: 'a target for a delegate group of Bình Dương',
          url,
          body: async () => ({
            ...(await saved()),
            groupTargets: [{ groupId: first(c.bd, 'delegateGroup'), expected: 5 }],
          }),
        },
      ];
    },
  },
  {
    route: 'PUT /api/v1/campaigns/{id}/conference/current',
    who: 'coordinator',
    fields: ['itemId'],
    calls: async (c) => [
      {
        label: 'an agenda item of Bình Dương',
        url: `/api/v1/campaigns/${c.plan}/conference/current`,
        body: { itemId: first(c.bd, 'agendaItem') },
      },
    ],
  },
  {
    route: 'POST /api/v1/campaigns/{id}/conference/delegates',
    who: 'coordinator',
    fields: ['unitId', 'groupId'],
    calls: async (c) => {
      const url = `/api/v1/campaigns/${c.plan}/conference/delegates`;
      return [
        {
          label: 'of a unit of Bình Dương',
          url,
          body: { name: 'Đại biểu thử', unitId: c.bdUnit() },
        },
        {
          label: 'in a delegate group of Bình Dương',
          url,
          body: { name: 'Đại biểu thử', groupId: first(c.bd, 'delegateGroup') },
        },
      ];
    },
  },
  {
    route: 'PATCH /api/v1/campaigns/{id}/conference/delegates/{delegateId}',
    who: 'coordinator',
    fields: ['unitId', 'groupId'],
    calls: async (c) => {
      const delegate = first(c.qt, 'delegate');
      const url = `/api/v1/campaigns/${c.plan}/conference/delegates/${delegate}`;
      const version = async () =>
        (await c.get('coordinator', `/api/v1/campaigns/${c.plan}/conference/delegates`)).json.items.find(
          (d: { id: string }) => d.id === delegate,
        ).version;
      return [
        {
          label: 'moved to a unit of Bình Dương',
          url,
          body: async () => ({ version: await version(), unitId: c.bdUnit() }),
        },
        {
          label: 'moved to a delegate group of Bình Dương',
          url,
          body: async () => ({ version: await version(), groupId: first(c.bd, 'delegateGroup') }),
        },
      ];
    },
  },
  {
    route: 'POST /api/v1/campaigns/{id}/conference/invitations',
    who: 'coordinator',
    fields: ['delegateIds'],
    calls: async (c) => [
      {
        label: 'inviting a delegate of Bình Dương',
        url: `/api/v1/campaigns/${c.plan}/conference/invitations`,
        body: { delegateIds: [first(c.bd, 'delegate')] },
      },
    ],
  },
];

/** Body fields that name something, but nothing of a province. */
const REFERENCE_EXEMPT: Record<string, string> = {
  'PATCH /api/v1/campaigns/{id} plan.awardGroups[].awardTypeId': 'the award catalogue is shared',
  'PUT /api/v1/campaigns/{id}/quotas awardGroups[].awardTypeId': 'the award catalogue is shared',
  'POST /api/v1/campaigns/{id}/decisions awardTypeId': 'the award catalogue is shared',
  'POST /api/v1/nominations/{id}/approve higherAwardTypeId': 'the award catalogue is shared',
};

/** An award group of the plan with one collective quota row, its fields as given. */
function awardGroup(quota: Record<string, unknown>) {
  return {
    awardTypeId: 'award-bk-ct-ubnd-tinh',
    heading: 'Bằng khen của Chủ tịch UBND tỉnh',
    quotas: [{ scope: 'unit', nomineeKind: 'collective', count: 1, label: 'Đơn vị thử', ...quota }],
  };
}

/** The id of a province's `index`th sample of a kind. */
function first(p: Province, kind: Kind, index = 0): string {
  const object = p.objects[kind][index] ?? p.objects[kind][0];
  if (!object) throw new Error(`${p.name} has no ${kind} to use`);
  return object.id;
}

/** Every property of a request body that names an object: `plan.tasks[].unitIds`. */
function referenceFields(schema: Json, spec: Json, at = '', depth = 0): string[] {
  if (!schema || typeof schema !== 'object' || depth > 12) return [];
  if (schema.$ref) {
    const target = String(schema.$ref)
      .replace(/^#\//, '')
      .split('/')
      .reduce((s: Json, k: string) => s?.[k], spec);
    return referenceFields(target, spec, at, depth + 1);
  }
  const out: string[] = [];
  for (const key of ['anyOf', 'oneOf', 'allOf'])
    for (const s of schema[key] ?? []) out.push(...referenceFields(s, spec, at, depth + 1));
  if (schema.items) out.push(...referenceFields(schema.items, spec, `${at}[]`, depth + 1));
  for (const [name, s] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
    const path = at ? `${at}.${name}` : name;
    if (/(Id|Ids)$/.test(name)) out.push(path);
    out.push(...referenceFields(s, spec, path, depth + 1));
  }
  return [...new Set(out)];
}

interface Obj {
  id: string;
  /** The round it belongs to, for routes that name both. */
  campaignId?: string;
}

/** What one province holds, as the sweep uses it. */
interface Province {
  name: string;
  /** Samples of each kind of object, the most telling first. */
  objects: Record<Kind, Obj[]>;
  /** Text that may appear only in answers to this province's people: marker → what it is. */
  markers: Map<string, string>;
  /** Texts the other province may search for (its names, its accounts). */
  searches: string[];
}

interface Leak {
  /** The part, method and route: `read GET /api/v1/units/{id}`. */
  key: string;
  detail: string;
}

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI schemas are read as plain JSON
type Json = any;

interface Param {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Json;
}

interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  params: Param[];
  body?: { type: string; schema: Json };
}

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

/** Values for properties the schema alone cannot tell (a refinement across fields). */
const NAMED_SAMPLES: Record<string, unknown> = { endTime: '11:30' };

/** Values a string with a pattern may take, tried in turn against the pattern. */
const PATTERN_SAMPLES = ['1', '08:00', 'KH-UBND', '2026-06-01', '2026-06-01T01:00:00Z'];

/** A value the schema accepts: required properties only, the first choice of every union or enum. */
function sample(schema: Json, spec: Json, name = ''): unknown {
  if (!schema || typeof schema !== 'object') return null;
  if (name in NAMED_SAMPLES) return NAMED_SAMPLES[name];
  if (schema.$ref) {
    const target = String(schema.$ref)
      .replace(/^#\//, '')
      .split('/')
      .reduce((s: Json, k: string) => s?.[k], spec);
    return target ? sample(target, spec, name) : {};
  }
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const union = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(union)) {
    const choice = union.find((s: Json) => s.type !== 'null') ?? union[0];
    return sample(choice, spec, name);
  }
  if (Array.isArray(schema.allOf)) return sample(schema.allOf[0], spec, name);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = sample(schema.properties?.[key], spec, key);
      return out;
    }
    case 'array':
      return schema.minItems ? [sample(schema.items, spec, name)] : [];
    case 'integer':
    case 'number':
      return name === 'version' ? 1 : Math.max(1, schema.minimum ?? 1);
    case 'boolean':
      return false;
    case 'string': {
      if (schema.format === 'date') return '2026-06-01';
      if (schema.format === 'date-time') return '2026-06-01T01:00:00Z';
      if (schema.format === 'email') return 'kiemtra@example.vn';
      if (schema.pattern) {
        const pattern = new RegExp(schema.pattern, 'u');
        const fit = PATTERN_SAMPLES.find((s) => pattern.test(s));
        if (fit !== undefined) return fit;
      }
      return 'Kiểm tra ranh giới tỉnh';
    }
    default:
      return null;
  }
}

function routesOf(spec: Json): Route[] {
  const out: Route[] = [];
  for (const [path, ops] of Object.entries(spec.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(ops)) {
      const content = op.requestBody?.content as Record<string, Json> | undefined;
      const [type, media] = Object.entries(content ?? {})[0] ?? [];
      out.push({
        method: method.toUpperCase() as Route['method'],
        path,
        params: (op.parameters ?? []).map((p: Json) => ({
          name: p.name,
          in: p.in,
          required: Boolean(p.required),
          schema: p.schema,
        })),
        ...(type ? { body: { type, schema: media?.schema } } : {}),
      });
    }
  }
  return out;
}

/** The kind a path parameter names, or why it names none; undefined when the sweep does not know. */
function pathParamKind(route: Route, param: Param): Kind | { none: string } | undefined {
  const segments = route.path.split('/');
  const at = segments.indexOf(`{${param.name}}`);
  const before = segments[at - 1] ?? '';
  if (before in PATH_KINDS) return PATH_KINDS[before];
  if (before in NOT_PROVINCE_OBJECTS) return { none: NOT_PROVINCE_OBJECTS[before] as string };
  return undefined;
}

/** Every value a parameter that names no object may take: each of an enum, else one sample. */
function plainValues(param: Param, spec: Json): string[] {
  if (Array.isArray(param.schema?.enum)) return param.schema.enum.map(String);
  return [String(sample(param.schema, spec, param.name))];
}

/** The text of an answer as a person would read it: XML parts of office files, the text of PDFs. */
async function answerText(res: Response): Promise<string> {
  const type = String(res.headers['content-type'] ?? '').split(';')[0] ?? '';
  if (/^text\/|^application\/(json|problem\+json|xml)$/.test(type)) return res.body;
  if (/pdf/.test(type)) {
    const pdf = await readPdf(new Uint8Array(res.raw));
    return [pdf.info.Title, pdf.info.Subject, ...pdf.pages].join('\n');
  }
  if (/zip|officedocument|openxmlformats/.test(type)) {
    const zip = await JSZip.loadAsync(res.raw);
    const parts = await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir && /\.(xml|rels|txt|csv|json)$/.test(f.name))
        .map((f) => f.async('string')),
    );
    return parts
      .join('\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .normalize('NFC');
  }
  return res.raw.toString('latin1');
}

/** Markers of `province` in an answer, leaving out those the caller sent (echoed paths are no leak). */
async function markersIn(res: Response, province: Province, sent: string): Promise<string[]> {
  let text: string;
  try {
    text = await answerText(res);
  } catch (error) {
    return [`an answer the sweep cannot read (${String(error)})`];
  }
  const found: string[] = [];
  for (const [marker, what] of province.markers) {
    if (standsAlone(text, marker) && !sent.includes(marker))
      found.push(/^[0-9a-f-]{36}$/.test(marker) ? what : `${what} “${marker}”`);
  }
  return found;
}

/**
 * Whether `marker` occurs in `text` as itself: a name of several words followed by another word is
 * a longer name ("Ban Thi đua - Khen thưởng tỉnh" in "… tỉnh Bình Dương"), not this one.
 */
function standsAlone(text: string, marker: string): boolean {
  if (!marker.includes(' ')) return text.includes(marker);
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
    if (!/^\s+\p{L}/u.test(text.slice(at + marker.length, at + marker.length + 3))) return true;
  }
  return false;
}

/** What an answer says, briefly: a problem's code and fields, else its type. */
function excerpt(res: Response): string {
  const json = res.json as {
    code?: string;
    detail?: string;
    errors?: Array<{ field: string; message: string }>;
  };
  if (json?.code)
    return `${json.code}${json.errors ? ` ${json.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}` : ''}`;
  return String(res.headers['content-type'] ?? '').split(';')[0] ?? '';
}

describe.each(DIALECTS)('province crossing (%s)', (dialect) => {
  let server: TestServer;
  let spec: Json;
  let routes: Route[];
  const clients = {} as Record<string, Client>;
  const accounts = new Map<string, string>();
  const provinces = {} as Record<'QT' | 'BD', Province>;

  /** The sweep's accounts as set up: a reset password or a lock that got through is put back. */
  let accountRows: Array<{ id: string; password_hash: string; active: number }> = [];

  /**
   * One call, answered within a time limit (a stream opened by mistake would never end). A caller
   * whose session another call ended (a password reset that got through, already reported) has
   * their account put back, signs in again and calls once more.
   */
  async function call(
    who: string,
    method: Route['method'],
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response | null> {
    const once = async () => {
      const client = clients[who] as Client;
      const request =
        Buffer.isBuffer(body) && method === 'POST'
          ? client.upload(url, body, 'kiem-tra.pdf')
          : client.request(method, url, body, headers);
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), 15_000);
      });
      try {
        return await Promise.race([request, limit]);
      } finally {
        clearTimeout(timer);
      }
    };
    const res = await once();
    if (res?.status !== 401 || accountRows.length === 0) return res;
    await restoreAccounts();
    return once();
  }

  beforeAll(async () => {
    server = await createTestServer(dialect, { historicRoundsOpen: true });
    spec = (await server.anon.get('/api/openapi.json')).json;
    routes = routesOf(spec);
    // A reviewer of Bình Dương (the demo has none), to draft an award decision there.
    await addAccount(server, {
      username: 'bd-tdkt',
      fullName: 'Lê Thị Thi Đua',
      role: 'reviewer',
      unitCode: 'BD-SNV',
    });
    for (const [who, username] of [
      ...Object.entries(QT_ACCOUNTS),
      ...Object.entries(BD_ACCOUNTS),
      ['bd-reviewer', 'bd-tdkt'],
    ] as Array<[string, string]>) {
      accounts.set(who, username);
      clients[who] = await server.login(username);
    }
    await buildBinhDuong();
    await buildQuangTri();
    provinces.QT = await gather('QT');
    provinces.BD = await gather('BD');
    tables = (await server.db.kysely.introspection.getTables())
      .filter((t) => !SESSION_TABLES.includes(t.name) && !t.name.startsWith('kysely_'))
      // Column names serve SQLite's rowsHolding; PostgreSQL reads whole rows as text.
      .map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name) }));
    accountRows = await server.db.kysely
      .selectFrom('users')
      .select(['id', 'password_hash', 'active'])
      .execute();
  });
  afterAll(() => server.close());

  /** Checks a setup call answered as it should. */
  function ok(res: Response | null, status: number, what: string): Response {
    if (!res || res.status !== status) throw new Error(`${what}: ${res?.status} ${res?.body.slice(0, 500)}`);
    return res;
  }

  const created = {
    bdRound: '',
    bdDraft: '',
    qtDraft: '',
    qtPlan: '',
  };

  /**
   * What Bình Dương's demo lacks, made as its people would: an issued round with quotas, a report
   * with a file, nominations (a draft with a dossier file, one approved into a draft decision), a
   * conference with an agenda, delegates (one checked in, one invited), and a draft round.
   */
  async function buildBinhDuong() {
    const u = (code: string) => server.unitId(code);
    const day = 86_400_000;
    const deadline = new Date(server.clock.nowMs() + 10 * day).toISOString();
    const docDate = vietnamDate(server.clock.now());
    const round = ok(
      await call('bd-coordinator', 'POST', '/api/v1/campaigns', {
        kind: 'so_ket',
        issuingUnitId: await u('BD'),
        name: 'Sơ kết thử công tác phòng, chống dịch tại TP Thuận An',
        outlineTemplate: 'binh-duong-2021',
      }),
      201,
      'BD round',
    ).json;
    const thuanan = await u('BD-THUANAN');
    const plan = ok(
      await call('bd-coordinator', 'PATCH', `/api/v1/campaigns/${round.id}`, {
        version: round.version,
        plan: {
          docDate,
          purpose: 'Đánh giá công tác phòng, chống dịch trên địa bàn TP Thuận An.',
          delegateGroups: [{ text: 'Lãnh đạo UBND thành phố Thuận An' }],
          tasks: [
            { kind: 'report', unitIds: [thuanan, await u('BD-DIAN')], text: 'Báo cáo sơ kết theo đề cương.' },
            { kind: 'speech', unitIds: [thuanan], text: 'Chuẩn bị 01 tham luận.', topic: 'Cách ly tại nhà' },
          ],
          reportDeadline: deadline,
          awardGroups: [
            {
              awardTypeId: 'award-bk-ct-ubnd-tinh',
              heading: 'Bằng khen của Chủ tịch UBND tỉnh Bình Dương cho tập thể',
              quotas: [
                {
                  scope: 'unit',
                  nomineeKind: 'collective',
                  count: 3,
                  unitIds: [thuanan],
                  label: 'TP Thuận An',
                },
              ],
            },
          ],
          nominationDeadline: deadline,
          nominationTo: 'Sở Y tế tỉnh Bình Dương',
          nominationReviewer: 'Ban Thi đua - Khen thưởng tỉnh Bình Dương',
          recipients: [{ text: 'Lưu: VT' }],
          signature: { authority: 'TM. ỦY BAN NHÂN DÂN', deputy: '', title: 'CHỦ TỊCH', name: 'Võ Văn Minh' },
        },
      }),
      200,
      'BD plan',
    ).json;
    const issued = ok(
      await call('bd-coordinator', 'POST', `/api/v1/campaigns/${round.id}/issue`, {
        version: plan.version,
        docNumber: '8801',
        docDate,
      }),
      200,
      'BD issue',
    ).json;
    created.bdRound = round.id;
    const group = issued.plan.awardGroups[0].id as string;
    const assignments = ok(
      await call('bd-coordinator', 'GET', `/api/v1/campaigns/${round.id}/assignments`),
      200,
      'BD assignments',
    ).json.items as Array<{ id: string; unitId: string; kind: string }>;
    const report = assignments.find((a) => a.unitId === thuanan && a.kind === 'report')?.id as string;
    ok(await call('bd-unit', 'POST', `/api/v1/assignments/${report}/attachments`, PDF), 201, 'BD attachment');

    const draftNomination = ok(
      await call('bd-unit', 'POST', `/api/v1/campaigns/${round.id}/nominations`, {
        awardGroupId: group,
        nomineeKind: 'collective',
        name: 'Trạm Y tế phường An Phú',
      }),
      201,
      'BD nomination',
    ).json;
    ok(
      await call('bd-unit', 'POST', `/api/v1/nominations/${draftNomination.id}/files`, PDF),
      201,
      'BD nomination file',
    );
    let sent = ok(
      await call('bd-unit', 'POST', `/api/v1/campaigns/${round.id}/nominations`, {
        awardGroupId: group,
        nomineeKind: 'collective',
        name: 'Phòng Y tế thành phố Thuận An',
      }),
      201,
      'BD nomination 2',
    ).json;
    for (const [who, step] of [
      ['bd-unit', 'submit'],
      ['bd-coordinator', 'forward'],
      ['bd-reviewer', 'approve'],
    ] as const) {
      sent = ok(
        await call(who, 'POST', `/api/v1/nominations/${sent.id}/${step}`, { version: sent.version }),
        200,
        `BD nomination ${step}`,
      ).json;
    }
    ok(await call('bd-reviewer', 'POST', `/api/v1/campaigns/${round.id}/decisions`, {}), 201, 'BD decision');

    ok(
      await call('bd-coordinator', 'PUT', `/api/v1/campaigns/${round.id}/conference`, {
        version: 0,
        title: 'Hội nghị sơ kết TP Thuận An',
        date: '2026-06-18',
        startTime: '07:30',
        endTime: '11:30',
        tentative: false,
        venue: 'Hội trường UBND thành phố Thuận An',
        expectedDelegates: null,
        signature: { authority: '', deputy: '', title: '', name: '' },
        agenda: [{ kind: 'opening', title: 'Khai mạc', durationMinutes: 10, presenterUnitId: thuanan }],
      }),
      200,
      'BD conference',
    );
    const delegates: string[] = [];
    for (const name of ['Nguyễn Văn Lái Thiêu', 'Trần Thị Bình Hòa']) {
      delegates.push(
        ok(
          await call('bd-coordinator', 'POST', `/api/v1/campaigns/${round.id}/conference/delegates`, {
            name,
            unitId: thuanan,
            email: 'daibieu@binhduong.gov.vn',
          }),
          201,
          'BD delegate',
        ).json.id,
      );
    }
    ok(
      await call('bd-coordinator', 'POST', `/api/v1/campaigns/${round.id}/conference/invitations`, {
        delegateIds: [delegates[0]],
      }),
      200,
      'BD invitation',
    );
    ok(
      await call(
        'bd-coordinator',
        'POST',
        `/api/v1/campaigns/${round.id}/conference/delegates/${delegates[1]}/checkin`,
      ),
      200,
      'BD check-in',
    );
    created.bdDraft = ok(
      await call('bd-coordinator', 'POST', '/api/v1/campaigns', {
        kind: 'tong_ket',
        issuingUnitId: await u('BD'),
        name: 'Dự thảo tổng kết của tỉnh Bình Dương',
      }),
      201,
      'BD draft',
    ).json.id;
  }

  /** What the mirror needs of Quảng Trị beyond the demo: a draft round, a report's file, a dossier file. */
  async function buildQuangTri() {
    created.qtDraft = ok(
      await call('coordinator', 'POST', '/api/v1/campaigns', {
        kind: 'tong_ket',
        issuingUnitId: await server.unitId('QT'),
        name: 'Dự thảo tổng kết của tỉnh Quảng Trị',
      }),
      201,
      'QT draft',
    ).json.id;
    const plan = (await server.db.kysely
      .selectFrom('campaigns')
      .select('id')
      .where('doc_number', '=', '2519')
      .executeTakeFirstOrThrow()) as { id: string };
    created.qtPlan = plan.id;
    const bchqs = await server.unitId('QT-BCHQS');
    const own = ok(
      await call('unit', 'GET', `/api/v1/campaigns/${plan.id}/assignments`),
      200,
      'QT assignments',
    ).json.items.find((a: { unitId: string; kind: string }) => a.unitId === bchqs && a.kind === 'report');
    ok(await call('unit', 'POST', `/api/v1/assignments/${own.id}/attachments`, PDF), 201, 'QT attachment');
    const decided = ok(
      await call('unit', 'GET', `/api/v1/campaigns/${plan.id}/nominations`),
      200,
      'QT nominations',
    ).json.items.find((n: { unitId: string }) => n.unitId === bchqs);
    const draft = ok(
      await call('unit', 'POST', `/api/v1/campaigns/${plan.id}/nominations`, {
        awardGroupId: decided.awardGroupId,
        nomineeKind: 'collective',
        name: 'Đại đội Công binh',
      }),
      201,
      'QT nomination',
    ).json;
    ok(await call('unit', 'POST', `/api/v1/nominations/${draft.id}/files`, PDF), 201, 'QT nomination file');
    // A draft award decision, for the references sweep to add to: the board approves one forwarded.
    const forwarded = ok(
      await call('reviewer', 'GET', `/api/v1/campaigns/${plan.id}/nominations?status=forwarded`),
      200,
      'QT forwarded nominations',
    ).json.items[0];
    ok(
      await call('reviewer', 'POST', `/api/v1/nominations/${forwarded.id}/approve`, {
        version: forwarded.version,
      }),
      200,
      'QT approval',
    );
    ok(
      await call('reviewer', 'POST', `/api/v1/campaigns/${plan.id}/decisions`, {}),
      201,
      'QT draft decision',
    );
  }

  /** Every object of a province from the database, and the text that marks it. */
  async function gather(code: 'QT' | 'BD'): Promise<Province> {
    const db = server.db.kysely;
    const units = await db.selectFrom('units').select(['id', 'code', 'name', 'parent_id']).execute();
    const parent = new Map(units.map((u) => [u.id, u.parent_id]));
    const root = (id: string): string => {
      let at = id;
      for (let p = parent.get(at); p; p = parent.get(at)) at = p;
      return at;
    };
    const rootId = await server.unitId(code);
    const mine = units.filter((u) => root(u.id) === rootId);
    const theirs = units.filter((u) => root(u.id) !== rootId);
    const unitIds = new Set(mine.map((u) => u.id));
    const campaigns = (await db.selectFrom('campaigns').select(['id', 'issuing_unit_id', 'status']).execute())
      .filter((c) => unitIds.has(c.issuing_unit_id))
      .map((c) => c.id);
    const inRounds = <T extends { campaign_id: string }>(rows: T[]) =>
      rows.filter((r) => campaigns.includes(r.campaign_id));
    const assignments = inRounds(await db.selectFrom('assignments').select(['id', 'campaign_id']).execute());
    const assignmentRound = new Map(assignments.map((a) => [a.id, a.campaign_id]));
    const attachments = (
      await db
        .selectFrom('attachments')
        .select(['id', 'assignment_id'])
        .where('deleted_at', 'is', null)
        .execute()
    ).filter((a) => assignmentRound.has(a.assignment_id));
    const nominations = inRounds(await db.selectFrom('nominations').select(['id', 'campaign_id']).execute());
    const nominationRound = new Map(nominations.map((n) => [n.id, n.campaign_id]));
    const files = (
      await db
        .selectFrom('nomination_files')
        .select(['id', 'nomination_id'])
        .where('deleted_at', 'is', null)
        .execute()
    ).filter((f) => nominationRound.has(f.nomination_id));
    const decisions = inRounds(await db.selectFrom('decisions').select(['id', 'campaign_id']).execute());
    const conferences = inRounds(await db.selectFrom('conferences').select(['id', 'campaign_id']).execute());
    const conferenceRound = new Map(conferences.map((c) => [c.id, c.campaign_id]));
    const delegates = (
      await db.selectFrom('conference_delegates').select(['id', 'conference_id', 'name']).execute()
    ).filter((d) => conferenceRound.has(d.conference_id));
    const agenda = (
      await db.selectFrom('conference_agenda_items').select(['id', 'conference_id']).execute()
    ).filter((d) => conferenceRound.has(d.conference_id));
    const awardGroups = inRounds(
      await db.selectFrom('plan_award_groups').select(['id', 'campaign_id']).execute(),
    );
    const delegateGroups = inRounds(
      await db.selectFrom('plan_delegate_groups').select(['id', 'campaign_id']).execute(),
    );
    const users = (
      await db.selectFrom('users').select(['id', 'username', 'full_name', 'unit_id']).execute()
    ).filter((u) => unitIds.has(u.unit_id));
    const submissions = inRounds(
      await db.selectFrom('submissions').select(['id', 'campaign_id', 'assignment_id']).execute(),
    );
    const outbox = (await db.selectFrom('outbox').select(['id', 'campaign_id', 'unit_id']).execute()).filter(
      (m) => (m.campaign_id && campaigns.includes(m.campaign_id)) || (m.unit_id && unitIds.has(m.unit_id)),
    );

    // Samples: the objects made above first (they carry every kind of record), then the demo's.
    const preferred = code === 'BD' ? [created.bdRound, created.bdDraft] : [created.qtPlan, created.qtDraft];
    const rounds = [...preferred, ...campaigns.filter((c) => !preferred.includes(c))];
    const byRound = <T extends { id: string; campaign_id: string }>(rows: T[], n: number): Obj[] =>
      [...rows]
        .sort((a, b) => rounds.indexOf(a.campaign_id) - rounds.indexOf(b.campaign_id))
        .slice(0, n)
        .map((r) => ({ id: r.id, campaignId: r.campaign_id }));
    const byCode = (codes: string[]) =>
      codes.flatMap((c) => mine.filter((u) => u.code === c).map((u) => ({ id: u.id })));
    const objects: Record<Kind, Obj[]> = {
      // The issued round with everything, the draft, and one of the demo's (a cascaded one for BD).
      campaign: rounds.slice(0, 4).map((id) => ({ id })),
      assignment: [
        ...byRound(assignments, 1),
        ...byRound(
          assignments.filter((a) => submissions.some((s) => s.assignment_id === a.id)),
          1,
        ),
      ],
      attachment: attachments.map((a) => ({
        id: a.id,
        campaignId: assignmentRound.get(a.assignment_id) as string,
      })),
      nomination: byRound(nominations, 2),
      nominationFile: files.map((f) => ({
        id: f.id,
        campaignId: nominationRound.get(f.nomination_id) as string,
      })),
      decision: byRound(decisions, 1),
      delegate: [...delegates]
        .sort(
          (a, b) =>
            rounds.indexOf(conferenceRound.get(a.conference_id) as string) -
            rounds.indexOf(conferenceRound.get(b.conference_id) as string),
        )
        .slice(0, 2)
        .map((d) => ({ id: d.id, campaignId: conferenceRound.get(d.conference_id) as string })),
      unit:
        code === 'BD'
          ? byCode(['BD', 'BD-SYT', 'BD-THUANAN', 'BD-THUANAN-03'])
          : byCode(['QT', 'QT-SYT', 'QT-BCHQS', 'QT-HUONGHOA']),
      user: users.slice(0, 4).map((u) => ({ id: u.id })),
      awardGroup: byRound(awardGroups, 1),
      delegateGroup: byRound(delegateGroups, 1),
      agendaItem: agenda
        .slice(0, 1)
        .map((a) => ({ id: a.id, campaignId: conferenceRound.get(a.conference_id) as string })),
    };

    const markers = new Map<string, string>();
    const rootUnit = mine.find((u) => u.id === rootId);
    const provinceName = (rootUnit?.name ?? '').replace(/^UBND tỉnh /, '');
    markers.set(provinceName, 'the province’s name');
    const add = (ids: Array<{ id: string }>, what: string) => {
      for (const r of ids) markers.set(r.id, what);
    };
    add(mine, 'a unit id');
    add(users, 'a user id');
    add(
      campaigns.map((id) => ({ id })),
      'a round id',
    );
    add(assignments, 'an assignment id');
    add(attachments, 'an attachment id');
    add(nominations, 'a nomination id');
    add(files, 'a nomination file id');
    add(decisions, 'a decision id');
    add(conferences, 'a conference id');
    add(delegates, 'a delegate id');
    add(agenda, 'an agenda item id');
    add(submissions, 'a submission id');
    add(outbox, 'a message id');
    for (const u of mine) {
      if (u.id !== rootId) markers.set(u.code, 'a unit code');
      // A unit's name marks the province when no unit elsewhere is called so.
      if (u.name.length >= 8 && !theirs.some((t) => t.name.includes(u.name)))
        markers.set(u.name, 'a unit name');
    }
    for (const u of users) {
      if (!['admin'].includes(u.username)) markers.set(`"${u.username}"`, 'a username');
      // A name that is also a role's label ("Quản trị hệ thống") marks no one.
      if (!Object.values(ROLE_LABELS).some((l) => l.vi === u.full_name))
        markers.set(u.full_name, 'a person’s name');
    }
    for (const d of delegates) markers.set(d.name, 'a delegate’s name');
    return {
      name: provinceName,
      objects,
      markers,
      searches: [
        provinceName,
        ...mine
          .filter((u) => u.id !== rootId)
          .slice(0, 1)
          .map((u) => u.name),
        ...users.map((u) => u.username).slice(0, 1),
      ],
    };
  }

  /** Each way to call a route with `foreign` objects; `own` fills the rest when a call mixes both. */
  function callsOf(route: Route, foreign: Province, own: Province): Variant[] {
    const out: Variant[] = [];
    const pathParams = route.params.filter((p) => p.in === 'path');
    const kinds = new Map(pathParams.map((p) => [p.name, pathParamKind(route, p)]));
    const objectParams = pathParams.filter((p) => typeof kinds.get(p.name) === 'string');
    const plainPath = pathParams.filter((p) => typeof kinds.get(p.name) !== 'string');
    const queryObjects = route.params.filter((p) => p.in === 'query' && p.name in QUERY_KINDS);
    const requiredQuery = route.params.filter((p) => p.in === 'query' && p.required);
    const headers = Object.fromEntries(
      route.params
        .filter((p) => p.in === 'header' && p.required)
        .map((p) => [p.name, `kiem-tra-${crypto.randomUUID()}`]),
    );
    if (objectParams.length === 0 && plainPath.length > 0) return out; // a key, not an object
    const fill = (
      path: Record<string, string>,
      query: Record<string, string>,
      refused: boolean,
      label: string,
    ): void => {
      const plainCombos = plainPath.reduce<Array<Record<string, string>>>(
        (acc, p) => acc.flatMap((c) => plainValues(p, spec).map((v) => ({ ...c, [p.name]: v }))),
        [{}],
      );
      for (const plain of plainCombos) {
        const values = { ...path, ...plain };
        const url = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
          encodeURIComponent(values[name] ?? ''),
        );
        const q = { ...query };
        for (const p of requiredQuery) {
          if (q[p.name] !== undefined) continue;
          const kind = QUERY_KINDS[p.name];
          q[p.name] = kind ? (foreign.objects[kind][0]?.id ?? '') : String(sample(p.schema, spec, p.name));
          if (kind) refused = true;
        }
        const search = new URLSearchParams(q).toString();
        out.push({ url: `${url}${search ? `?${search}` : ''}`, refused, label, headers });
      }
    };
    const anchorParam = objectParams.at(-1);
    if (anchorParam) {
      const anchorKind = kinds.get(anchorParam.name) as Kind;
      const parents = objectParams.slice(0, -1);
      for (const object of foreign.objects[anchorKind]) {
        const path: Record<string, string> = { [anchorParam.name]: object.id };
        for (const p of parents) {
          const kind = kinds.get(p.name) as Kind;
          path[p.name] =
            kind === 'campaign' && object.campaignId
              ? object.campaignId
              : (foreign.objects[kind][0]?.id ?? '');
        }
        fill(path, {}, true, `${foreign.name}’s ${anchorKind}`);
        // The caller's own round around another province's object.
        if (parents.length > 0) {
          const mixed = { ...path };
          for (const p of parents) mixed[p.name] = homeOf(own, kinds.get(p.name) as Kind, anchorKind);
          fill(mixed, {}, true, `own round, ${foreign.name}’s ${anchorKind}`);
        }
      }
      // The caller's own objects, filtered by another province's: nothing of it may come back.
      if (route.method === 'GET') {
        for (const q of queryObjects.filter((p) => !p.required)) {
          const path: Record<string, string> = {};
          for (const p of objectParams) path[p.name] = homeOf(own, kinds.get(p.name) as Kind, anchorKind);
          for (const object of foreign.objects[QUERY_KINDS[q.name] as Kind].slice(0, 2))
            fill(path, { [q.name]: object.id }, false, `own objects, ${q.name} of ${foreign.name}`);
        }
      }
      return out;
    }
    fill({}, {}, false, 'list');
    if (route.method !== 'GET') return out;
    for (const q of queryObjects.filter((p) => !p.required)) {
      for (const object of foreign.objects[QUERY_KINDS[q.name] as Kind].slice(0, 2))
        fill({}, { [q.name]: object.id }, false, `${q.name} of ${foreign.name}`);
    }
    for (const q of route.params.filter((p) => p.in === 'query' && QUERY_TEXTS.has(p.name))) {
      for (const text of foreign.searches) fill({}, { [q.name]: text }, false, `${q.name}=${text}`);
    }
    return out;
  }

  /** The caller's own object of a kind, in the round that holds `anchorKind` objects when it matters. */
  function homeOf(own: Province, kind: Kind, anchorKind: Kind): string {
    if (kind === 'campaign') {
      const anchor = own.objects[anchorKind][0];
      return anchor?.campaignId ?? own.objects.campaign[0]?.id ?? '';
    }
    return own.objects[kind][0]?.id ?? '';
  }

  /** A URL with every known id replaced by what it is: easier to read in a list of findings. */
  function described(url: string): string {
    return url.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
      for (const p of Object.values(provinces)) {
        const what = p.markers.get(id);
        if (what) return `<${p.name}: ${what.replace(/^an? /, '')}>`;
      }
      return id;
    });
  }

  /** Who sweeps whom: every role of Quảng Trị over Bình Dương, and Bình Dương's two over Quảng Trị. */
  const sides = () =>
    [
      ...Object.keys(QT_ACCOUNTS).map((who) => ({ who, foreign: provinces.BD, own: provinces.QT })),
      ...Object.keys(BD_ACCOUNTS).map((who) => ({ who, foreign: provinces.QT, own: provinces.BD })),
    ] as const;

  /** A digest of every row that a refused call must leave alone (sign-in bookkeeping aside). */
  /** Tables a refused call may touch: the sign-in bookkeeping of the callers themselves. */
  const SESSION_TABLES = ['sessions', 'login_throttle', 'login_known_addresses'];
  let tables: Array<{ name: string; columns: string[] }> = [];

  /**
   * A digest of every row a refused call must leave alone, by table. PostgreSQL hashes each table
   * itself (sending every row over would take most of the sweep's time); SQLite reads them.
   */
  async function digest(): Promise<Record<string, string>> {
    if (server.db.dialect === 'postgres') {
      const query = sql.join(
        tables.map(
          (t) =>
            sql`SELECT ${t.name} AS name, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS hash FROM ${sql.table(t.name)} x`,
        ),
        sql` UNION ALL `,
      );
      const { rows } = await sql<{ name: string; hash: string }>`${query}`.execute(server.db.kysely);
      return Object.fromEntries(rows.map((r) => [r.name, r.hash]));
    }
    const rows = await everyRow(server.db);
    return Object.fromEntries(
      Object.entries(rows)
        .filter(([table]) => !SESSION_TABLES.includes(table))
        .map(([table, list]) => [table, list.join('\n')]),
    );
  }

  /** How many rows of each table hold `text` in some column (PostgreSQL reads a row as text itself). */
  async function rowsHolding(text: string): Promise<Record<string, number>> {
    const query = sql.join(
      tables.map((t) => {
        const whole =
          server.db.dialect === 'postgres'
            ? sql`x::text`
            : sql.join(
                t.columns.map((c) => sql`coalesce(CAST(${sql.ref(c)} AS TEXT), '')`),
                sql` || '|' || `,
              );
        return sql`SELECT ${t.name} AS name, count(*) AS n FROM ${sql.table(t.name)} x WHERE ${whole} LIKE ${`%${text}%`}`;
      }),
      sql` UNION ALL `,
    );
    const { rows } = await sql<{ name: string; n: number | string }>`${query}`.execute(server.db.kysely);
    return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
  }

  /**
   * Puts the sweep's accounts back as they were (a password reset or a locked account that got
   * through is already reported) and signs in again whoever lost their session.
   */
  async function restoreAccounts() {
    for (const u of accountRows)
      await server.db.kysely
        .updateTable('users')
        .set({ password_hash: u.password_hash, active: u.active })
        .where('id', '=', u.id)
        .execute();
    for (const [who, username] of accounts) {
      if ((await (clients[who] as Client).get('/api/v1/auth/me')).status === 401)
        clients[who] = await server.login(username);
    }
  }

  const changedTables = (a: Record<string, string>, b: Record<string, string>) =>
    Object.keys({ ...a, ...b }).filter((t) => a[t] !== b[t]);

  /** Every finding of one part, all at once: a list says more than the first failure. */
  function verdict(part: string, leaks: Leak[]) {
    const found = leaks.map((l) => `${l.key} — ${l.detail}`);
    if (found.length > 0)
      console.log(`${part} findings (${dialect}):\n${found.map((f) => `  ${f}`).join('\n')}`);
    expect(found).toEqual([]);
  }

  it('knows what every parameter of every documented route names', () => {
    const unknown: string[] = [];
    for (const route of routes) {
      for (const p of route.params) {
        if (p.in === 'path' && pathParamKind(route, p) === undefined)
          unknown.push(`${route.method} ${route.path}: path parameter {${p.name}}`);
        if (p.in === 'query' && /Ids?$/.test(p.name) && !(p.name in QUERY_KINDS))
          unknown.push(`${route.method} ${route.path}: query parameter ${p.name}`);
      }
    }
    for (const route of routes.filter((r) => r.body?.type === 'application/json')) {
      const id = `${route.method} ${route.path}`;
      for (const field of referenceFields(route.body?.schema, spec)) {
        if (`${id} ${field}` in REFERENCE_EXEMPT) continue;
        if (!REFERENCE_CASES.some((c) => c.route === id && c.fields.includes(field)))
          unknown.push(`${id}: body field ${field}`);
      }
    }
    expect(unknown).toEqual([]);
    const skipped = routes.flatMap((route) => {
      const reasons = route.params
        .filter((p) => p.in === 'path')
        .map((p) => pathParamKind(route, p))
        .filter((k): k is { none: string } => typeof k === 'object');
      const objects = route.params.filter(
        (p) => p.in === 'path' && typeof pathParamKind(route, p) === 'string',
      );
      return objects.length === 0 && reasons.length > 0
        ? [`${route.method} ${route.path}: ${reasons[0]?.none}`]
        : [];
    });
    console.log(`not swept, naming nothing of a province:\n  ${skipped.join('\n  ')}`);
    expect(routes.filter((r) => r.method === 'GET').length).toBeGreaterThan(40);
  });

  it('reads the text of every kind of answer it checks (JSON, DOCX, PDF, XLSX)', async () => {
    const plan = `/api/v1/campaigns/${created.qtPlan}`;
    for (const url of [
      plan,
      `${plan}/documents/plan.docx`,
      `${plan}/documents/plan.pdf`,
      `${plan}/progress.xlsx`,
    ]) {
      const res = ok(await call('coordinator', 'GET', url), 200, url);
      expect(await markersIn(res, provinces.QT, ''), url).toContain('the province’s name “Quảng Trị”');
    }
  });

  it('reads: nothing of one province reaches another', async () => {
    const leaks: Leak[] = [];
    const started = Date.now();
    let calls = 0;
    const before = await digest();
    for (const route of [...routes.filter((r) => r.method === 'GET'), ...OUTSIDE_OPENAPI]) {
      for (const { who, foreign, own } of sides()) {
        for (const v of callsOf(route, foreign, own)) {
          calls++;
          const res = await call(who, 'GET', v.url, undefined, v.headers);
          const where = `as ${who}, ${v.label}: ${described(v.url)}`;
          const key = `read GET ${route.path}`;
          if (!res) {
            leaks.push({ key, detail: `${where} → no answer within 15 s` });
            continue;
          }
          // A server error, or a call the validation refused (it never reached the check: mend the sweep).
          if (res.status >= 500 || res.json?.code === 'validation_failed')
            leaks.push({ key, detail: `${where} → ${res.status} ${excerpt(res)}` });
          else if (v.refused && res.status < 300) leaks.push({ key, detail: `${where} → ${res.status}` });
          const named = await markersIn(res, foreign, v.url);
          if (named.length > 0)
            leaks.push({ key, detail: `${where} → ${res.status} names ${named.slice(0, 3).join(', ')}` });
        }
      }
    }
    const changed = changedTables(before, await digest());
    if (changed.length > 0) leaks.push({ key: 'read rows', detail: `reads changed ${changed.join(', ')}` });
    console.log(`reads (${dialect}): ${calls} calls in ${Date.now() - started} ms`);
    verdict('read', leaks);
  });

  it('writes: another province’s objects are refused and left unchanged', async () => {
    const leaks: Leak[] = [];
    const started = Date.now();
    let calls = 0;
    let before = await digest();
    for (const route of routes.filter((r) => r.method !== 'GET')) {
      if (!route.params.some((p) => p.in === 'path')) continue;
      const key = `write ${route.method} ${route.path}`;
      for (const { who, foreign, own } of sides()) {
        for (const v of callsOf(route, foreign, own)) {
          calls++;
          const body =
            route.body === undefined
              ? undefined
              : route.body.type.startsWith('multipart/')
                ? PDF
                : sample(route.body.schema, spec);
          const res = await call(who, route.method, v.url, body, v.headers);
          const where = `as ${who}, ${v.label}: ${described(v.url)}`;
          if (!res) {
            leaks.push({ key, detail: `${where} → no answer within 15 s` });
            continue;
          }
          if (res.status !== 403 && res.status !== 404)
            leaks.push({ key, detail: `${where} → ${res.status} ${excerpt(res)}` });
          const named = await markersIn(res, foreign, `${v.url} ${JSON.stringify(body ?? '')}`);
          if (named.length > 0)
            leaks.push({ key, detail: `${where} → ${res.status} names ${named.slice(0, 3).join(', ')}` });
        }
      }
      const after = await digest();
      const changed = changedTables(before, after);
      before = after;
      if (changed.length > 0) {
        leaks.push({ key, detail: `rows changed in ${changed.join(', ')}` });
        if (changed.includes('users')) {
          await restoreAccounts();
          before = await digest();
        }
      }
    }
    console.log(`writes (${dialect}): ${calls} calls in ${Date.now() - started} ms`);
    verdict('write', leaks);
  });

  it('references: a change to one’s own objects names nothing of another province', async () => {
    const leaks: Leak[] = [];
    const context: ReferenceContext = {
      qt: provinces.QT,
      bd: provinces.BD,
      plan: created.qtPlan,
      draft: created.qtDraft,
      get: async (who, url) => ok(await call(who, 'GET', url), 200, url),
      bdUnit: () => {
        const id = bdUnits.shift();
        if (!id) throw new Error('no unit of Bình Dương left for the references sweep');
        return id;
      },
    };
    const bdIds = [...provinces.BD.markers].filter(([m]) => /^[0-9a-f-]{36}$/.test(m));
    const bdUnits = bdIds.filter(([, what]) => what === 'a unit id').map(([id]) => id);
    for (const c of REFERENCE_CASES) {
      const [method, route] = c.route.split(' ') as [Route['method'], string];
      const key = `reference ${method} ${route}`;
      for (const r of await c.calls(context)) {
        const body = typeof r.body === 'function' ? await r.body() : r.body;
        const sent = bdIds.filter(([id]) => JSON.stringify(body).includes(id));
        const before = await Promise.all(sent.map(([id]) => rowsHolding(id)));
        const res = await call(c.who, method, r.url, body);
        const where = `as ${c.who}, ${r.label}: ${described(r.url)}`;
        if (!res) {
          leaks.push({ key, detail: `${where} → no answer within 15 s` });
          continue;
        }
        if (res.status >= 500 || res.status === 409)
          leaks.push({
            key,
            detail: `${where} → ${res.status} ${excerpt(res)} (the reference was not checked)`,
          });
        if (res.status >= 300) continue;
        // Accepted: harmless only if nothing of Bình Dương was stored (the audit log records requests).
        const stored = new Set<string>();
        for (const [i, [id, what]] of sent.entries()) {
          const after = await rowsHolding(id);
          for (const [table, n] of Object.entries(after))
            if (table !== 'audit_log' && n > (before[i]?.[table] ?? 0))
              stored.add(`${what.replace(/ id$/, '')} in ${table}`);
        }
        if (stored.size > 0)
          leaks.push({ key, detail: `${where} → ${res.status}, stored ${[...stored].join(', ')}` });
      }
    }
    verdict('reference', leaks);
  });
});

interface Variant {
  url: string;
  /** The call names another province's object where it must be refused (not 2xx). */
  refused: boolean;
  label: string;
  headers: Record<string, string>;
}
