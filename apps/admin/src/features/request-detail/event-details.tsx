import { Stack, Text } from '@mantine/core';
import { DocumentLinks, type RequestDocument } from './documents-card';

/** One recorded input of an event, as the API labels it from the request's SOP version. */
export interface EventDetailView {
  key: string;
  label: string;
  type: string;
  text: string;
  attachments: readonly Pick<RequestDocument, 'id' | 'fileName' | 'mimeType' | 'downloadUrl'>[];
}

/** What an event recorded, field by field; files can be opened where they are named. */
export function EventDetails({ details }: { details: readonly EventDetailView[] }) {
  return (
    <Stack gap={6} component="dl" m={0}>
      {details.map((d) => (
        <div key={d.key}>
          <Text component="dt" size="xs" c="dimmed" fw={600}>
            {d.label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>
            {d.type === 'file' ? null : d.text}
          </Text>
          {d.attachments.map((a) => (
            <Stack key={a.id} gap={2} component="dd" m={0}>
              <Text size="sm">{a.fileName}</Text>
              <DocumentLinks doc={a} />
            </Stack>
          ))}
        </div>
      ))}
    </Stack>
  );
}
