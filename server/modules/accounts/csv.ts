import type { z } from 'zod';
import type { AccountListItem } from '@contract/accounts';
import { industryCsvColumns, type CsvColumn } from '../../platform/csv-export';
import type { AppContext } from '../../platform/context';
import { customCsvColumns } from '../custom-fields/service';
import { localeOf } from '../users/service';

type ListItem = z.infer<typeof AccountListItem>;

/**
 * The export's columns: the built-in ones (the industry as its code and its name in the exporting
 * user's language), then the custom fields in use. An import reads the file back as it is.
 */
export async function accountCsvColumns(ctx: AppContext, userId: string): Promise<CsvColumn<ListItem>[]> {
  const locale = await localeOf(ctx, userId);
  const builtIn: CsvColumn<ListItem>[] = [
    { header: 'Name', value: (a) => a.name },
    { header: 'Org number', value: (a) => a.orgNumber },
    { header: 'Status', value: (a) => a.status },
    ...industryCsvColumns<ListItem>(locale, (a) => a.industry),
    { header: 'Size', value: (a) => a.size },
    { header: 'Market', value: (a) => a.marketCode },
    { header: 'Street', value: (a) => a.street },
    { header: 'Postal code', value: (a) => a.postalCode },
    { header: 'City', value: (a) => a.city },
    { header: 'Country', value: (a) => a.country },
    { header: 'Website', value: (a) => a.website },
    { header: 'Phone', value: (a) => a.phone },
    { header: 'Parent', value: (a) => a.parentName },
    { header: 'Global account', value: (a) => (a.isGlobal ? 'yes' : '') },
    { header: 'Owner', value: (a) => a.ownerName },
    { header: 'Last business', value: (a) => a.lastBusinessAt?.slice(0, 10) },
    { header: 'Korsa ID', value: (a) => a.id },
  ];
  return [...builtIn, ...(await customCsvColumns<ListItem>(ctx, 'account'))];
}
