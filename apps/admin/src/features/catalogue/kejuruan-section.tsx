import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { PageLoader } from '../../components/page-loader';
import { ListTable, RowButton } from '../admin-common/list-table';
import type { Kejuruan } from './kejuruan-form';
import { useCatalogueText } from './text';

// The form and the shared schema behind it load only when a dialog opens.
const KejuruanForm = lazy(async () => ({
  default: (await import('./kejuruan-form')).KejuruanForm,
}));

/** The kejuruan list under the program table, with add and rename. */
export function KejuruanSection({
  kejuruan,
  onChanged,
}: {
  kejuruan: readonly Kejuruan[];
  onChanged: (text: string) => void;
}) {
  const t = useCatalogueText();
  const [dialog, setDialog] = useState<{ existing: Kejuruan | null } | null>(null);
  return (
    <Stack component="section" aria-labelledby="kejuruan-title" gap="sm">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2} size="h3" id="kejuruan-title">
            {t('kejuruanTitle')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('kejuruanIntro')}
          </Text>
        </Stack>
        <Button variant="light" onClick={() => setDialog({ existing: null })}>
          {t('kejuruanAdd')}
        </Button>
      </Group>
      <ListTable
        minWidth={null}
        maw={640}
        aria-labelledby="kejuruan-title"
        rows={kejuruan}
        rowKey={(k) => k.code}
        columns={[
          { head: t('kejuruanCode'), cell: (k) => k.code },
          { head: t('kejuruanName'), cell: (k) => k.name },
          {
            head: t('colActions'),
            cell: (k) => (
              <RowButton
                label={t('kejuruanRename')}
                name={k.name}
                onClick={() => setDialog({ existing: k })}
              />
            ),
          },
        ]}
      />
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={
          dialog?.existing
            ? t('kejuruanRenameNamed', { name: dialog.existing.name })
            : t('kejuruanAdd')
        }
      >
        {dialog ? (
          <Suspense fallback={<PageLoader />}>
            <KejuruanForm
              existing={dialog.existing}
              onCancel={() => setDialog(null)}
              onDone={(k) => {
                const before = dialog.existing;
                setDialog(null);
                onChanged(
                  before
                    ? t('kejuruanRenamed', { code: k.code, name: k.name })
                    : t('kejuruanCreated', { name: k.name }),
                );
              }}
            />
          </Suspense>
        ) : null}
      </Modal>
    </Stack>
  );
}
