import { Box, Button, Menu } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@contract/common';
import { currentLocale, switchLocale } from '../i18n/i18n';
import { languageNames, uiLocales } from '../i18n/language';

interface Props {
  /** Called after the UI has switched, e.g. to save the choice on the user. */
  onChanged?: (locale: Locale) => void;
}

/** The language switcher: a button named "Language" / "Språk" opening a menu of languages. */
export function LanguageMenu({ onChanged }: Props) {
  const { t } = useTranslation();
  const current = currentLocale();
  const choose = async (locale: Locale) => {
    await switchLocale(locale);
    onChanged?.(locale);
  };
  return (
    <Menu position="bottom-end" width={200} shadow="md">
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px="xs"
          aria-label={`${t('languages.label')} (${current.toUpperCase()})`}
          title={t('languages.label')}
          leftSection={<IconLanguage size={18} stroke={1.6} />}
          rightSection={
            <Box component="span" visibleFrom="sm" display="flex">
              <IconChevronDown size={14} />
            </Box>
          }
          data-testid="language-menu"
        >
          {current.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('languages.label')}</Menu.Label>
        {uiLocales.map((locale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            onClick={() => void choose(locale)}
            rightSection={locale === current ? <IconCheck size={16} /> : null}
            aria-current={locale === current ? 'true' : undefined}
          >
            {languageNames[locale]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
