import { REQUESTER_TYPE_LABELS } from '@blk/domain';
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';

/** What the request list and My work show of every request they list. */
export const RequestSummaryFragment = graphql(`
  fragment RequestSummary on TrainingRequest @_unmask {
    id
    trackingCode
    stepName
    stepDueAt
    requester {
      organizationName
      type
    }
    region {
      code
      name
    }
    kabupaten {
      code
      name
    }
    sla {
      status
      workingDaysLeft
    }
  }
`);

type RequestSummary = ResultOf<typeof RequestSummaryFragment>;

/** The tracking code, linking to the request's page. */
export function TrackingCodeLink({
  request,
}: {
  request: Pick<RequestSummary, 'id' | 'trackingCode'>;
}) {
  return (
    <Anchor
      component={Link}
      to={`/permohonan/${request.id}`}
      ff="monospace"
      style={{ whiteSpace: 'nowrap' }}
    >
      {request.trackingCode}
    </Anchor>
  );
}

/** Who asked: the organisation, and the kind of requester below it. */
export function RequesterCell({ requester }: { requester: RequestSummary['requester'] }) {
  const { pick } = useI18n();
  return (
    <>
      <Text size="sm">{requester.organizationName}</Text>
      <Text size="xs" c="dimmed">
        {pick(REQUESTER_TYPE_LABELS[requester.type])}
      </Text>
    </>
  );
}

/** Where: the region, and the regency/city below it. */
export function LocationCell({
  request,
}: {
  request: Pick<RequestSummary, 'region' | 'kabupaten'>;
}) {
  return (
    <>
      <Text size="sm">{request.region.name}</Text>
      <Text size="xs" c="dimmed">
        {request.kabupaten?.name}
      </Text>
    </>
  );
}
