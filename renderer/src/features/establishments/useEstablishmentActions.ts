import { useTranslation } from 'react-i18next';
import type { Establishment } from '../../../../shared/schemas/establishment';
import { useSoftDelete } from '../../ui/useSoftDelete';

/** Delete (confirmed, with undo) and restore, worded for establishments. */
export function useEstablishmentActions() {
  const { t } = useTranslation();
  const softDelete = useSoftDelete('establishments');
  return {
    remove: (e: Establishment) =>
      softDelete.confirmRemove({ id: e.id, version: e.version, name: e.name, title: t('establishment.deleteConfirm', { name: e.name }) }),
    restore: (e: Establishment) => softDelete.restore({ id: e.id, name: e.name }),
  };
}
