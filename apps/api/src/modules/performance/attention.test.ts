import { testDatabaseKinds } from '@blk/db/testing';
import { describe, expect, it } from 'vitest';
import { apiForSuite } from '../../testing/suite-api';
import type { Attention as ServedAttention } from './attention.graphql';

const ATTENTION = /* GraphQL */ `
  {
    attention {
      steps { stepKey stepName roleName decision open overdue }
      complaintsDueToday complaintsOverdue sopVersionsToApprove serviceStandardsToApprove
    }
  }
`;

/** The figures the query above asks for. */
type Attention = Omit<ServedAttention, 'sopReviewsDue'>;

describe.each(testDatabaseKinds())('what needs the head of office today on %s', (kind) => {
  const { api } = apiForSuite(kind);

  it('counts the open requests per step, the overdue ones, complaints due and drafts to sign', async () => {
    const cookie = await api.login('kadis@blk.example');
    const res = await api.gql<{ attention: Attention }>(ATTENTION, {}, { cookie });
    expect(res.errors).toBeUndefined();
    const a = res.data?.attention as Attention;
    const prisma = api.db.prisma;
    const now = new Date();
    for (const step of a.steps) {
      expect(step.open).toBe(
        await prisma.trainingRequest.count({ where: { closedAt: null, state: step.stepKey } }),
      );
      expect(step.overdue).toBe(
        await prisma.trainingRequest.count({
          where: { closedAt: null, state: step.stepKey, stepDueAt: { lt: now } },
        }),
      );
    }
    expect(a.steps.reduce((n, s) => n + s.open, 0)).toBe(
      await prisma.trainingRequest.count({ where: { closedAt: null } }),
    );
    const approval = a.steps.find((s) => s.decision);
    expect(approval?.roleName).toBe('Kepala Bidang');
    expect(a.complaintsOverdue).toBe(
      await prisma.complaint.count({
        where: { status: { in: ['received', 'in_progress'] }, responseDueAt: { lt: now } },
      }),
    );
    expect(a.complaintsDueToday).toBeGreaterThanOrEqual(a.complaintsOverdue);
    expect(a.sopVersionsToApprove).toBe(
      await prisma.sopVersion.count({ where: { status: 'submitted' } }),
    );
  });

  it('is for the heads of office only', async () => {
    const cookie = await api.login('petugas@blk.example');
    const res = await api.gql(ATTENTION, {}, { cookie });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.gql(ATTENTION);
    expect(anonymous.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});
