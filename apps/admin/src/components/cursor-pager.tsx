import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../lib/i18n';

/** Where a server-paged list is: the cursor of every page seen, the last one shown. */
export interface CursorPages {
  /** The `after` cursor of the page shown (`null` on the first). */
  after: string | null;
  /** The page shown, from 1. */
  page: number;
  previous: () => void;
  next: (endCursor: string) => void;
  /** Back to the first page (after a filter or sort change). */
  reset: () => void;
}

/** Cursor paging state for a list the server pages (`first`/`after`). */
export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1] ?? null,
    page: cursors.length,
    previous: () => setCursors((c) => c.slice(0, -1)),
    next: (endCursor) => setCursors((c) => [...c, endCursor]),
    reset: () => setCursors([null]),
  };
}

/**
 * Previous / next under a server-paged list, hidden while there is only one page; `numbered`
 * shows "Halaman N" between the buttons.
 */
export function CursorPager({
  pages,
  pageInfo,
  numbered = false,
}: {
  pages: CursorPages;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
  numbered?: boolean;
}) {
  const { t } = useI18n();
  const endCursor = pageInfo?.endCursor;
  return (
    <Group display={pages.page <= 1 && !pageInfo?.hasNextPage ? 'none' : 'flex'}>
      <Button variant="default" disabled={pages.page <= 1} onClick={pages.previous}>
        {t('page.previous')}
      </Button>
      {numbered ? (
        <Text size="sm" c="dimmed">
          {t('page.number', { page: pages.page })}
        </Text>
      ) : null}
      <Button
        variant="default"
        disabled={!pageInfo?.hasNextPage}
        onClick={() => endCursor && pages.next(endCursor)}
      >
        {t('page.next')}
      </Button>
    </Group>
  );
}
