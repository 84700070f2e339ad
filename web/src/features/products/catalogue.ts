import type { SalesGroup } from '@contract/org';
import { fold } from '../../shared/text/fold';
import type { Product } from './api';

export interface CatalogueGroup {
  id: string;
  name: string;
  description: string;
  families: { family: string; products: Product[] }[];
}

/** Products by sales group, then by family, each level in alphabetical order. */
export function catalogue(products: Product[], groups: SalesGroup[]): CatalogueGroup[] {
  const out: CatalogueGroup[] = [];
  const collator = new Intl.Collator();
  for (const group of [...groups].sort((a, b) => collator.compare(a.name, b.name))) {
    const own = products.filter((p) => p.salesGroupId === group.id);
    if (own.length === 0) continue;
    const families = [...new Set(own.map((p) => p.family))].sort(collator.compare).map((family) => ({
      family,
      products: own.filter((p) => p.family === family).sort((a, b) => collator.compare(a.name, b.name)),
    }));
    out.push({ id: group.id, name: group.name, description: group.description, families });
  }
  return out;
}

/** A product matches a search in its name, code, family or description (case- and accent-insensitive). */
export function matches(product: Product, query: string): boolean {
  const q = fold(query.trim());
  return !q || [product.name, product.code, product.family, product.description].some((s) => fold(s).includes(q));
}
