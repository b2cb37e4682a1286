import { Button, Loader, Menu } from '@mantine/core';
import {
  IconAward,
  IconChevronDown,
  IconDownload,
  IconFileSpreadsheet,
  IconFileTypeDocx,
  IconFileTypePdf,
} from '@tabler/icons-react';
import type { Decision, DecisionFile } from '@tongket/domain';
import type { ReactNode } from 'react';
import { decisionDocumentUrl } from '../../../api/decisions.ts';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { useDownload } from '../../../components/useDownload.ts';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/vi.ts';

const FILES: Array<{ file: DecisionFile; label: MessageKey; icon: ReactNode }> = [
  { file: 'decision.docx', label: 'decision.downloadDocx', icon: <IconFileTypeDocx size={16} /> },
  { file: 'decision.pdf', label: 'decision.downloadPdf', icon: <IconFileTypePdf size={16} /> },
  { file: 'list.xlsx', label: 'decision.downloadList', icon: <IconFileSpreadsheet size={16} /> },
];
const CERTIFICATES = {
  file: 'certificates.pdf' as const,
  label: 'decision.downloadCertificates' as const,
  icon: <IconAward size={16} />,
};

/**
 * The decision as Word and PDF, its list as Excel, and — once issued — the certificates to print:
 * buttons on a wide screen, one "Tải về" menu on a phone.
 */
export function DecisionDownloads({ decision }: { decision: Decision }) {
  const t = useT();
  const files = decision.status === 'issued' ? [...FILES, CERTIFICATES] : FILES;
  // The phone's menu closes once a file is chosen: its button says the file is coming.
  const fromMenu = useDownload();
  // The server names each file; these are only for an answer without a name.
  const nameOf = (file: DecisionFile) => `quyet-dinh-${file}`;
  return (
    <>
      {files.map(({ file, label, icon }) => (
        <DownloadButton
          key={file}
          url={decisionDocumentUrl(decision.id, file)}
          fileName={nameOf(file)}
          variant={file === 'certificates.pdf' ? 'filled' : 'default'}
          color={file === 'certificates.pdf' ? 'teal' : undefined}
          leftSection={icon}
          visibleFrom="sm"
          data-testid={`decision-download-${file}`}
        >
          {t(label)}
        </DownloadButton>
      ))}
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button
            hiddenFrom="sm"
            variant="default"
            leftSection={fromMenu.pending ? <Loader size={14} /> : <IconDownload size={16} />}
            rightSection={<IconChevronDown size={14} />}
            disabled={fromMenu.pending}
            aria-busy={fromMenu.pending}
          >
            {fromMenu.label ?? t('decision.download')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {files.map(({ file, label, icon }) => (
            <Menu.Item
              key={file}
              leftSection={icon}
              onClick={() => void fromMenu.run(decisionDocumentUrl(decision.id, file), nameOf(file))}
            >
              {t(label)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
