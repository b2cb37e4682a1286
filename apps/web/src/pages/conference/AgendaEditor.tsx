import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Conference } from '@tongket/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useConference, useSaveConference } from '../../api/conference.ts';
import { useLeaveGuard } from '../../components/useLeaveGuard.ts';
import { useT } from '../../i18n/useT.ts';
import { SaveBar } from '../campaigns/SaveBar.tsx';
import { SaveProblem } from '../campaigns/SaveProblem.tsx';
import { scrollToFirstInvalid } from '../campaigns/scrollToFirstInvalid.ts';
import { AgendaCard } from './AgendaCard.tsx';
import { ConferenceDetailsCard } from './ConferenceDetailsCard.tsx';
import {
  type ConferenceErrors,
  type ConferenceForm,
  conferenceErrorPath,
  conferenceToForm,
  formToInput,
  isInlineConferencePath,
  liveSchedule,
  sameInput,
  serverErrors,
  validateConference,
  warningsByRow,
} from './conferenceForm.ts';

export interface AgendaEditorProps {
  campaignId: string;
  conference: Conference;
  /** Only the organisers edit, and only while the round is open. */
  readOnly: boolean;
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * The conference's details and its agenda in one form, saved whole with the version it was read
 * at. While nothing is edited it follows the server's copy (someone else's save, a first delegate
 * creating the conference); once edited it keeps the person's copy, so a save from a stale version
 * is refused with the conflict shown and nothing typed is lost.
 */
export function AgendaEditor({ campaignId, conference, readOnly, onDirtyChange }: AgendaEditorProps) {
  const t = useT();
  const save = useSaveConference(campaignId);
  const query = useConference(campaignId);
  const [base, setBase] = useState<Conference>(conference);
  const [form, setForm] = useState<ConferenceForm>(() => conferenceToForm(conference));
  const [errors, setErrors] = useState<ConferenceErrors>({});
  const [invalid, setInvalid] = useState(false);

  const input = useMemo(() => formToInput(form, base.version), [form, base.version]);
  const baseInput = useMemo(() => formToInput(conferenceToForm(base), base.version), [base]);
  const dirty = !readOnly && !sameInput(input, baseInput);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useLeaveGuard(dirty, t('editor.leaveConfirm'));

  // A newer copy from the server replaces an untouched form; an edited one is kept as typed.
  useEffect(() => {
    if (dirtyRef.current) return;
    setBase(conference);
    setForm(conferenceToForm(conference));
  }, [conference]);

  const schedule = useMemo(() => liveSchedule(form), [form]);
  const warnings = useMemo(() => warningsByRow(form, base, dirty), [form, base, dirty]);

  const set = <K extends keyof ConferenceForm>(key: K, value: ConferenceForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setErrors((current) => {
      const drop = Object.keys(current).filter((k) => k === key || k.startsWith(`${key}.`));
      if (drop.length === 0) return current;
      const next = { ...current };
      for (const k of drop) delete next[k];
      return next;
    });
    setInvalid(false);
  };

  const submit = () => {
    const found = validateConference(form, {
      required: t('common.required'),
      date: t('common.invalidDate'),
      clock: t('plan.invalidClock'),
      endBeforeStart: t('conference.endBeforeStart'),
      tentativeNeedsDate: t('conference.tentativeNeedsDate'),
      itemTitle: t('conference.itemTitleRequired'),
      duration: t('conference.durationInvalid'),
    });
    setErrors(found);
    setInvalid(Object.keys(found).length > 0);
    if (Object.keys(found).length > 0) {
      scrollToFirstInvalid();
      return;
    }
    save.mutate(input, {
      onSuccess: (saved) => {
        setBase(saved);
        setForm(conferenceToForm(saved));
        setErrors({});
        notifications.show({
          color: saved.warnings.length > 0 ? 'orange' : 'teal',
          message:
            saved.warnings.length > 0
              ? t('conference.savedWithWarnings', { count: saved.warnings.length })
              : t('conference.saved'),
        });
      },
      onError: (error) => {
        if (error instanceof ApiError) setErrors(serverErrors(error.problem.errors ?? []));
        scrollToFirstInvalid();
      },
    });
  };

  const reload = async () => {
    const fresh = await query.refetch();
    if (!fresh.data) return;
    save.reset();
    setErrors({});
    setBase(fresh.data);
    setForm(conferenceToForm(fresh.data));
  };

  return (
    <Stack gap="md" data-testid="agenda-editor">
      <ConferenceDetailsCard
        form={form}
        set={set}
        errors={errors}
        groups={conference.groups}
        readOnly={readOnly}
        invitationReleased={base.invitationReleased}
      />
      <AgendaCard
        rows={form.agenda}
        onChange={(rows) => set('agenda', rows)}
        slots={schedule.slots}
        warnings={warnings}
        candidates={conference.candidates}
        errors={errors}
        readOnly={readOnly}
      />
      {!readOnly && (
        <SaveBar dirty={dirty} pending={save.isPending} onSave={submit}>
          <SaveProblem
            error={save.isPending ? null : save.error}
            invalidBeforeSending={invalid}
            toPath={conferenceErrorPath}
            isInline={isInlineConferencePath}
            onReload={() => void reload()}
          />
        </SaveBar>
      )}
    </Stack>
  );
}
