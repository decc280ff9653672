import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateWarning } from '../../../../shared/schemas/establishment';

/**
 * After a save, possible duplicates (same tax code, same name in the commune) stay on screen
 * until closed, each with a link to the other record.
 */
export function useDuplicateNotice() {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  return (warnings: DuplicateWarning[]) => {
    if (warnings.length === 0) return;
    notification.warning({
      title: t('establishment.duplicates.title'),
      placement: 'bottomRight',
      duration: 0,
      description: (
        <>
          <div>{t('establishment.duplicates.text')}</div>
          <ul style={{ paddingInlineStart: 18, margin: '6px 0 0' }}>
            {warnings.map((w) => (
              <li key={`${w.reason}-${w.establishmentId}`}>
                {w.message} — <Link to={`/establishments/${w.establishmentId}`}>{t('establishment.duplicates.open')}</Link>
              </li>
            ))}
          </ul>
        </>
      ),
    });
  };
}
