import { Button, Card, Grid, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTemplate } from '@tabler/icons-react';
import type { Campaign } from '@tongket/domain';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSaveOutline } from '../../../api/campaigns.ts';
import { ApiError } from '../../../api/client.ts';
import { useT } from '../../../i18n/useT.ts';
import { SaveBar } from '../SaveBar.tsx';
import { SaveProblem } from '../SaveProblem.tsx';
import { scrollToFirstInvalid } from '../scrollToFirstInvalid.ts';
import { OutlineSectionRow } from './OutlineSectionRow.tsx';
import {
  addChild,
  addSiblingAfter,
  canAddChild,
  canIndent,
  canOutdent,
  emptySection,
  type FlatSection,
  flattenSections,
  formToOutlineInput,
  indentSection,
  isInlineOutlinePath,
  moveSection,
  type OutlineErrors,
  type OutlineForm,
  outdentSection,
  outlineErrorPath,
  outlineToForm,
  removeSection,
  type SectionForm,
  updateSection,
  validateOutline,
} from './outlineForm.ts';
import type { SectionAction } from './SectionActions.tsx';
import { TemplateModal } from './TemplateModal.tsx';

export interface OutlineEditorProps {
  campaign: Campaign;
  readOnly: boolean;
  /** Whether its tab is open: a closed tab draws no section, but keeps the copy being edited. */
  visible: boolean;
  onDirtyChange: (dirty: boolean) => void;
  onReload: () => void;
}

const snapshot = (form: OutlineForm) => JSON.stringify(formToOutlineInput(form));

function serverErrors(error: unknown): OutlineErrors {
  const out: OutlineErrors = {};
  if (!(error instanceof ApiError)) return out;
  for (const item of error.problem.errors ?? []) {
    const path = outlineErrorPath(item.field);
    if (!(path in out)) out[path] = item.message;
  }
  return out;
}

function apply(sections: SectionForm[], flat: FlatSection, action: SectionAction): SectionForm[] {
  switch (action) {
    case 'up':
      return moveSection(sections, flat.path, -1);
    case 'down':
      return moveSection(sections, flat.path, 1);
    case 'indent':
      return indentSection(sections, flat.path);
    case 'outdent':
      return outdentSection(sections, flat.path);
    case 'child':
      return addChild(sections, flat.path);
    case 'sibling':
      return addSiblingAfter(sections, flat.path);
    case 'remove':
      return removeSection(sections, flat.path);
  }
}

/** The report outline every unit writes to: a numbered tree of sections, saved whole. */
export function OutlineEditor({ campaign, readOnly, visible, onDirtyChange, onReload }: OutlineEditorProps) {
  const t = useT();
  const save = useSaveOutline(campaign.id);
  const [form, setForm] = useState<OutlineForm>(() => outlineToForm(campaign.outline));
  const [base, setBase] = useState(() => snapshot(outlineToForm(campaign.outline)));
  const [errors, setErrors] = useState<OutlineErrors>({});
  const [invalid, setInvalid] = useState(false);
  const [choosing, setChoosing] = useState(false);

  const current = useMemo(() => snapshot(form), [form]);
  const dirty = !readOnly && current !== base;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const edit = useCallback((change: (form: OutlineForm) => OutlineForm) => {
    setForm(change);
    setInvalid(false);
  }, []);
  const flat = useMemo(() => flattenSections(form.sections), [form.sections]);

  const submit = () => {
    const found = validateOutline(form, t('common.required'));
    setErrors(found);
    setInvalid(Object.keys(found).length > 0);
    if (Object.keys(found).length > 0) {
      scrollToFirstInvalid();
      return;
    }
    const sent = current;
    save.mutate(
      { version: campaign.version, outline: formToOutlineInput(form) },
      {
        onSuccess: (saved) => {
          const savedForm = outlineToForm(saved.outline);
          setBase(snapshot(savedForm));
          setForm((now) => (snapshot(now) === sent ? savedForm : now));
          notifications.show({ color: 'teal', message: t('common.saved') });
        },
        onError: (error) => {
          setErrors(serverErrors(error));
          scrollToFirstInvalid();
        },
      },
    );
  };

  const enabledFor = (item: FlatSection): Record<SectionAction, boolean> => ({
    up: item.path[item.path.length - 1] !== 0,
    down: (item.path[item.path.length - 1] as number) < item.siblings - 1,
    indent: canIndent(form.sections, item.path),
    outdent: canOutdent(item.path),
    child: canAddChild(item.path),
    sibling: true,
    remove: true,
  });

  if (!visible) return null;
  return (
    <Stack gap="md">
      <Card withBorder p={{ base: 'sm', sm: 'lg' }} radius="md">
        <Title order={2} size="h4">
          {t('outline.heading')}
        </Title>
        <Text size="sm" c="dimmed" mt={4}>
          {t('outline.headingHint')}
        </Text>
        <Grid mt="sm">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label={t('outline.title')}
              placeholder={t('outline.titlePlaceholder')}
              value={form.title}
              onChange={(e) => {
                const title = e.currentTarget.value;
                edit((f) => ({ ...f, title }));
              }}
              error={errors.title}
              readOnly={readOnly}
              maxLength={100}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              label={t('outline.summary')}
              placeholder={t('outline.summaryPlaceholder')}
              value={form.summary}
              onChange={(e) => {
                const summary = e.currentTarget.value;
                edit((f) => ({ ...f, summary }));
              }}
              error={errors.summary}
              readOnly={readOnly}
              maxLength={500}
            />
          </Grid.Col>
        </Grid>
      </Card>

      <Card withBorder p={{ base: 'sm', sm: 'lg' }} radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('outline.sections')}
          </Title>
          {!readOnly && (
            <Button
              variant="light"
              size="compact-md"
              leftSection={<IconTemplate size={16} />}
              onClick={() => setChoosing(true)}
            >
              {t('outline.useTemplate')}
            </Button>
          )}
        </Group>
        <Stack gap="xs">
          {flat.length === 0 && <Text c="dimmed">{t('outline.empty')}</Text>}
          {flat.map((item) => (
            <OutlineSectionRow
              key={item.section.key}
              flat={item}
              readOnly={readOnly}
              enabled={enabledFor(item)}
              errorOf={(path) => errors[path]}
              onChange={(patch) =>
                edit((f) => ({ ...f, sections: updateSection(f.sections, item.path, patch) }))
              }
              onAction={(action) => {
                // Messages are tied to positions, which this changes.
                setErrors({});
                edit((f) => ({ ...f, sections: apply(f.sections, item, action) }));
              }}
            />
          ))}
          {!readOnly && (
            <Group>
              <Button
                variant="light"
                size="compact-sm"
                leftSection={<IconPlus size={14} />}
                onClick={() => edit((f) => ({ ...f, sections: [...f.sections, emptySection()] }))}
              >
                {t('outline.addTop')}
              </Button>
            </Group>
          )}
        </Stack>
      </Card>

      {!readOnly && (
        <SaveBar dirty={dirty} pending={save.isPending} onSave={submit}>
          <SaveProblem
            error={save.isPending ? null : save.error}
            invalidBeforeSending={invalid}
            toPath={outlineErrorPath}
            isInline={isInlineOutlinePath}
            onReload={onReload}
          />
        </SaveBar>
      )}

      <TemplateModal
        opened={choosing}
        onClose={() => setChoosing(false)}
        onChoose={(template) => {
          edit(() => outlineToForm(template.outline, false));
          setErrors({});
          setChoosing(false);
        }}
      />
    </Stack>
  );
}
