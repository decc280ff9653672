import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App, Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../api';
import { HISTORY } from './history/queries';

/** Everything in the directory and the register is deleted softly and can be restored. */
type Removable = 'establishments' | 'agencies' | 'officials' | 'plans' | 'inspections';

interface Target {
  id: string;
  name: string;
  /** The version the user sees: a record changed meanwhile is not deleted (CONFLICT, with who and when). */
  version?: number;
}

const UNDO_SECONDS = 8;

/**
 * Delete with a confirmation, then a success notice with "Undo" for a few seconds;
 * restore for rows shown with the "deleted" switch. Refreshes every query of the entity
 * and the `related` ones (e.g. agencies count their officials).
 */
export function useSoftDelete(entity: Removable, related: QueryKey[] = []) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const refresh = () => Promise.all([[entity], HISTORY, ...related].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  const fail = (error: unknown) =>
    void message.error(error instanceof ApiCallError ? error.error.message : t('common.unexpectedError'));

  const restore = async (target: Target) => {
    try {
      await call(`${entity}.restore`, { id: target.id });
      await refresh();
      void message.success(t('common.restoredDone', { name: target.name }));
    } catch (error) {
      fail(error);
    }
  };

  const showUndo = (target: Target) => {
    const key = `undo-${target.id}`;
    const undo = () => {
      message.destroy(key);
      void restore(target);
    };
    void message.success({
      key,
      duration: UNDO_SECONDS,
      content: (
        <span>
          {t('common.deletedDone', { name: target.name })}{' '}
          <Button type="link" size="small" onClick={undo} style={{ paddingInline: 4 }}>
            {t('common.undo')}
          </Button>
        </span>
      ),
    });
  };

  const confirmRemove = (target: Target & { title: string; detail?: ReactNode }) =>
    modal.confirm({
      title: target.title,
      content: (
        <>
          {target.detail && <div>{target.detail}</div>}
          <div>{t('common.deleteHint')}</div>
        </>
      ),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const ref = { id: target.id, expectedVersion: target.version };
          await call(`${entity}.remove`, ref);
          await refresh();
          showUndo(target);
        } catch (error) {
          fail(error);
        }
      },
    });

  return { confirmRemove, restore };
}
