import { Alert, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import type { Preview } from './api';
import { RowErrors } from './RowErrors';

/** The first rows as the file has them, and the first problems found in the whole file. */
export function PreviewSample({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errors = preview.errors.filter((e) => e.severity !== 'warning');
  return (
    <>
      <Table.ScrollContainer minWidth={Math.max(480, preview.headers.length * 140)} mb="md">
        <Table striped withTableBorder fz="xs" data-testid="import-sample">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>#</Table.Th>
              {preview.headers.map((h) => (
                <Table.Th key={h} style={{ whiteSpace: 'nowrap' }}>
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sample.map((row, i) => (
              <Table.Tr key={i}>
                <Table.Td c="dimmed">{i + 2}</Table.Td>
                {preview.headers.map((h) => (
                  <Table.Td key={h} maw={240} style={{ overflowWrap: 'anywhere' }}>
                    {row[h] || (
                      <Text span c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {preview.missingRequired.length > 0 ? (
        <Alert variant="light" color="yellow" icon={<IconAlertTriangle size={18} />}>
          {t('imports.preview.unmapped')}
        </Alert>
      ) : preview.errors.length === 0 ? (
        <Alert variant="light" color="teal" icon={<IconCircleCheck size={18} />}>
          {t('imports.preview.clean', { count: preview.rows, rows: format.number(preview.rows) })}
        </Alert>
      ) : (
        <Alert
          variant="light"
          color={errors.length ? 'red' : 'yellow'}
          icon={<IconAlertTriangle size={18} />}
          title={
            preview.errors.length >= 100
              ? t('imports.preview.problemsMany', { count: preview.errors.length })
              : t('imports.preview.problems', { count: preview.errors.length })
          }
          data-testid="import-preview-errors"
        >
          <RowErrors errors={preview.errors} />
        </Alert>
      )}
    </>
  );
}
