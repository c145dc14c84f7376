import { Alert, Anchor, Button, Group, Image, Modal, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { TextKey } from '../../lib/dictionary';
import { formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { SectionCard } from '../admin-common/section-card';

/** A document of the request as the card lists it. */
export interface RequestDocument {
  id: string;
  kind: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: string;
  downloadUrl: string;
  uploadedByName: string | null;
}

/** The label of an attachment kind in the user's language. */
export function useKindLabel() {
  const { t } = useI18n();
  return (kind: string) => t(`docs.kind.${kind}` as TextKey);
}

/**
 * Shows a PDF or an image inline. The bytes are fetched with the session cookie and shown from
 * a blob URL, because the download route itself answers `attachment` under a sandboxing CSP.
 */
/** What it takes to show or download a document. */
type Viewable = Pick<RequestDocument, 'fileName' | 'mimeType' | 'downloadUrl'>;

function Preview({ doc, onClose }: { doc: Viewable; onClose: () => void }) {
  const { t } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let objectUrl: string | null = null;
    let live = true;
    fetch(doc.downloadUrl, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
      .then((blob) => {
        if (!live) return;
        objectUrl = URL.createObjectURL(new Blob([blob], { type: doc.mimeType }));
        setUrl(objectUrl);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [doc]);
  return (
    <Modal opened onClose={onClose} title={doc.fileName} size="xl">
      {failed ? (
        <Alert color="red" role="alert">
          {t('docs.loadFailed')}
        </Alert>
      ) : !url ? (
        <Text size="sm">{t('common.loading')}</Text>
      ) : doc.mimeType === 'application/pdf' ? (
        <iframe
          src={url}
          title={doc.fileName}
          style={{ width: '100%', height: '70vh', border: 0 }}
        />
      ) : (
        <Image src={url} alt={doc.fileName} fit="contain" mah="70vh" />
      )}
      <Group justify="flex-end" mt="sm">
        <Button component="a" href={doc.downloadUrl} variant="default" size="xs">
          {t('docs.download')}
        </Button>
      </Group>
    </Modal>
  );
}

/** A document's name, a button that shows it in place and a download link. */
export function DocumentLinks({ doc }: { doc: Viewable }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="compact-sm"
        variant="light"
        onClick={() => setOpen(true)}
        aria-label={t('docs.previewOf', { name: doc.fileName })}
      >
        {t('docs.preview')}
      </Button>
      <Anchor
        href={doc.downloadUrl}
        size="sm"
        aria-label={t('docs.downloadOf', { name: doc.fileName })}
      >
        {t('docs.download')}
      </Anchor>
      {open ? <Preview doc={doc} onClose={() => setOpen(false)} /> : null}
    </Group>
  );
}

/** Every document of the request: what it is, who attached it and when, to view or download. */
export function DocumentsCard({ documents }: { documents: readonly RequestDocument[] }) {
  const { t, lang } = useI18n();
  const kindLabel = useKindLabel();
  return (
    <SectionCard id="documents-h" title={t('docs.title')}>
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('docs.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table aria-labelledby="documents-h">
            <Table.Tbody>
              {documents.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm" fw={600}>
                        {kindLabel(d.kind)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {d.fileName} · {Math.ceil(d.sizeBytes / 1024)} KB
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{d.uploadedByName ?? t('docs.byRequester')}</Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(d.createdAt, lang)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <DocumentLinks doc={d} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
