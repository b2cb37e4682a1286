import { Button, Loader, Menu } from '@mantine/core';
import {
  IconCalendarEvent,
  IconChevronDown,
  IconDownload,
  IconFileTypeDocx,
  IconFileTypePdf,
  IconPrinter,
} from '@tabler/icons-react';
import { conferenceCalendarUrl, conferenceDocumentUrl } from '../../api/conference.ts';
import { useDownload } from '../../components/useDownload.ts';
import { useT } from '../../i18n/useT.ts';

/** The printed agenda (PDF, Word, or the PDF opened to print) and the calendar entry. */
export function ConferenceDownloads({ campaignId }: { campaignId: string }) {
  const t = useT();
  const download = useDownload();
  const save = download.run;
  const agenda = t('conference.agendaFile');
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={download.pending ? <Loader size={14} /> : <IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          disabled={download.pending}
          aria-busy={download.pending}
        >
          {download.label ?? t('conference.downloads')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconFileTypePdf size={16} />}
          onClick={() => void save(conferenceDocumentUrl(campaignId, 'agenda.pdf'), `${agenda}.pdf`)}
        >
          {t('conference.agendaPdf')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileTypeDocx size={16} />}
          onClick={() => void save(conferenceDocumentUrl(campaignId, 'agenda.docx'), `${agenda}.docx`)}
        >
          {t('conference.agendaDocx')}
        </Menu.Item>
        <Menu.Item
          component="a"
          href={conferenceDocumentUrl(campaignId, 'agenda.pdf', { inline: true })}
          target="_blank"
          rel="noopener"
          leftSection={<IconPrinter size={16} />}
        >
          {t('conference.printAgenda')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconCalendarEvent size={16} />}
          onClick={() => void save(conferenceCalendarUrl(campaignId), 'hoi-nghi.ics')}
        >
          {t('conference.calendar')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
