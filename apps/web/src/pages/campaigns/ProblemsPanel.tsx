import { Alert, List, Spoiler, Text } from '@mantine/core';
import { IconChecklist, IconCircleCheck } from '@tabler/icons-react';
import { useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT.ts';

/** How many sentences show before "Xem tất cả"; the fold falls between two, never through one. */
const SHOWN = 5;

/** What still stops the draft from being issued, as the server checked it after the last save. */
export function ProblemsPanel({ problems }: { problems: readonly string[] }) {
  const t = useT();
  const listRef = useRef<HTMLDivElement>(null);
  const [fold, setFold] = useState(Number.MAX_SAFE_INTEGER);
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again when the sentences change
  useLayoutEffect(() => {
    const list = listRef.current;
    const items = list?.querySelectorAll('li') ?? [];
    const last = items[SHOWN - 1];
    // Below the fifth sentence, however many lines each wraps onto.
    setFold(
      list && last && items.length > SHOWN
        ? Math.ceil(last.getBoundingClientRect().bottom - list.getBoundingClientRect().top)
        : Number.MAX_SAFE_INTEGER,
    );
  }, [problems]);
  if (problems.length === 0) {
    return (
      <Alert color="teal" icon={<IconCircleCheck />} title={t('campaign.readyTitle')}>
        {t('campaign.ready')}
      </Alert>
    );
  }
  return (
    <Alert
      color="yellow"
      icon={<IconChecklist />}
      title={t('campaign.problemsTitle', { count: problems.length })}
      role="region"
      aria-label={t('campaign.problemsLabel')}
    >
      <Spoiler maxHeight={fold} showLabel={t('campaign.problemsMore')} hideLabel={t('campaign.problemsLess')}>
        <div ref={listRef}>
          <List size="sm" spacing={2}>
            {problems.map((problem, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same sentence may come twice
              <List.Item key={i}>
                <Text size="sm" span>
                  {problem}
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
      </Spoiler>
    </Alert>
  );
}
