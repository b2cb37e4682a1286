import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Campaign, CampaignPatch, PlanPatch } from '@tongket/domain';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useUpdateCampaign } from '../../../api/campaigns.ts';
import { ApiError } from '../../../api/client.ts';
import { useT } from '../../../i18n/useT.ts';
import { SaveBar } from '../SaveBar.tsx';
import { SaveProblem } from '../SaveProblem.tsx';
import { scrollToFirstInvalid } from '../scrollToFirstInvalid.ts';
import { useUnitScope } from '../unitScope.ts';
import { AwardsPart } from './AwardsPart.tsx';
import { BudgetPart } from './BudgetPart.tsx';
import { DelegatesPart } from './DelegatesPart.tsx';
import { DocumentInfoPart } from './DocumentInfoPart.tsx';
import { GeneralPart } from './GeneralPart.tsx';
import { ParagraphsPart } from './ParagraphsPart.tsx';
import { ProgrammePart } from './ProgrammePart.tsx';
import { PlanEditorContext, type PlanEditorContextValue } from './planEditorContext.ts';
import {
  changedFields,
  errorPathsOf,
  formToOutput,
  hasChanges,
  isInlinePath,
  type PlanErrors,
  type PlanForm,
  planErrorPath,
  planToForm,
  rebaseForm,
  type SetPlanField,
  validatePlanForm,
} from './planForm.ts';
import { RecipientsPart } from './RecipientsPart.tsx';
import { SignaturePart } from './SignaturePart.tsx';
import { TasksPart } from './TasksPart.tsx';
import { TimeVenuePart } from './TimeVenuePart.tsx';

export interface PlanEditorProps {
  campaign: Campaign;
  readOnly: boolean;
  /**
   * Whether its tab is open. A closed tab draws none of the plan's fields (some 400 inputs), but
   * the copy being edited stays here, so a look at another tab loses no unsaved change.
   */
  visible: boolean;
  onDirtyChange: (dirty: boolean) => void;
  /** Replace every editor's copy with the server's (after a conflict). */
  onReload: () => void;
}

function withoutPaths(errors: PlanErrors, prefixes: string[]): PlanErrors {
  const keys = Object.keys(errors);
  const drop = keys.filter((k) => prefixes.some((p) => k === p || k.startsWith(`${p}.`)));
  if (drop.length === 0) return errors;
  const next = { ...errors };
  for (const k of drop) delete next[k];
  return next;
}

function serverErrors(error: unknown): PlanErrors {
  const out: PlanErrors = {};
  if (!(error instanceof ApiError)) return out;
  for (const item of error.problem.errors ?? []) {
    const path = planErrorPath(item.field);
    if (!(path in out)) out[path] = item.message;
  }
  return out;
}

/**
 * The whole plan in one form. A save sends only the top-level fields that changed, with the
 * version the copy came from; the answer brings the new version and what still blocks issuing.
 */
export function PlanEditor({ campaign, readOnly, visible, onDirtyChange, onReload }: PlanEditorProps) {
  const t = useT();
  const update = useUpdateCampaign(campaign.id);
  const scope = useUnitScope(campaign.issuingUnitId);
  const [form, setForm] = useState<PlanForm>(() => planToForm(campaign));
  const [base, setBase] = useState(() => formToOutput(planToForm(campaign)));
  const [errors, setErrors] = useState<PlanErrors>({});
  const [invalid, setInvalid] = useState(false);

  const output = useMemo(() => formToOutput(form), [form]);
  const changes = useMemo(() => changedFields(output, base), [output, base]);
  const dirty = !readOnly && hasChanges(changes);

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const set = useCallback<SetPlanField>((key, value) => {
    setForm((current) => ({ ...current, [key]: value }));
    setErrors((current) => withoutPaths(current, errorPathsOf(key)));
    setInvalid(false);
  }, []);

  const save = () => {
    const found = validatePlanForm(form, { date: t('common.invalidDate'), clock: t('plan.invalidClock') });
    setErrors(found);
    setInvalid(Object.keys(found).length > 0);
    if (Object.keys(found).length > 0) {
      scrollToFirstInvalid();
      return;
    }
    const sent = output;
    const body: CampaignPatch = { version: campaign.version };
    if (changes.name) body.name = sent.name;
    if (changes.kind) body.kind = sent.kind;
    if (changes.fields.length > 0) {
      body.plan = Object.fromEntries(changes.fields.map((f) => [f, sent.plan[f]])) as PlanPatch;
    }
    update.mutate(body, {
      onSuccess: (saved) => {
        const savedForm = planToForm(saved);
        setBase(formToOutput(savedForm));
        setForm((current) => rebaseForm(current, sent, savedForm));
        notifications.show({ color: 'teal', message: t('common.saved') });
      },
      onError: (error) => {
        setErrors(serverErrors(error));
        scrollToFirstInvalid();
      },
    });
  };

  const context = useMemo<PlanEditorContextValue>(
    () => ({ readOnly, errorOf: (path) => errors[path], scope }),
    [readOnly, errors, scope],
  );
  const part = { form, set };

  if (!visible) return null;
  return (
    <PlanEditorContext value={context}>
      <Stack gap="md">
        <GeneralPart {...part} />
        <DocumentInfoPart {...part} />
        <ParagraphsPart
          {...part}
          field="situation"
          title={t('plan.opening')}
          label={t('plan.situation')}
          description={t('plan.paragraphsHint')}
        />
        <ParagraphsPart
          {...part}
          field="purpose"
          title={t('plan.purposeTitle')}
          label={t('plan.purpose')}
          description={t('plan.paragraphsHint')}
        />
        <ProgrammePart {...part} />
        <TimeVenuePart {...part} />
        <DelegatesPart {...part} />
        <BudgetPart {...part} />
        <AwardsPart {...part} />
        <TasksPart {...part} />
        <ParagraphsPart
          {...part}
          field="closing"
          title={t('plan.closingTitle')}
          label={t('plan.closing')}
          description={t('plan.closingHint')}
        />
        <RecipientsPart {...part} />
        <SignaturePart {...part} />
        {!readOnly && (
          <SaveBar dirty={dirty} pending={update.isPending} onSave={save}>
            <SaveProblem
              error={update.isPending ? null : update.error}
              invalidBeforeSending={invalid}
              toPath={planErrorPath}
              isInline={isInlinePath}
              onReload={onReload}
            />
          </SaveBar>
        )}
      </Stack>
    </PlanEditorContext>
  );
}
