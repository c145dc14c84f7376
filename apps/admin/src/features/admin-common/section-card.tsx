import { Card, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of a screen: a bordered `section` named by its h2 (`id`), its content below. */
export function SectionCard({
  id,
  title,
  children,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}
