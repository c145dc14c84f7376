import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { staffOf, visibleSchedules } from './access';

/** A participant's whole NIK, as revealed to one staff member. */
export interface RevealedNik {
  participantId: string;
  nik: string | null;
}

/**
 * Shows one participant's whole NIK to a staff member whose role may reveal it (access policy)
 * and who may see the class, and records who looked at whose NIK and when. The audit row names
 * the participant, never the NIK.
 */
export async function revealParticipantNik(
  ctx: Context,
  participantId: string,
): Promise<RevealedNik> {
  staffOf(ctx);
  const participant = isUuid(participantId)
    ? await ctx.prisma.participant.findFirst({
        where: { id: participantId, schedule: visibleSchedules(ctx) },
        select: { id: true, nik: true, scheduleId: true },
      })
    : null;
  if (!participant) throw notFound('participant');
  await ctx.prisma.$transaction((tx) =>
    recordAudit(tx, ctx, {
      action: 'participant.reveal_nik',
      entityType: 'Participant',
      entityId: participant.id,
      data: { scheduleId: participant.scheduleId },
    }),
  );
  return { participantId: participant.id, nik: participant.nik };
}
