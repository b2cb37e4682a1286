import { Text } from '@mantine/core';
import type { Submission } from '@tongket/domain';
import { useT } from '../../../i18n/useT.ts';
import classes from './DiffText.module.css';

type DiffParts = NonNullable<Submission['diff']>[string];

/** A section's text word by word: added words green and underlined, removed ones red and struck. */
export function DiffText({ parts }: { parts: DiffParts }) {
  const t = useT();
  return (
    <Text size="sm" component="div" className={classes.diff}>
      {parts.map((part, i) =>
        part.added ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are the text in order and never move
          <ins key={i} className={classes.added} title={t('diff.added')}>
            {part.value}
          </ins>
        ) : part.removed ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <del key={i} className={classes.removed} title={t('diff.removed')}>
            {part.value}
          </del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <span key={i}>{part.value}</span>
        ),
      )}
    </Text>
  );
}
