import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** Last line of defence when a page crashes: say so plainly and offer a reload. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <Result
      status="error"
      title={t('common.unexpectedError')}
      extra={<Button type="primary" onClick={() => window.location.reload()}>{t('common.retry')}</Button>}
    />
  );
}
