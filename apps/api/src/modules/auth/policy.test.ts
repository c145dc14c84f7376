import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { testDatabaseKinds } from '@blk/db/testing';
import {
  type GraphQLArgument,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../graphql/schema';
import { demoClassUnderWay, participantInput } from '../../testing/fixtures';
import { apiForSuite } from '../../testing/suite-api';
import {
  audienceIncludes,
  FIELD_POLICY,
  MUTATION_POLICY,
  mayRunMutation,
  PRINCIPALS,
  type Principal,
} from './policy';

// The server reads its attachment folder from the environment (createApp → loadEnv).
process.env.BLK_ATTACHMENTS_DIR = await fs.mkdtemp(path.join(os.tmpdir(), 'blk-policy-'));

const mutationFields = Object.values(schema.getMutationType()?.getFields() ?? {});
const NO_SUCH_ID = '0192f6a8-0000-7000-8000-000000000000';
const NIK = '1971011203980001';

/** A plausible value of an input type: well-formed, naming no existing record. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  const scalars: Record<string, unknown> = {
    ID: NO_SUCH_ID,
    String: 'Uji akses',
    Int: 1,
    Float: 1,
    Boolean: false,
    Date: '2027-01-04',
    DateTime: '2027-01-04T01:00:00.000Z',
    JSON: {},
  };
  return scalars[type.name] ?? 'x';
}

/** The mutation as a document with every required argument as a variable. */
function mutationDocument(name: string): { query: string; variables: Record<string, unknown> } {
  const field = mutationFields.find((f) => f.name === name);
  if (!field) throw new Error(`no mutation ${name}`);
  const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const decl = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const pass = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const result = getNamedType(field.type);
  const selection =
    isUnionType(result) || isObjectType(result) ? '{ __typename ... on Error { code } }' : '';
  return {
    query: `mutation Matrix${decl ? `(${decl})` : ''} { ${name}${pass ? `(${pass})` : ''} ${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, sample(a.type)])),
  };
}

const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** How to reach a type holding a sensitive field, as a query over the test's class. */
const PATHS: Record<string, (field: string) => string> = {
  Requester: (f) =>
    `query ($request: ID!) { trainingRequest(id: $request) { requester { ${f} } } }`,
  TrainingRequest: (f) =>
    `query ($request: ID!) { trainingRequest(id: $request) { ${f} { __typename } } }`,
  Participant: (f) =>
    `query ($schedule: ID!) { schedule(id: $schedule) { participants { id ${f} } } }`,
  TrainingSchedule: (f) =>
    `query ($schedule: ID!) { schedule(id: $schedule) { ${f} { __typename } } }`,
  InstructorAssignment: (f) =>
    `query ($schedule: ID!) { schedule(id: $schedule) { instructors { ${f} } } }`,
  StaffUser: (f) => `query { viewer { user { ${f} { __typename } } } }`,
};

describe('the access-policy table', () => {
  it('has a row for every mutation of the schema, and no row for a mutation it lacks', () => {
    const names = mutationFields.map((f) => f.name).sort();
    expect(names.filter((n) => !MUTATION_POLICY[n])).toEqual([]);
    expect(Object.keys(MUTATION_POLICY).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('names only fields that exist, each reachable by the matrix', () => {
    for (const key of Object.keys(FIELD_POLICY)) {
      const [typeName = '', fieldName = ''] = key.split('.');
      const type = schema.getType(typeName);
      expect(isObjectType(type) && type.getFields()[fieldName], key).toBeTruthy();
      expect(PATHS[typeName], `no query path for ${typeName} in policy.test.ts`).toBeDefined();
    }
  });

  it('gives a reason for every row', () => {
    for (const [key, row] of Object.entries({ ...MUTATION_POLICY, ...FIELD_POLICY }))
      expect(row.reason.length, key).toBeGreaterThan(5);
  });
});

describe.each(testDatabaseKinds())('the generated access matrix on %s', (kind) => {
  const { api } = apiForSuite(kind);
  const headers = new Map<Principal, Record<string, string>>();
  const emails = new Map<Principal, string>();
  let requestId: string;
  let scheduleId: string;

  const call = (who: Principal, query: string, variables: Record<string, unknown>) => {
    const h = headers.get(who) ?? {};
    return api.gql<Record<string, unknown>>(query, variables, { headers: h });
  };

  beforeAll(async () => {
    const { request, schedule, instructorEmail } = await demoClassUnderWay(api);
    requestId = request.id;
    // Every contact field filled, so "hidden" can only mean the policy hid it.
    await api.db.prisma.requester.update({
      where: { id: request.requesterId },
      data: { email: 'sekdes@desa.example', contactName: 'Sekretaris Desa' },
    });
    scheduleId = schedule.id;
    // One session per role, made once; the instructor is the one teaching the class.
    const byRole: Record<Exclude<Principal, 'anonymous' | 'integrator'>, string> = {
      petugas_layanan: 'petugas@blk.example',
      kepala_seksi: 'kasi@blk.example',
      kepala_bidang: 'kabid@blk.example',
      koordinator_instruktur: 'koordinator@blk.example',
      instruktur: instructorEmail,
      kepala_dinas: 'kadis@blk.example',
      admin_sistem: 'admin@blk.example',
    };
    for (const [role, email] of Object.entries(byRole)) {
      emails.set(role as Principal, email);
      headers.set(role as Principal, { cookie: await api.login(email) });
    }
    // Every account holds a training device, so an empty device list means the policy hid it.
    const accounts = await api.db.prisma.staffUser.findMany({
      where: { email: { in: Object.values(byRole) } },
    });
    await api.db.prisma.staffSession.createMany({
      data: accounts.map((u) => ({
        userId: u.id,
        tokenHash: `matrix-device-${u.id}`,
        device: true,
        deviceName: 'Tablet matriks',
        expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
      })),
    });
    const key = await call(
      'admin_sistem',
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) {
        ... on CreateApiKeySuccess { key } ... on Error { code } } }`,
      {
        input: {
          name: 'Matriks akses',
          mode: 'test',
          scopes: ['requests:read', 'schedules:read', 'catalog:read', 'reports:read'],
        },
      },
    );
    const secret = (key.data?.createApiKey as { key?: string } | undefined)?.key;
    if (!secret) throw new Error(`createApiKey failed: ${JSON.stringify(key)}`);
    headers.set('integrator', { authorization: `Bearer ${secret}` });
    headers.set('anonymous', {});
    // Something behind every sensitive field: a participant and an attachment.
    const added = await call(
      'koordinator_instruktur',
      `mutation ($s: ID!, $input: ParticipantInput!) { addParticipant(scheduleId: $s, input: $input) {
        __typename ... on Error { code } } }`,
      {
        s: scheduleId,
        input: participantInput({ nik: NIK, phone: '0812 7000 1234' }),
      },
    );
    expect(added.data?.addParticipant).toMatchObject({ __typename: 'Participant' });
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.7\n%%EOF\n')]), 'laporan.pdf');
    const upload = (await (
      await fetch(`${api.url}/uploads`, { method: 'POST', body: form })
    ).json()) as { uploadId: string };
    const attached = await call(
      'instruktur',
      `mutation ($r: ID!, $u: ID!) { attachFileToRequest(requestId: $r, uploadId: $u, kind: laporan_pelaksanaan) {
        __typename ... on Error { code } } }`,
      { r: requestId, u: upload.uploadId },
    );
    expect(attached.data?.attachFileToRequest).toMatchObject({ __typename: 'RequestAttachment' });
  });

  it('allows and refuses every mutation for every principal as the table says', async () => {
    const names = mutationFields.map((f) => f.name).sort();
    const mismatches: string[] = [];
    for (const who of PRINCIPALS) {
      for (const name of names) {
        const row = MUTATION_POLICY[name];
        if (!row) continue; // reported by the table test
        const { query, variables } = mutationDocument(name);
        // logout ends the session it is sent with: give it one of its own.
        const email = emails.get(who);
        const res =
          name === 'logout' && email
            ? await api.gql(query, variables, { cookie: await api.login(email) })
            : await call(who, query, variables);
        const topCode = res.errors?.[0]?.extensions?.code;
        const unionCode = (res.data?.[name] as { code?: string } | null | undefined)?.code;
        const refused = REFUSALS.has(String(topCode)) || REFUSALS.has(String(unionCode));
        const expected = mayRunMutation(who, name);
        if (refused === expected)
          mismatches.push(
            `${name} × ${who}: table says ${expected ? 'allowed' : 'refused'}, got ${topCode ?? unionCode ?? 'allowed'}`,
          );
        if (topCode === 'INTERNAL') mismatches.push(`${name} × ${who}: INTERNAL`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000);

  it('shows every sensitive field only to the principals the table names', async () => {
    const mismatches: string[] = [];
    for (const [key, row] of Object.entries(FIELD_POLICY)) {
      const [typeName = '', fieldName = ''] = key.split('.');
      const query = PATHS[typeName]?.(fieldName) ?? '';
      const variables = query.includes('$request')
        ? { request: requestId }
        : { schedule: scheduleId };
      for (const who of PRINCIPALS) {
        const res = await call(who, query, variables);
        const code = res.errors?.[0]?.extensions?.code;
        if (code === 'UNAUTHENTICATED' && who !== 'anonymous')
          mismatches.push(`${key} × ${who}: the session was lost`);
        if (res.errors && !REFUSALS.has(String(code)))
          mismatches.push(`${key} × ${who}: ${JSON.stringify(res.errors)}`);
        const values = valuesOf(res.data, fieldName);
        const shown = values.some((v) => v !== null && !(Array.isArray(v) && v.length === 0));
        const expected = audienceIncludes(row.allow, who);
        if (shown !== expected)
          mismatches.push(`${key} × ${who}: table says ${expected ? 'shown' : 'hidden'}`);
        if (shown && row.masked && !values.every((v) => /^\*{12}\d{4}$/.test(String(v))))
          mismatches.push(`${key} × ${who}: not masked`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

/** Every value of `field` anywhere in a response. */
function valuesOf(data: unknown, field: string): unknown[] {
  if (data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((d) => valuesOf(d, field));
  return Object.entries(data).flatMap(([k, v]) => (k === field ? [v] : valuesOf(v, field)));
}
