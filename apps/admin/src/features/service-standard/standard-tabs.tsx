import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { type Content, StandardDiff } from './standard-diff';
import { StandardPreview } from './standard-preview';
import { useStandardText } from './text';

export type InForce = (Content & { versionNo: number }) | null;

interface TabsProps {
  versionNo: number;
  isInForce?: boolean;
  effectiveAt?: string | null;
  inForce: InForce;
  jangkaWaktu: readonly string[];
  current: Content;
  content: ReactNode;
}

/** The content, the public page it gives, and its changes against the version in force. */
export function StandardTabs({
  versionNo,
  isInForce,
  effectiveAt,
  inForce,
  jangkaWaktu,
  current,
  content,
}: TabsProps) {
  const t = useStandardText();
  return (
    <Tabs defaultValue="content">
      <Tabs.List>
        <Tabs.Tab value="content">{t('tabContent')}</Tabs.Tab>
        <Tabs.Tab value="preview">{t('tabPreview')}</Tabs.Tab>
        <Tabs.Tab value="diff">
          {inForce ? t('tabDiff', { no: inForce.versionNo }) : t('tabDiffNone')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="content" pt="md">
        {content}
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="md">
        <StandardPreview
          versionNo={versionNo}
          effectiveAt={effectiveAt}
          components={current.components}
          jangkaWaktu={jangkaWaktu}
          maklumat={current.maklumat}
        />
      </Tabs.Panel>
      <Tabs.Panel value="diff" pt="md">
        <StandardDiff inForce={inForce} current={current} isInForce={isInForce} />
      </Tabs.Panel>
    </Tabs>
  );
}
