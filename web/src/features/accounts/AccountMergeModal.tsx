import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MergeDialog, useMergeChoice } from '../../shared/records/MergeDialog';
import { AccountSearchInput, type PickedAccount } from '../../shared/search/AccountSearchInput';
import { notify } from '../../shared/ui/notify';
import { useAccountDuplicates, useAccountMergePreview, useMergeAccounts } from './queries';

interface Props {
  account: { id: string; name: string };
  /** A duplicate already chosen (from the possible duplicates card). */
  initial?: PickedAccount | null;
  onClose: () => void;
}

/**
 * "Merge a duplicate…" on an account page: find the other account, choose which one stays, see what
 * moves, confirm — then the surviving account opens with a note of what happened.
 */
export function AccountMergeModal({ account, initial = null, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const merge = useMergeAccounts();
  const { picked, pick, keep, drop, dialogProps } = useMergeChoice<PickedAccount>(account, initial, merge.reset);
  const duplicates = useAccountDuplicates(account.id);
  const preview = useAccountMergePreview(keep?.id, drop?.id);

  const confirm = () => {
    if (!keep || !drop) return;
    merge.mutate(
      { keepId: keep.id, dropId: drop.id },
      {
        onSuccess: (kept) => {
          notify(t('records.duplicates.merged', { name: drop.name, into: kept.name }));
          onClose();
          void navigate(`/accounts/${kept.id}`);
        },
      },
    );
  };

  const p = preview.data;
  return (
    <MergeDialog
      opened
      onClose={onClose}
      title={t('records.merge.titleAccount', { name: account.name })}
      picker={
        <AccountSearchInput
          value={picked}
          onChange={pick}
          label={t('records.merge.pickAccount')}
          placeholder={t('records.merge.searchPlaceholder')}
          excludeId={account.id}
          testId="merge-pick"
          autoFocus
        />
      }
      suggestions={(duplicates.data ?? []).map((d) => ({ id: d.id, name: d.name }))}
      {...dialogProps}
      preview={{
        data: p && {
          keepName: p.keep.name,
          duplicateName: p.duplicate.name,
          moves: p.moves,
          filled: p.filled,
          canMerge: p.can.merge,
        },
        isFetching: preview.isFetching,
        error: preview.error,
      }}
      onConfirm={confirm}
      merging={merge.isPending}
      mergeError={merge.error}
    />
  );
}
