import { type RequestHistory, readSopDefinition, type SopDefinition } from '@blk/sop';
import type { Context } from '../../graphql/context';
import { historyEvents, requestHistory } from '../requests/request-history';

/**
 * The requests submitted in a window with their event histories (up to `now`), each read under
 * its own SOP version: what every time figure is computed from (the performance report, the
 * prefill of an SOP review). `sopVersionId` narrows it to the requests of one version.
 */
export async function loadMeasuredRequests(
  ctx: Context,
  window: { start: Date; end: Date; now: Date; sopVersionId?: string },
) {
  const requests = await ctx.prisma.trainingRequest.findMany({
    where: {
      submittedAt: { gte: window.start, lte: window.end },
      ...(window.sopVersionId ? { sopVersionId: window.sopVersionId } : {}),
    },
    select: {
      id: true,
      submittedAt: true,
      regionCode: true,
      programId: true,
      sopVersionId: true,
      requester: { select: { type: true } },
      events: { ...historyEvents, where: { at: { lte: window.now } } },
    },
  });
  const versionIds = [...new Set(requests.map((r) => r.sopVersionId))];
  const versions = await ctx.prisma.sopVersion.findMany({
    where: { id: { in: versionIds } },
    select: { id: true, definition: true, versionNo: true },
    orderBy: { versionNo: 'desc' },
  });
  const definitions = new Map(versions.map((v) => [v.id, readSopDefinition(v.definition)]));
  const measured: { definition: SopDefinition; history: RequestHistory }[] = requests.flatMap(
    (r) => {
      const definition = definitions.get(r.sopVersionId);
      return definition
        ? [{ definition, history: requestHistory(definition, r.submittedAt, r.events) }]
        : [];
    },
  );
  return { requests, definitions, measured };
}
