import { SimpleGrid, TextInput } from '@mantine/core';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/vi.ts';
import { PlanCard } from './PlanCard.tsx';
import { usePlanEditor } from './planEditorContext.ts';
import type { PlanPartProps, SignatureForm } from './planForm.ts';

const FIELDS: Array<{ field: keyof SignatureForm; label: MessageKey; placeholder?: MessageKey }> = [
  { field: 'authority', label: 'signature.authority', placeholder: 'signature.authorityPlaceholder' },
  { field: 'deputy', label: 'signature.deputy', placeholder: 'signature.deputyPlaceholder' },
  { field: 'title', label: 'signature.title', placeholder: 'signature.titlePlaceholder' },
  { field: 'name', label: 'signature.name' },
];

/** The signature block, printed on the right under the body. */
export function SignaturePart({ form, set }: PlanPartProps) {
  const t = useT();
  const { readOnly, errorOf } = usePlanEditor();
  return (
    <PlanCard title={t('plan.signature')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {FIELDS.map(({ field, label, placeholder }) => (
          <TextInput
            key={field}
            label={t(label)}
            description={field === 'deputy' ? t('signature.deputyHint') : undefined}
            placeholder={placeholder && t(placeholder)}
            value={form.signature[field]}
            onChange={(e) => set('signature', { ...form.signature, [field]: e.currentTarget.value })}
            error={errorOf(`signature.${field}`)}
            readOnly={readOnly}
            maxLength={200}
          />
        ))}
      </SimpleGrid>
    </PlanCard>
  );
}
