/** The card a reader sees now lives in shared code: the cross-selling form asks its questions too. */
export { cardFor, type ShownCard } from '../../shared/domain/cardFor';
