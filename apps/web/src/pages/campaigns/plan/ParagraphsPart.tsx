import { Textarea } from '@mantine/core';
import { PlanCard } from './PlanCard.tsx';
import { usePlanEditor } from './planEditorContext.ts';
import type { PlanForm, SetPlanField } from './planForm.ts';

type ParagraphField = 'situation' | 'purpose' | 'closing';

export interface ParagraphsPartProps {
  form: PlanForm;
  set: SetPlanField;
  field: ParagraphField;
  title: string;
  label: string;
  description: string;
}

/** A part of the plan that is running text, one paragraph per line. */
export function ParagraphsPart({ form, set, field, title, label, description }: ParagraphsPartProps) {
  const { readOnly, errorOf } = usePlanEditor();
  return (
    <PlanCard title={title}>
      <Textarea
        label={label}
        description={description}
        value={form[field]}
        onChange={(e) => set(field, e.currentTarget.value)}
        error={errorOf(field)}
        readOnly={readOnly}
        autosize
        minRows={3}
        maxRows={16}
        maxLength={20_000}
      />
    </PlanCard>
  );
}
