import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { planDocumentUrl } from '../../api/campaigns.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { useT } from '../../i18n/useT.ts';

/** The printed plan as Word and PDF; a draft prints "DỰ THẢO". */
export function DownloadButtons({ campaignId }: { campaignId: string }) {
  const t = useT();
  return (
    <>
      <DownloadButton
        url={planDocumentUrl(campaignId, 'docx')}
        fileName="ke-hoach.docx"
        leftSection={<IconFileTypeDocx size={16} />}
      >
        {t('campaign.downloadDocx')}
      </DownloadButton>
      <DownloadButton
        url={planDocumentUrl(campaignId, 'pdf')}
        fileName="ke-hoach.pdf"
        leftSection={<IconFileTypePdf size={16} />}
      >
        {t('campaign.downloadPdf')}
      </DownloadButton>
    </>
  );
}
