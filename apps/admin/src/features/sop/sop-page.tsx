import { Alert, Anchor, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { formatDate } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';

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

interface Activity {
  no: number;
  stepKey: string;
  description: string;
  roleLabel: string;
  kelengkapan: string[];
  waktu: string;
  output: string;
}

interface SopDocument {
  number: string;
  name: string;
  activities: Activity[];
}

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
  const svg = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sop.flowchartSvg)}`;

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
      <Card withBorder radius="md" component="section" aria-labelledby="sop-table-h">
        <Title order={2} size="h4" id="sop-table-h" mb="sm">
          {t('sop.activities')}
        </Title>
        <Table.ScrollContainer minWidth={900}>
          <Table striped withTableBorder aria-labelledby="sop-table-h">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>No</Table.Th>
                <Table.Th>{t('sop.activity')}</Table.Th>
                <Table.Th>{t('step.role')}</Table.Th>
                <Table.Th>{t('step.inputs')}</Table.Th>
                <Table.Th>{t('step.time')}</Table.Th>
                <Table.Th>{t('step.output')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {doc.activities.map((a) => (
                <Table.Tr key={a.no}>
                  <Table.Td>{a.no}</Table.Td>
                  <Table.Td>{a.description}</Table.Td>
                  <Table.Td>{a.roleLabel}</Table.Td>
                  <Table.Td>
                    <List size="xs">
                      {a.kelengkapan.map((k) => (
                        <List.Item key={k}>{k}</List.Item>
                      ))}
                    </List>
                  </Table.Td>
                  <Table.Td>{a.waktu}</Table.Td>
                  <Table.Td>{a.output}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <Card withBorder radius="md" component="section" aria-labelledby="sop-flow-h">
        <Title order={2} size="h4" id="sop-flow-h" mb="sm">
          {t('sop.flowchart')}
        </Title>
        {/* Scaled to the card so no scroll region is needed; the PDF has it full size. */}
        <img
          src={svg}
          alt={t('sop.flowchartAlt', { name: doc.name })}
          style={{ maxWidth: '100%', height: 'auto' }}
        />
      </Card>
    </Stack>
  );
}
