import type { SopDocument } from '@blk/sop';
import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { formatDate } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { SectionCard } from '../admin-common/section-card';
import { SopFlowchart, SopFlowTable } from './sop-document';

const SopQuery = graphql(`
  query Sop_InForce {
    sopInForce {
      versionId
      versionNo
      effectiveAt
      pdfUrl
      flowchartSvg
      document
    }
  }
`);

/** The SOP in force: its activity table with mutu baku, and the flowchart. */
export default function SopPage() {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: SopQuery });
  if (fetching && !data) return <PageLoader />;
  const sop = data?.sopInForce;
  if (error || !sop) {
    return (
      <Alert color="red" role="alert">
        {error?.graphQLErrors[0]?.message ?? t('sop.none')}
      </Alert>
    );
  }
  const doc = sop.document as SopDocument;

  return (
    <Stack>
      <Title order={1} size="h2">
        {doc.name}
      </Title>
      <Group gap="md">
        <Text size="sm">
          {doc.number} · {t('sop.version', { no: sop.versionNo })} ·{' '}
          {t('sop.effective', { date: formatDate(sop.effectiveAt, lang) })}
        </Text>
        <Anchor href={sop.pdfUrl} target="_blank" rel="noopener" size="sm">
          {t('sop.pdf')}
        </Anchor>
      </Group>
      <SectionCard id="sop-table-h" title={t('sop.activities')}>
        <SopFlowTable document={doc} labelledBy="sop-table-h" />
      </SectionCard>
      <SectionCard id="sop-flow-h" title={t('sop.flowchart')}>
        <SopFlowchart svg={sop.flowchartSvg} name={doc.name} />
      </SectionCard>
    </Stack>
  );
}
