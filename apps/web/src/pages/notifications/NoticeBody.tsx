import { List, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { noticeBlocks } from './noticeText.ts';

/** A notice's whole body, line breaks kept, its "- " lines as a bulleted list. */
export function NoticeBody({ body }: { body: string }) {
  const blocks = useMemo(() => noticeBlocks(body), [body]);
  return (
    <Stack gap="sm">
      {blocks.map((block, i) =>
        block.kind === 'list' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are derived from fixed text, never reordered
          <List key={i} spacing={4} size="sm" withPadding>
            {block.items.map((item, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              <List.Item key={j}>{item}</List.Item>
            ))}
          </List>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {block.lines.join('\n')}
          </Text>
        ),
      )}
    </Stack>
  );
}
