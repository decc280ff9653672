import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/schemas/plan';
import { useSoftDelete } from '../../ui/useSoftDelete';


/** Delete (confirmed, with undo) and restore, worded for plans. */
export function usePlanActions() {
  const { t } = useTranslation();
  const softDelete = useSoftDelete('plans');
  return {
    remove: (p: Plan) => softDelete.confirmRemove({ id: p.id, version: p.version, name: p.title, title: t('plans.deleteConfirm', { name: p.title }) }),
    restore: (p: Plan) => softDelete.restore({ id: p.id, name: p.title }),
  };
}
