import { Button, Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** The period has no done inspection: say so, and where inspections are recorded. */
export function DashboardEmpty() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card>
      <Empty
        style={{ padding: '40px 0' }}
        description={
          <>
            <strong>{t('reports.empty.title')}</strong>
            <br />
            {t('dashboard.emptyText')}
          </>
        }
      >
        <Button type="primary" onClick={() => navigate('/inspections')}>
          {t('dashboard.openInspections')}
        </Button>
      </Empty>
    </Card>
  );
}
