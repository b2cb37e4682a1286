import { Button } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useI18n } from '../i18n/useT.ts';

export function LanguageToggle() {
  const { lang, setLang, t } = useI18n();
  const next = lang === 'vi' ? 'en' : 'vi';
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconLanguage size={16} />}
      onClick={() => setLang(next)}
      title={t('lang.switchToLabel')}
      lang={next}
    >
      {t('lang.switchTo')}
    </Button>
  );
}
