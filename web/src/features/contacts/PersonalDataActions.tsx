import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { PersonalDataMenu } from '../../shared/privacy/PersonalDataMenu';
import { notify } from '../../shared/ui/notify';
import type { ContactDetail } from './api';
import { useContactWrites } from './queries';

/** A person's data request (GDPR), for admins: export everything about the contact, or erase them by anonymising. */
export function PersonalDataActions({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  const writes = useContactWrites(contact.id);
  return (
    <PersonalDataMenu
      kind="contacts"
      id={contact.id}
      name={`${contact.firstName} ${contact.lastName}`}
      erasure={{
        text: t('privacy.eraseText'),
        pending: writes.erase.isPending,
        run: (input, done) =>
          writes.erase.mutate(input, {
            onSuccess: (r) => {
              done();
              notify(t('privacy.erased', { count: r.dealsKept }));
            },
            onError: (e) => notify(errorMessage(e, t), 'error'),
          }),
      }}
    />
  );
}
