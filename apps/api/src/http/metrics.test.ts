import { testDatabaseKinds } from '@blk/db/testing';
import { describe, expect, it } from 'vitest';
import { apiForSuite } from '../testing/suite-api';

/** Parses the Prometheus text format into `name{labels}` → value. */
function parse(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
    samples.set(match[1] as string, Number(match[2]));
  }
  return samples;
}

describe.each(testDatabaseKinds())('/metrics on %s', (kind) => {
  const { api } = apiForSuite(kind);

  it('is scraped and parsed: operations, errors by code, outbox, overdue steps, memory', async () => {
    await api.gql('query Metrics_Probe { programs(first: 1) { edges { cursor } } }');
    await api.gql('query Metrics_Bad { noSuchField }');
    const res = await fetch(`${api.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const samples = parse(await res.text());
    expect(
      samples.get(
        'blk_graphql_operation_duration_seconds_count{operation="Metrics_Probe",type="query"}',
      ),
    ).toBe(1);
    expect(
      samples.get('blk_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      [...samples.keys()].some((k) =>
        k.startsWith('blk_http_request_duration_seconds_count{method="POST",route="/graphql"'),
      ),
    ).toBe(true);
    const pending = await api.db.prisma.notificationOutbox.count({ where: { status: 'pending' } });
    expect(samples.get('blk_outbox_messages{status="pending"}')).toBe(pending);
    const open = await api.db.prisma.trainingRequest.count({
      where: { closedAt: null, state: 'diterima' },
    });
    expect(samples.get('blk_requests_open{step="diterima"}')).toBe(open);
    const late = await api.db.prisma.trainingRequest.count({
      where: { closedAt: null, state: 'diterima', stepDueAt: { lt: new Date() } },
    });
    expect(samples.get('blk_requests_overdue{step="diterima"}') ?? 0).toBe(late);
    expect(samples.get('blk_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('is refused through a proxy without the token', async () => {
    const res = await fetch(`${api.url}/metrics`, {
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(res.status).toBe(403);
  });
});
