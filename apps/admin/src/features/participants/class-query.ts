import { graphql, type ResultOf } from '../../lib/graphql';

export const ClassQuery = graphql(`
  query ClassPage_Schedule($id: ID!) {
    schedule(id: $id) {
      id
      startDate
      endDate
      venue
      island
      cancelledAt
      viewerCanManage
      participantCount
      request {
        id
        trackingCode
        stepName
        requester {
          organizationName
          type
        }
      }
      program {
        id
        code
        name
        minAge
        maxAge
        classSizeMax
      }
      instructors {
        instructorId
        name
        lead
      }
      sessions {
        id
        date
        startTime
        endTime
        jp
        topic
        attendance {
          participantId
          status
          recordedAt
          recordedByName
        }
      }
      participants {
        id
        nik
        name
        birthDate
        sex
        phone
        education
        address
        preTestScore
        postTestScore
        certificateNo
      }
    }
  }
`);

export type ClassData = NonNullable<ResultOf<typeof ClassQuery>['schedule']>;
export type ClassParticipant = NonNullable<ClassData['participants']>[number];
export type ClassSession = ClassData['sessions'][number];

/** The NIK with all but its last 4 digits hidden, as on the certificate. */
export function maskNik(nik: string): string {
  return `${'•'.repeat(Math.max(0, nik.length - 4))}${nik.slice(-4)}`;
}
