import type { SpotlightActionData } from '@mantine/spotlight';
import { IconAddressBook, IconBolt, IconBuildingStore, IconChecklist, IconFileImport, IconPackage, IconPlus } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { Me } from '@contract/auth';
import { fold } from '../../shared/text/fold';
import { newTask } from '../../shared/tasks/taskStore';
import { quickLog } from './quickLogStore';

/** The palette's commands: log, create, and go to the main lists. */
export function paletteActions(t: TFunction, me: Me, go: (to: string) => void): SpotlightActionData[] {
  const icon = (I: typeof IconBolt) => <I size={18} stroke={1.6} />;
  const actions: (SpotlightActionData | false)[] = [
    {
      id: 'log',
      label: t('capture.palette.log'),
      description: t('capture.palette.logHint'),
      leftSection: icon(IconBolt),
      onClick: () => quickLog.open(),
    },
    { id: 'new-task', label: t('capture.palette.newTask'), leftSection: icon(IconChecklist), onClick: () => newTask.open() },
    { id: 'new-account', label: t('capture.palette.newAccount'), leftSection: icon(IconPlus), onClick: () => go('/accounts?new=1') },
    { id: 'go-accounts', label: t('capture.palette.goAccounts'), leftSection: icon(IconBuildingStore), onClick: () => go('/accounts') },
    { id: 'go-contacts', label: t('capture.palette.goContacts'), leftSection: icon(IconAddressBook), onClick: () => go('/contacts') },
    { id: 'go-products', label: t('capture.palette.goProducts'), leftSection: icon(IconPackage), onClick: () => go('/products') },
    me.can.importData && {
      id: 'go-import',
      label: t('capture.palette.goImport'),
      leftSection: icon(IconFileImport),
      onClick: () => go('/import'),
    },
  ];
  return actions.filter((a): a is SpotlightActionData => a !== false);
}

/** Actions whose words match what was typed (accent- and case-insensitive). */
export function matchingActions(actions: SpotlightActionData[], query: string): SpotlightActionData[] {
  const q = fold(query.trim());
  if (!q) return actions;
  return actions.filter((a) => fold(`${String(a.label ?? '')} ${String(a.description ?? '')}`).includes(q));
}

/** What was typed is the start of a command's name: the person is after the command, not a customer. */
export function startsAnAction(actions: SpotlightActionData[], query: string): boolean {
  const q = fold(query.trim());
  return q.length > 0 && actions.some((a) => fold(String(a.label ?? '')).startsWith(q));
}
