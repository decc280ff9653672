import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { AgenciesPanel } from './AgenciesPanel';
import { OfficialsPanel } from './OfficialsPanel';

export function DirectoryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'agencies' ? 'agencies' : 'officials';
  return (
    <>
      <PageHeader title={t('directory.title')} description={t('directory.description')} />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'agencies' ? { tab: key } : {}, { replace: true })}
          items={[
            { key: 'officials', label: t('directory.tabOfficials'), children: <OfficialsPanel /> },
            { key: 'agencies', label: t('directory.tabAgencies'), children: <AgenciesPanel /> },
          ]}
        />
      </Card>
    </>
  );
}
