import { createHmac } from 'node:crypto';
import type { PersonalDataExportInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { recordAudit } from '../audit/audit';
import { tokenSecret } from '../shared/token-secret';
import { staffOf } from '../workflow/access';

/** One person's data as the system holds it, for a data-subject request. */
export interface PersonalDataExport {
  /** Keyed hash of the identifier; the audit log holds this, never the identifier. */
  subjectHash: string;
  generatedAt: Date;
  data: Record<string, unknown>;
}

const day = (d: Date | null) => (d === null ? null : d.toISOString().slice(0, 10));
const num = (v: { toString(): string } | null) => (v === null ? null : Number(v.toString()));

/**
 * A keyed hash (HMAC with the server's token secret, which is not in the database): the same
 * person's exports can be linked in the audit log, but a database copy cannot be searched for a
 * NIK by hashing all of them.
 */
export function dataSubjectHash(kind: string, value: string): string {
  return createHmac('sha256', tokenSecret()).update(`data-subject:${kind}:${value}`).digest('hex');
}

/**
 * Everything the system holds about one person, found by NIK, phone or e-mail: participations
 * (class, attendance, scores, certificate), requests made as the contact person (with the survey
 * and the attachments' names), complaints, notifications sent, and a staff or instructor record.
 * Writes one audit row: who, when, why, which kind of identifier and its keyed hash, counts.
 */
export async function exportPersonalData(
  ctx: Context,
  input: PersonalDataExportInput,
): Promise<PersonalDataExport> {
  staffOf(ctx);
  const [kind, value] = input.nik
    ? (['nik', input.nik] as const)
    : input.phone
      ? (['phone', input.phone] as const)
      : (['email', (input.email ?? '').toLowerCase()] as const);
  const contact =
    kind === 'phone'
      ? { phone: value }
      : kind === 'email'
        ? { email: { equals: value, mode: 'insensitive' as const } }
        : null;
  const prisma = ctx.prisma;
  const [participants, requesters, complaints, notifications, staff, instructors] =
    await Promise.all([
      kind === 'email'
        ? []
        : prisma.participant.findMany({
            where: kind === 'nik' ? { nik: value } : { phone: value },
            orderBy: { createdAt: 'asc' },
            include: {
              schedule: {
                include: { program: true, request: { select: { trackingCode: true } } },
              },
              attendance: { include: { session: true }, orderBy: { session: { date: 'asc' } } },
            },
          }),
      contact
        ? prisma.requester.findMany({
            where: contact,
            orderBy: { createdAt: 'asc' },
            include: {
              requests: {
                orderBy: { submittedAt: 'asc' },
                include: {
                  program: { select: { code: true, name: true } },
                  region: { select: { name: true } },
                  survey: true,
                  attachments: { select: { kind: true, fileName: true, createdAt: true } },
                },
              },
            },
          })
        : [],
      contact ? prisma.complaint.findMany({ where: contact, orderBy: { createdAt: 'asc' } }) : [],
      kind === 'nik'
        ? []
        : prisma.notificationOutbox.findMany({
            where: { recipient: { equals: value, mode: 'insensitive' } },
            orderBy: { createdAt: 'asc' },
          }),
      kind === 'email'
        ? prisma.staffUser.findMany({
            where: { email: { equals: value, mode: 'insensitive' } },
            include: { role: true },
          })
        : [],
      contact ? prisma.instructor.findMany({ where: contact }) : [],
    ]);

  const data = {
    participations: participants.map((p) => ({
      name: p.name,
      nik: p.nik,
      birthDate: day(p.birthDate),
      sex: p.sex,
      phone: p.phone,
      education: p.education,
      address: p.address,
      ageAtStart: p.ageAtStart,
      anonymisedAt: p.anonymisedAt,
      class: {
        trackingCode: p.schedule.request.trackingCode,
        program: { code: p.schedule.program.code, name: p.schedule.program.name },
        startDate: day(p.schedule.startDate),
        endDate: day(p.schedule.endDate),
        venue: p.schedule.venue,
      },
      attendance: p.attendance.map((a) => ({ date: day(a.session.date), status: a.status })),
      preTestScore: num(p.preTestScore),
      postTestScore: num(p.postTestScore),
      certificateNo: p.certificateNo,
      enrolledAt: p.createdAt,
    })),
    requestsAsContact: requesters.flatMap((r) =>
      r.requests.map((q) => ({
        trackingCode: q.trackingCode,
        organization: { type: r.type, name: r.organizationName },
        contactName: r.contactName,
        phone: r.phone,
        email: r.email,
        program: q.program,
        needDescription: q.needDescription,
        region: q.region.name,
        address: q.address,
        venueDetails: q.venueDetails,
        participantsExpected: q.participantsExpected,
        participantProfile: q.participantProfile,
        preferredStart: day(q.preferredStart),
        preferredEnd: day(q.preferredEnd),
        note: q.note,
        state: q.state,
        submittedAt: q.submittedAt,
        closedAt: q.closedAt,
        privacyConsent: { at: q.consentAt, noticeVersion: q.privacyNoticeVersion },
        attachments: q.attachments,
        survey: q.survey && {
          answers: [
            q.survey.u1,
            q.survey.u2,
            q.survey.u3,
            q.survey.u4,
            q.survey.u5,
            q.survey.u6,
            q.survey.u7,
            q.survey.u8,
            q.survey.u9,
          ],
          comment: q.survey.comment,
          gender: q.survey.gender,
          ageGroup: q.survey.ageGroup,
          education: q.survey.education,
          occupation: q.survey.occupation,
          submittedAt: q.survey.submittedAt,
        },
      })),
    ),
    complaints: complaints.map((c) => ({
      trackingCode: c.trackingCode,
      kind: c.kind,
      status: c.status,
      name: c.name,
      phone: c.phone,
      email: c.email,
      message: c.message,
      response: c.response,
      createdAt: c.createdAt,
      respondedAt: c.respondedAt,
      privacyConsent: { at: c.consentAt, noticeVersion: c.privacyNoticeVersion },
    })),
    notifications: notifications.map((n) => ({
      channel: n.channel,
      recipient: n.recipient,
      template: n.template,
      status: n.status,
      createdAt: n.createdAt,
      sentAt: n.sentAt,
    })),
    staffAccounts: staff.map((s) => ({
      name: s.name,
      email: s.email,
      role: s.role.name,
      active: s.active,
      createdAt: s.createdAt,
      lastLoginAt: s.lastLoginAt,
    })),
    instructorRecords: instructors.map((i) => ({
      name: i.name,
      nip: i.nip,
      phone: i.phone,
      email: i.email,
      homeIsland: i.homeIsland,
    })),
  };
  const subjectHash = dataSubjectHash(kind, value);
  const generatedAt = ctx.now();
  await prisma.$transaction((tx) =>
    recordAudit(tx, ctx, {
      action: 'privacy.export',
      entityType: 'DataSubject',
      entityId: subjectHash,
      data: {
        reason: input.reason,
        identifier: kind,
        counts: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.length])),
      },
    }),
  );
  return { subjectHash, generatedAt, data };
}
