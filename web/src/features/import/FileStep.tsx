import { FileInput, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { importEntities, importSources, oneOf, type ImportEntity, type ImportSource } from '../../shared/domain/vocabulary';
import { useSalesGroups } from '../../shared/org/queries';

interface Props {
  entity: ImportEntity;
  onEntity: (entity: ImportEntity) => void;
  source: ImportSource | null;
  onSource: (source: ImportSource | null) => void;
  file: File | null;
  onFile: (file: File | null) => void;
  /** Orders: their lines in a second file (optional). */
  lines: File | null;
  onLines: (file: File | null) => void;
  salesGroup: string | null;
  onSalesGroup: (name: string | null) => void;
}

const DETECT = 'detect';

/** What to import, from which system, and the file itself. */
export function FileStep({ entity, onEntity, source, onSource, file, onFile, lines, onLines, salesGroup, onSalesGroup }: Props) {
  const { t } = useTranslation();
  const groups = useSalesGroups();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('imports.entity')}
          data={importEntities.map((e) => ({ value: e, label: t(`imports.entities.${e}`) }))}
          value={entity}
          onChange={(v) => oneOf(importEntities, v) && onEntity(v)}
          allowDeselect={false}
          data-testid="import-entity"
        />
        <Select
          label={t('imports.source')}
          data={[
            { value: DETECT, label: t('imports.detect') },
            ...importSources.map((s) => ({ value: s, label: t(`imports.sources.${s}`) })),
          ]}
          value={source ?? DETECT}
          onChange={(v) => onSource(oneOf(importSources, v) ? v : null)}
          allowDeselect={false}
        />
        {entity === 'products' && (
          <Select
            label={t('imports.salesGroup')}
            description={t('imports.salesGroupHint')}
            data={(groups.data ?? []).map((g) => g.name)}
            value={salesGroup}
            onChange={onSalesGroup}
            clearable
          />
        )}
      </SimpleGrid>
      <FileInput
        label={t('imports.file')}
        placeholder={t('imports.filePlaceholder')}
        leftSection={<IconFileTypeCsv size={18} />}
        accept=".csv,text/csv,text/plain"
        value={file}
        onChange={onFile}
        clearable
        data-testid="import-file"
      />
      {entity === 'orders' && (
        <FileInput
          label={t('imports.linesFile')}
          description={t('imports.linesFileHint')}
          placeholder={t('imports.linesFilePlaceholder')}
          leftSection={<IconFileTypeCsv size={18} />}
          accept=".csv,text/csv,text/plain"
          value={lines}
          onChange={onLines}
          clearable
          data-testid="import-lines-file"
        />
      )}
      <Group gap="xs">
        <Text size="xs" c="dimmed">
          {t('imports.fileHint')}
        </Text>
      </Group>
    </Stack>
  );
}
