import { App, Button } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Inspection } from '../../../../../shared/schemas/inspection';
import { ApiCallError, call } from '../../../api';
import { HISTORY } from '../../../ui/history/queries';
import { INSPECTIONS } from '../queries';

/** Deletes a draft record (started by mistake) after a confirmation, with Undo for a few seconds. */
export function useRemoveInspection() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refresh = () => Promise.all([INSPECTIONS, HISTORY].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  const fail = (error: unknown) => void message.error(error instanceof ApiCallError ? error.error.message : t('common.unexpectedError'));

  const undo = async (inspection: Inspection, key: string) => {
    message.destroy(key);
    try {
      await call('inspections.restore', { id: inspection.id });
      await refresh();
      navigate(`/inspections/${inspection.id}`);
    } catch (error) {
      fail(error);
    }
  };

  return (inspection: Inspection) =>
    modal.confirm({
      title: t('inspections.remove.title', { name: inspection.establishmentName }),
      content: t('inspections.remove.text'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const ref = { id: inspection.id, expectedVersion: inspection.version };
          await call('inspections.remove', ref);
          await refresh();
          navigate('/inspections');
          const key = `undo-${inspection.id}`;
          void message.success({
            key,
            duration: 8,
            content: (
              <span>
                {t('inspections.remove.done')}{' '}
                <Button type="link" size="small" onClick={() => void undo(inspection, key)} style={{ paddingInline: 4 }}>
                  {t('common.undo')}
                </Button>
              </span>
            ),
          });
        } catch (error) {
          fail(error);
        }
      },
    });
}
