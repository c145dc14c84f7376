import { findScheduleConflicts, type IsoDate, type ScheduleConflict } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { invalidField, isUuid } from '../../graphql/validate';
import { islandOf, regionIslandSelect } from './access';
import { loadInstructorFacts } from './schedule-conflicts';

/** An instructor who could teach a request's training, with whatever stands in the way. */
export interface InstructorSuggestion {
  instructorId: string;
  name: string;
  homeIsland: string;
  sameIsland: boolean;
  certificateValid: boolean;
  assignmentsThisMonth: number;
  conflicts: ScheduleConflict[];
}

/** The program a request is trained in: its own, or the one its assessment recommends. */
export function programOfRequest(request: {
  programId: string | null;
  assessments: { recommendedProgramId: string | null }[];
}): string | null {
  return (
    request.programId ??
    request.assessments.find((a) => a.recommendedProgramId)?.recommendedProgramId ??
    null
  );
}

/**
 * Qualified instructors for a request's program and dates, best first: free of conflicts, on
 * the training's island, with a valid certificate, and with the fewest trainings that month.
 */
export async function suggestInstructors(
  ctx: Context,
  requestId: string,
  window: { startDate: IsoDate; endDate: IsoDate },
): Promise<InstructorSuggestion[]> {
  if (window.endDate < window.startDate) invalidField(ctx, 'date.end_before_start', ['endDate']);
  const request = isUuid(requestId)
    ? await ctx.prisma.trainingRequest.findUnique({
        where: { id: requestId },
        select: {
          id: true,
          programId: true,
          region: regionIslandSelect,
          assessments: { select: { recommendedProgramId: true }, orderBy: { createdAt: 'desc' } },
        },
      })
    : null;
  if (!request) throw notFound('request');
  const programId = programOfRequest(request);
  if (!programId) invalidField(ctx, 'schedule.no_program', ['requestId']);
  const plan = { ...window, island: islandOf(request.region) ?? '' };
  const facts = await loadInstructorFacts(
    ctx.prisma,
    { competencies: { some: { programId } } },
    programId,
    plan,
    request.id,
  );
  const calendar = await ctx.calendar();
  const suggestions = facts.map((f) => {
    const conflicts = findScheduleConflicts(plan, [f], calendar);
    return {
      instructorId: f.id,
      name: f.name,
      homeIsland: f.homeIsland,
      sameIsland: f.homeIsland === plan.island,
      certificateValid: !conflicts.some(
        (c) => c.kind === 'CERTIFICATE_EXPIRED' || c.kind === 'NO_CERTIFICATE',
      ),
      assignmentsThisMonth: f.assignmentsThisMonth,
      conflicts,
    };
  });
  const rank = (s: InstructorSuggestion) => [
    s.conflicts.length ? 1 : 0,
    s.sameIsland ? 0 : 1,
    s.certificateValid ? 0 : 1,
    s.assignmentsThisMonth,
  ];
  return suggestions.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) {
      const d = (ra[i] ?? 0) - (rb[i] ?? 0);
      if (d !== 0) return d;
    }
    return a.name.localeCompare(b.name);
  });
}
