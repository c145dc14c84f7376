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

/** What each tab of the class page is given: the class, whether the viewer may change it, and a reload. */
export interface ClassPanelProps {
  data: ClassData;
  canManage: boolean;
  onChanged: () => void;
}

/**
 * The NIK as the API sends it (masked to its last 4 digits for every role) drawn with bullets; the
 * whole NIK only comes from the audited `revealParticipantNik`.
 */
export function maskNik(nik: string): string {
  return nik.replace(/\*/g, '•');
}
