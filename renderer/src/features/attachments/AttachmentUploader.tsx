import { CheckCircleFilled, CloseCircleFilled, CloseOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, List, Progress, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES } from '../../../../shared/schemas/attachment';
import { ApiCallError, call } from '../../api';
import { HISTORY } from '../../ui/history/queries';
import { LIMIT_MB, megabytes, readAsBase64 } from './files';
import { ATTACHMENTS, type Owner } from './queries';

/**
 * One file at a time, in the order chosen: the gallery keeps that order, and a large photo is
 * never held in memory beside another (the service re-encodes each with all cores anyway).
 */
const AT_ONCE = 1;

type Status = 'waiting' | 'reading' | 'sending' | 'done' | 'failed';

interface Item {
  key: string;
  name: string;
  percent: number;
  status: Status;
  /** The service's message, or what the file became (duplicate, location removed). */
  note?: string;
}

let counter = 0;

/** Drop zone and file picker: several photos or PDFs at once, each with its progress and outcome. */
export function AttachmentUploader({ owner }: { owner: Owner }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [items, setItems] = useState<Item[]>([]);
  const queue = useRef<{ key: string; file: File }[]>([]);
  const running = useRef(0);

  const update = (key: string, patch: Partial<Item>) => setItems((all) => all.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  const send = async ({ key, file }: { key: string; file: File }) => {
    try {
      update(key, { status: 'reading', percent: 0 });
      const base64 = await readAsBase64(file, (fraction) => update(key, { percent: Math.round(fraction * 45) }));
      update(key, { status: 'sending', percent: 55 });
      const result = await call('attachments.add', { ...owner, fileName: file.name, base64 });
      update(key, {
        status: 'done',
        percent: 100,
        note: result.duplicate ? t('attachments.duplicate') : result.locationRemoved ? t('attachments.locationRemoved') : t('attachments.done'),
      });
      await Promise.all([ATTACHMENTS, HISTORY].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    } catch (error) {
      update(key, { status: 'failed', note: error instanceof ApiCallError ? error.error.message : t('common.unexpectedError') });
    }
  };

  const pump = () => {
    while (running.current < AT_ONCE && queue.current.length > 0) {
      const next = queue.current.shift()!;
      running.current += 1;
      void send(next).finally(() => {
        running.current -= 1;
        pump();
      });
    }
  };

  const take = (file: File) => {
    const key = `upload-${(counter += 1)}`;
    if (file.size > MAX_ATTACHMENT_BYTES) {
      // Refused here, before the file is read or sent: the same rule the service applies.
      setItems((all) => [...all, { key, name: file.name, percent: 0, status: 'failed', note: t('attachments.tooLarge', { name: file.name, size: megabytes(file.size), limit: LIMIT_MB }) }]);
      return;
    }
    setItems((all) => [...all, { key, name: file.name, percent: 0, status: 'waiting' }]);
    queue.current.push({ key, file });
    pump();
  };

  const done = items.filter((i) => i.status === 'done').length;
  const failed = items.filter((i) => i.status === 'failed').length;
  const busy = items.some((i) => i.status !== 'done' && i.status !== 'failed');

  return (
    <Flex vertical gap={12}>
      <Upload.Dragger
        multiple
        accept={ATTACHMENT_ACCEPT}
        showUploadList={false}
        beforeUpload={(file) => {
          take(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('attachments.drop')}</p>
        <p className="ant-upload-hint" style={{ paddingInline: 16 }}>
          {t('attachments.dropHint', { size: LIMIT_MB })}
        </p>
      </Upload.Dragger>
      {items.length > 0 && (
        <section aria-label={t('attachments.progress', { done, total: items.length })}>
          <Flex justify="space-between" align="center" gap={8}>
            <Typography.Text strong role="status">
              {t('attachments.progress', { done, total: items.length })}
              {failed > 0 && <Typography.Text type="danger"> · {t('attachments.progressFailed', { count: failed })}</Typography.Text>}
            </Typography.Text>
            {!busy && <Button size="small" type="text" icon={<CloseOutlined aria-hidden />} aria-label={t('attachments.clearProgress')} onClick={() => setItems([])} />}
          </Flex>
          <Progress percent={Math.round((done / items.length) * 100)} status={busy ? 'active' : failed ? 'exception' : 'success'} showInfo={false} size="small" />
          <List
            size="small"
            dataSource={items}
            renderItem={(item) => (
              <List.Item key={item.key} aria-label={item.name} data-status={item.status}>
                <Flex vertical gap={2} style={{ width: '100%' }}>
                  <Flex gap={8} align="center">
                    {item.status === 'done' && <CheckCircleFilled style={{ color: '#16a34a' }} aria-hidden />}
                    {item.status === 'failed' && <CloseCircleFilled style={{ color: '#dc2626' }} aria-hidden />}
                    <Typography.Text ellipsis style={{ flex: 1 }}>{item.name}</Typography.Text>
                  </Flex>
                  {item.status === 'failed' || item.status === 'done' ? (
                    <Typography.Text type={item.status === 'failed' ? 'danger' : 'secondary'} style={{ fontSize: 12.5 }}>
                      {item.note}
                    </Typography.Text>
                  ) : (
                    <Flex gap={8} align="center">
                      <Progress percent={item.percent} size="small" status="active" style={{ flex: 1, margin: 0 }} />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {item.status === 'sending' ? t('attachments.sending') : t('attachments.reading')}
                      </Typography.Text>
                    </Flex>
                  )}
                </Flex>
              </List.Item>
            )}
          />
        </section>
      )}
    </Flex>
  );
}
