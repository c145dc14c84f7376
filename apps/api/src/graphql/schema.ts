import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder';
import './scalars';
import './error-types';
import '../modules/auth/auth.graphql';
import '../modules/catalogue/catalogue';
import '../modules/attachments/attachments.graphql';
import '../modules/notifications/outbox.graphql';
import '../modules/requests/submit.graphql';
import '../modules/sop/sop.graphql';
import '../modules/sop/sop-review.graphql';
import '../modules/sop/service-standard.graphql';
import '../modules/sop/consultation.graphql';
import '../modules/performance/ikm-weight.graphql';
import '../modules/performance/performance.graphql';
import '../modules/performance/attention.graphql';
import '../modules/requests/track.graphql';
import '../modules/requests/survey.graphql';
import '../modules/requests/performance.graphql';
import '../modules/feedback/feedback.graphql';
import '../modules/privacy/privacy.graphql';
import '../modules/catalogue/programs.graphql';
import '../modules/instructors/instructors.graphql';
import '../modules/holidays/holidays.graphql';
import '../modules/staff-users/staff-users.graphql';
import '../modules/audit/audit.graphql';
import '../modules/api-keys/api-keys.graphql';
import '../modules/workflow/request-actions.graphql';
import '../modules/workflow/request-event.graphql';
import '../modules/workflow/request-sla.graphql';
import '../modules/workflow/requester.graphql';
import '../modules/workflow/site-assessment.graphql';
import '../modules/workflow/training-request.graphql';
import '../modules/workflow/event-details.graphql';
import '../modules/workflow/requests.graphql';
import '../modules/workflow/scheduling.graphql';
import '../modules/workflow/schedule.graphql';
import '../modules/workflow/participant-nik.graphql';

/** The executable GraphQL schema. */
export const schema = builder.toSchema({ sortSchema: true });

/** The SDL as committed in schema.graphql (sorted, so diffs stay small). */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
