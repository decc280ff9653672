import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api';

/** A failed load: what went wrong in the service's words, and a retry. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('common.loadFailed')}
      description={error instanceof ApiCallError ? error.error.message : undefined}
      action={<Button size="small" onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
