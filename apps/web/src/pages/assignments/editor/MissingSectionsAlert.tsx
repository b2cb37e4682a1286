import { Alert, Anchor, List, ScrollArea, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useT } from '../../../i18n/useT.ts';
import { sectionAnchor } from './SectionEditor.tsx';

export interface MissingSection {
  sectionId: string;
  label: string;
  title: string;
}

/** A required figure left empty, in the section (numbered as the outline does) that holds it. */
export interface MissingIndicator {
  indicatorId: string;
  sectionId: string;
  label: string;
  name: string;
}

/** Brings a section into view and puts the cursor in its text. */
export function goToSection(sectionId: string) {
  const element = document.getElementById(sectionAnchor(sectionId));
  if (!element) return;
  element.scrollIntoView({ block: 'start', behavior: 'smooth' });
  element.querySelector<HTMLElement>('[contenteditable="true"]')?.focus({ preventScroll: true });
}

export interface MissingSectionsAlertProps {
  missing: MissingSection[];
  /** Required figures still empty. */
  figures?: MissingIndicator[];
  /** The server's sentence, for what is not a section (a speech's text, a film's link). */
  detail: string;
  onClose: () => void;
}

/** The required sections and figures still empty, each a link to its section; a long list scrolls in its own box. */
export function MissingSectionsAlert({ missing, figures = [], detail, onClose }: MissingSectionsAlertProps) {
  const t = useT();
  return (
    <Alert
      color="red"
      icon={<IconAlertCircle />}
      role="alert"
      p="xs"
      title={t('submit.missingTitle')}
      withCloseButton
      onClose={onClose}
    >
      {missing.length === 0 && figures.length === 0 ? (
        <Text size="sm">{detail}</Text>
      ) : (
        <ScrollArea.Autosize mah="28vh" type="auto">
          <List size="sm" spacing={2}>
            {missing.map((m) => (
              <List.Item key={m.sectionId}>
                <Anchor component="button" type="button" size="sm" onClick={() => goToSection(m.sectionId)}>
                  {m.label}. {m.title.replace(/[:.]\s*$/, '')}
                </Anchor>
              </List.Item>
            ))}
            {figures.map((m) => (
              <List.Item key={m.indicatorId}>
                <Anchor component="button" type="button" size="sm" onClick={() => goToSection(m.sectionId)}>
                  {t('submit.missingIndicator', { name: m.name, label: m.label })}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
      )}
    </Alert>
  );
}
