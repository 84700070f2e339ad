import {
  IconAddressBook,
  IconArrowsExchange,
  IconCertificate,
  IconBuildingStore,
  IconChartBar,
  IconChartDots,
  IconChartFunnel,
  IconClipboardCheck,
  IconFileImport,
  IconHeartHandshake,
  IconHistory,
  IconHome,
  IconKey,
  IconMessages,
  IconPackage,
  IconSettings,
  IconTarget,
  IconTrophy,
  IconTargetArrow,
  IconUsers,
  IconWebhook,
  IconWorld,
  type Icon,
} from '@tabler/icons-react';
import type { Abilities } from '@contract/auth';
import type { en } from '../../shared/i18n/locales/en';

export interface NavItem {
  to: string;
  label: keyof typeof en.nav;
  icon: Icon;
  /** Shown only to users with this ability (`me.can`, from the server's policies). */
  requires?: keyof Abilities;
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
      { to: '/game', label: 'game', icon: IconTrophy },
      { to: '/leads', label: 'leads', icon: IconTargetArrow },
      { to: '/retention', label: 'retention', icon: IconHeartHandshake },
      { to: '/account-plans', label: 'accountPlans', icon: IconClipboardCheck, requires: 'viewPlanCoverage' },
      { to: '/one-to-ones', label: 'oneToOnes', icon: IconMessages },
      { to: '/certifications', label: 'certifications', icon: IconCertificate, requires: 'viewCertificationCoverage' },
      { to: '/coverage', label: 'coverage', icon: IconWorld },
      { to: '/targets', label: 'targets', icon: IconTarget },
      { to: '/overview', label: 'insights', icon: IconChartBar },
    ],
  },
  {
    title: 'data',
    items: [{ to: '/import', label: 'import', icon: IconFileImport, requires: 'importData' }],
  },
  {
    title: 'administration',
    items: [
      { to: '/admin/users', label: 'users', icon: IconUsers, requires: 'manageUsers' },
      { to: '/admin/settings', label: 'settings', icon: IconSettings, requires: 'manageOrganisation' },
      { to: '/admin/webhooks', label: 'webhooks', icon: IconWebhook, requires: 'manageWebhooks' },
      { to: '/admin/audit', label: 'auditTrail', icon: IconHistory, requires: 'viewAuditLog' },
      { to: '/admin/adoption', label: 'adoption', icon: IconChartDots, requires: 'viewAdoption' },
    ],
  },
  {
    title: 'settings',
    items: [{ to: '/settings/api-keys', label: 'apiKeys', icon: IconKey, requires: 'manageApiKeys' }],
  },
];
