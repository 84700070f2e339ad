import { z } from 'zod';
import { Id, pageOf, PageQuery, text } from './common';

/** Invoicing (revenue, G2): tracked apart from sales volume. */
export const InvoiceLineInput = z.object({
  /**
   * The finance system's own id of the line: posting it again updates it. Without one, a line is
   * known by its content, so posting the same line again changes nothing.
   */
  lineId: text().trim().min(1).max(100).optional(),
  accountId: Id,
  productId: Id.nullable().optional(),
  invoiceNumber: text().trim().min(1).max(60),
  invoicedOn: z.iso.date(),
  amount: z.number().min(-1e11).max(1e11),
  currency: text().regex(/^[A-Z]{3}$/, 'a three-letter currency code'),
  description: text().trim().max(500).optional(),
});
export const PostInvoiceLines = z.object({ lines: z.array(InvoiceLineInput).min(1).max(5000) });
export const InvoiceLine = InvoiceLineInput.omit({ lineId: true }).extend({
  id: Id,
  productId: Id.nullable(),
  productName: text().nullable(),
  description: text().nullable(),
});
export const InvoiceLinesQuery = PageQuery.extend({
  accountId: Id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const InvoiceLinePage = pageOf(InvoiceLine);
/** Per year: sales volume (signed, annual value) beside invoicing, reporting currency. */
export const AccountRevenue = z.object({
  reportingCurrency: text(),
  years: z.array(z.object({ year: z.number().int(), volume: z.number(), invoiced: z.number() })),
});
