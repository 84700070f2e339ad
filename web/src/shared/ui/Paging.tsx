import { Group, NativeSelect, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';

interface Props {
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  /** The total is the server's estimate ("of about 250,000"). */
  estimated?: boolean;
  /** Offer these page sizes ("rows per page"), and what to do when one is picked. */
  pageSizes?: readonly number[];
  onPageSize?: (pageSize: number) => void;
}

/** "1–50 of 312" and the page buttons under a list (server paging). */
export function Paging({ total, page, pageSize, onPage, estimated = false, pageSizes, onPageSize }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  if (total === 0) return null;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="md" wrap="wrap" gap="sm">
      <Text size="sm" c="dimmed" data-testid="page-range">
        {t(estimated ? 'common.pageRangeAbout' : 'common.pageRange', { from: format.number(from), to: format.number(to), total: format.number(total) })}
      </Text>
      {pageSizes && onPageSize && total > Math.min(...pageSizes) && (
        <NativeSelect
          size="xs"
          label={t('common.rowsPerPage')}
          data={pageSizes.map((n) => String(n))}
          value={String(pageSize)}
          onChange={(e) => onPageSize(Number(e.currentTarget.value))}
          data-testid="page-size"
          styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 }, label: { fontWeight: 400 } }}
        />
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onPage}
          size="sm"
          siblings={1}
          getControlProps={(control) => ({
            'aria-label': control === 'previous' ? t('common.previousPage') : control === 'next' ? t('common.nextPage') : control,
          })}
        />
      )}
    </Group>
  );
}
