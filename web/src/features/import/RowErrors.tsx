import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RowError } from './api';

/** Row, column and reason for each problem (the reason is the server's own words). */
export function RowErrors({ errors }: { errors: RowError[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table fz="xs" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('imports.errors.row')}</Table.Th>
            <Table.Th w={160}>{t('imports.errors.column')}</Table.Th>
            <Table.Th>{t('imports.errors.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e, i) => (
            <Table.Tr key={i}>
              <Table.Td>{e.row}</Table.Td>
              <Table.Td>{e.column ?? '—'}</Table.Td>
              <Table.Td>
                {e.severity === 'warning' && (
                  <Badge size="xs" color="yellow" variant="light" mr={6}>
                    {t('imports.errors.warning')}
                  </Badge>
                )}
                {e.message}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
