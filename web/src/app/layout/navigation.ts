import {
  IconAddressBook,
  IconArrowsExchange,
  IconBuildingStore,
  IconChartBar,
  IconChartFunnel,
  IconFileImport,
  IconHome,
  IconKey,
  IconPackage,
  IconSettings,
  IconTarget,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { Abilities, Me } from '@contract/auth';
import { canImport } from '../../shared/session/permissions';
import type { en } from '../../shared/i18n/locales/en';

export interface NavItem {
  to: string;
  label: keyof typeof en.nav;
  icon: Icon;
  /** Shown only to users with this ability. */
  requires?: keyof Abilities;
  /** Shown only to users this rule allows (e.g. roles that may import). */
  visible?: (me: Me) => boolean;
}

export interface NavSection {
  title?: keyof typeof en.nav;
  items: NavItem[];
}

export const navigation: NavSection[] = [
  {
    items: [
      { to: '/', label: 'home', icon: IconHome },
      { to: '/accounts', label: 'accounts', icon: IconBuildingStore },
      { to: '/contacts', label: 'contacts', icon: IconAddressBook },
      { to: '/products', label: 'products', icon: IconPackage },
      { to: '/pipeline', label: 'pipeline', icon: IconChartFunnel },
      { to: '/cross-selling', label: 'crossSelling', icon: IconArrowsExchange },
      { to: '/targets', label: 'targets', icon: IconTarget },
      { to: '/insights', label: 'insights', icon: IconChartBar },
    ],
  },
  {
    title: 'data',
    items: [{ to: '/import', label: 'import', icon: IconFileImport, visible: canImport }],
  },
  {
    title: 'administration',
    items: [
      { to: '/admin/users', label: 'users', icon: IconUsers, requires: 'manageUsers' },
      { to: '/admin/settings', label: 'settings', icon: IconSettings, requires: 'manageOrganisation' },
    ],
  },
  {
    title: 'settings',
    items: [{ to: '/settings/api-keys', label: 'apiKeys', icon: IconKey, requires: 'manageApiKeys' }],
  },
];
