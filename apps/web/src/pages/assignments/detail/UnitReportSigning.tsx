import { Alert, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { IconRosetteDiscountCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type AssignmentDetail, formatOfficialDate } from '@tongket/domain';
import { useState } from 'react';
import { assignmentDetailKey, attachmentUrl } from '../../../api/assignments.ts';
import { unitReportEdxmlUrl } from '../../../api/signing.ts';
import { useT } from '../../../i18n/useT.ts';
import { DocumentSigningPanel } from '../../campaigns/SigningPanel.tsx';
import { useLiveDraft } from '../liveDraft.ts';

const CODE = /^[A-ZĐ0-9][A-ZĐ0-9.&-]{0,39}$|^$/u;

/** The attachment that is the unit's report released through signing, if it is on the draft. */
export function releasedReport(detail: AssignmentDetail) {
  return detail.attachments.find((a) => a.release);
}

/**
 * "Ký số" on the unit's own report (docs/signatures.md, "Units' reports"): the head of the unit signs
 * the saved report as it will be sent (with the notation and signature block given here), the unit's
 * văn thư releases it with a number from the unit's register and a date; the signed PDF is then on
 * the report's attachments and the text is fixed (the editor says why). For the unit's own officers,
 * while the report can still be sent; the signatures stay listed after.
 */
export function UnitReportSigning({ detail }: { detail: AssignmentDetail }) {
  const t = useT();
  const queryClient = useQueryClient();
  const id = detail.assignment.id;
  const released = releasedReport(detail);
  const live = useLiveDraft(id);
  const [code, setCode] = useState('');
  const [signerTitle, setSignerTitle] = useState('');
  const [signerName, setSignerName] = useState('');
  const codeInvalid = !CODE.test(code.trim());
  // What is typed but not saved yet is not what the head of the unit would sign.
  const dirty = live !== undefined && JSON.stringify(live) !== JSON.stringify(detail.draft.content);
  const release = released?.release;
  return (
    <>
      {release && (
        <Alert color="teal" icon={<IconRosetteDiscountCheck />} data-testid="unit-report-released">
          {t('signing.unitReportReleased', {
            reference: release.reference,
            date: formatOfficialDate(release.docDate),
          })}
        </Alert>
      )}
      <DocumentSigningPanel
        target={{
          kind: 'unit_report',
          id,
          version: detail.draft.version,
          draft: detail.canEdit && !released,
          canSign: detail.canEdit,
          docNumber: '',
          docDate: null,
          docCode: code.trim() || 'BC-',
          pdfUrl: released ? attachmentUrl(released.id) : '',
          released: Boolean(released),
          edxmlUrl: unitReportEdxmlUrl(id),
          edxmlName: 'bao-cao.edxml',
          stepFields: {
            code: code.trim(),
            signerTitle: signerTitle.trim(),
            signerName: signerName.trim(),
          },
        }}
        dirty={dirty}
        onReleased={() => void queryClient.invalidateQueries({ queryKey: assignmentDetailKey(id) })}
        fields={
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
            <TextInput
              label={t('reportDoc.code')}
              description={t('reportDoc.codeHint')}
              placeholder="BC-"
              value={code}
              autoComplete="off"
              maxLength={40}
              onChange={(e) => setCode(e.currentTarget.value.toLocaleUpperCase('vi-VN'))}
              error={codeInvalid ? t('reportDoc.codeInvalid') : undefined}
              data-testid="unit-signing-code"
            />
            <TextInput
              label={t('reportDoc.signerName')}
              value={signerName}
              autoComplete="off"
              maxLength={100}
              onChange={(e) => setSignerName(e.currentTarget.value)}
              data-testid="unit-signing-signer-name"
            />
            <Textarea
              label={t('reportDoc.signerTitle')}
              placeholder="THỦ TRƯỞNG ĐƠN VỊ"
              autosize
              minRows={2}
              maxLength={200}
              value={signerTitle}
              onChange={(e) => setSignerTitle(e.currentTarget.value)}
            />
          </SimpleGrid>
        }
      />
    </>
  );
}
