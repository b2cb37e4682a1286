import { Button } from '@mantine/core';
import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { planDocumentUrl } from '../../api/campaigns.ts';
import { useT } from '../../i18n/useT.ts';

/** The printed plan as Word and PDF; a draft prints "DỰ THẢO". */
export function DownloadButtons({ campaignId }: { campaignId: string }) {
  const t = useT();
  return (
    <>
      <Button
        component="a"
        href={planDocumentUrl(campaignId, 'docx')}
        download
        variant="default"
        leftSection={<IconFileTypeDocx size={16} />}
      >
        {t('campaign.downloadDocx')}
      </Button>
      <Button
        component="a"
        href={planDocumentUrl(campaignId, 'pdf')}
        download
        variant="default"
        leftSection={<IconFileTypePdf size={16} />}
      >
        {t('campaign.downloadPdf')}
      </Button>
    </>
  );
}
