import { Button, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StartOptions } from './api';

interface Props {
  options: StartOptions;
  onChange: (options: StartOptions) => void;
  onStart: () => void;
  loading: boolean;
  /** Required fields are not mapped: nothing can be imported yet. */
  blocked: boolean;
}

/** All-or-nothing or the good rows; a dry run first if wanted. */
export function ImportOptions({ options, onChange, onStart, loading, blocked }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Radio.Group
        value={options.mode}
        onChange={(mode) => onChange({ ...options, mode: mode === 'good' ? 'good' : 'all' })}
        label={t('imports.options.mode')}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="all" label={t('imports.options.all')} description={t('imports.options.allHint')} />
          <Radio value="good" label={t('imports.options.good')} description={t('imports.options.goodHint')} />
        </Stack>
      </Radio.Group>
      <Checkbox
        label={t('imports.options.dryRun')}
        description={t('imports.options.dryRunHint')}
        checked={options.dryRun}
        onChange={(e) => onChange({ ...options, dryRun: e.currentTarget.checked })}
      />
      <Group justify="flex-end" gap="sm">
        {blocked && (
          <Text size="sm" c="red">
            {t('imports.options.blocked')}
          </Text>
        )}
        <Button
          leftSection={<IconFileImport size={18} />}
          onClick={onStart}
          loading={loading}
          disabled={blocked}
          data-testid="import-start"
        >
          {options.dryRun ? t('imports.options.startDry') : t('imports.options.start')}
        </Button>
      </Group>
    </Stack>
  );
}
