import { Alert, App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InspectionDetail } from '../../../../../shared/schemas/inspection';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { INSPECTIONS, useSuggestions } from '../queries';

/**
 * "Hoàn tất biên bản": a confirmation that says what is still open and what to look at again
 * (the record's warnings, e.g. an inspection dated after today), then the lock. Unsaved
 * changes in a section must be saved first: once locked they could no longer be.
 */
export function useFinaliseConfirm(detail: InspectionDetail, unsaved: string[]) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const suggestions = useSuggestions(detail.inspection.id);
  const finalise = useCommandMutation('inspections.finalise', {
    invalidates: [INSPECTIONS],
    onSuccess: () => void message.success(t('inspections.finalise.done')),
  });
  const notChecked = detail.checklist.filter((row) => row.applies && row.result === 'not_checked').length;
  const pending = suggestions.data?.length ?? 0;
  // The service refuses it; said here first so the refusal is no surprise.
  const noWitness = detail.inspection.refusedToSign && !detail.inspection.refusalWitnessName;

  const confirm = () => {
    if (unsaved.length > 0) {
      modal.warning({ title: t('inspections.finalise.unsavedTitle'), content: t('inspections.finalise.unsavedText', { sections: unsaved.join(', ') }), okText: t('inspections.finalise.unsavedOk') });
      return;
    }
    modal.confirm({
      title: t('inspections.finalise.title'),
      width: 520,
      content: (
        <>
          <p>{t('inspections.finalise.text')}</p>
          <ul style={{ paddingInlineStart: 20, margin: 0 }}>
            <li>{t('inspections.finalise.counts', { minors: detail.minors.length, violations: detail.violations.length, commitments: detail.commitments.length })}</li>
            {notChecked > 0 && <li><Typography.Text type="warning">{t('inspections.finalise.notChecked', { count: notChecked })}</Typography.Text></li>}
            {pending > 0 && <li><Typography.Text type="warning">{t('inspections.finalise.pendingSuggestions', { count: pending })}</Typography.Text></li>}
            {noWitness && <li><Typography.Text type="warning">{t('inspections.finalise.noWitness')}</Typography.Text></li>}
          </ul>
          {detail.warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              title={t('inspections.finalise.warnings')}
              description={
                <ul style={{ paddingInlineStart: 18, margin: 0 }}>
                  {detail.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              }
            />
          )}
        </>
      ),
      okText: t('inspections.finalise.confirm'),
      cancelText: t('common.cancel'),
      onOk: () => finalise.mutate({ id: detail.inspection.id }),
    });
  };

  return { confirm, pending: finalise.isPending };
}
