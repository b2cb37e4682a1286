import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCalendarEvent,
  IconChevronDown,
  IconDownload,
  IconFileTypeDocx,
  IconFileTypePdf,
  IconPrinter,
} from '@tabler/icons-react';
import { useState } from 'react';
import { conferenceCalendarUrl, conferenceDocumentUrl } from '../../api/conference.ts';
import { useErrorMessage } from '../../api/errors.ts';
import { downloadFile } from '../../components/downloadFile.ts';
import { useT } from '../../i18n/useT.ts';

/** The printed agenda (PDF, Word, or the PDF opened to print) and the calendar entry. */
export function ConferenceDownloads({ campaignId }: { campaignId: string }) {
  const t = useT();
  const message = useErrorMessage();
  const [pending, setPending] = useState(false);
  const save = async (url: string, name: string) => {
    setPending(true);
    try {
      await downloadFile(url, name);
    } catch (error) {
      notifications.show({ color: 'red', message: message(error) });
    } finally {
      setPending(false);
    }
  };
  const agenda = t('conference.agendaFile');
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={pending}
        >
          {t('conference.downloads')}
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
