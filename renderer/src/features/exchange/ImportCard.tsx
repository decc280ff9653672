import { InboxOutlined } from '@ant-design/icons';
import { Card, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { ImportModal } from './ImportModal';
import { useImportFlow } from './useImportFlow';

/** "Nhập gói": drop or choose a package (or a join request); what it brings is shown before anything is applied. */
export function ImportCard() {
  const { t } = useTranslation();
  const flow = useImportFlow();
  return (
    <Card title={t('exchange.receive.title')} size="small">
      <Upload.Dragger
        accept=".ldtx"
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          flow.start(file);
          return false;
        }}
        aria-label={t('exchange.receive.drop')}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('exchange.receive.drop')}</p>
        <Typography.Paragraph type="secondary" className="ant-upload-hint" style={{ padding: '0 12px' }}>
          {t('exchange.receive.dropHint')}
        </Typography.Paragraph>
      </Upload.Dragger>
      <ImportModal flow={flow} />
    </Card>
  );
}
