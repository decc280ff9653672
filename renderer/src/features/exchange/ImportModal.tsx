import { Alert, Button, Descriptions, Flex, Modal, Progress, Result, Statistic, Steps, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PackagePreview } from '../../../../shared/schemas/exchange';
import { formatVietnamTime } from '../../ui/formatValue';
import type { ImportFlow, ImportState } from './useImportFlow';

const STEP_OF: Record<ImportState['step'], number> = { idle: 0, reading: 0, checking: 1, preview: 2, applying: 3, done: 4, failed: 0 };

/** The import dialog: progress through reading and checking, the preview with its warnings, the merge, the outcome. */
export function ImportModal({ flow }: { flow: ImportFlow }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state } = flow;
  const busy = state.step === 'reading' || state.step === 'checking' || state.step === 'applying';
  const join = (state.step === 'preview' || state.step === 'applying') && state.preview.kind === 'join';
  const nothingNew = state.step === 'preview' && state.preview.kind === 'changes' && state.preview.newChanges === 0 && state.preview.files === 0;

  const footer =
    state.step === 'preview' || state.step === 'applying'
      ? [
          <Button key="cancel" disabled={state.step === 'applying'} onClick={flow.close}>
            {t('common.cancel')}
          </Button>,
          <Button key="apply" type="primary" disabled={nothingNew} loading={state.step === 'applying'} onClick={flow.apply}>
            {join ? t('exchange.receive.applyJoin') : t('exchange.receive.apply')}
          </Button>,
        ]
      : [
          <Button key="close" disabled={busy} onClick={flow.close}>
            {t('exchange.receive.close')}
          </Button>,
        ];

  return (
    <Modal
      open={state.step !== 'idle'}
      title={state.step !== 'idle' && t('exchange.receive.modalTitle', { file: state.fileName })}
      onCancel={busy ? undefined : flow.close}
      closable={!busy}
      mask={{ closable: false }}
      keyboard={!busy}
      width={720}
      footer={footer}
    >
      <Steps
        size="small"
        current={STEP_OF[state.step]}
        status={state.step === 'failed' ? 'error' : undefined}
        style={{ margin: '8px 0 20px' }}
        items={[
          { title: t('exchange.receive.stepRead') },
          { title: t('exchange.receive.stepCheck') },
          { title: t('exchange.receive.stepPreview') },
          { title: t('exchange.receive.stepApply') },
        ]}
      />
      <Body
        state={state}
        onOpenInbox={() => {
          flow.close();
          void navigate('/conflicts');
        }}
      />
    </Modal>
  );
}

function Body({ state, onOpenInbox }: { state: ImportState; onOpenInbox: () => void }) {
  const { t } = useTranslation();
  switch (state.step) {
    case 'idle':
      return null;
    case 'reading':
      return <Working text={t('exchange.receive.reading')} percent={state.percent} />;
    case 'checking':
      return <Working text={t('exchange.receive.checking')} />;
    case 'applying':
      return (
        <>
          <Working text={t('exchange.receive.applying')} />
          <PreviewView preview={state.preview} />
        </>
      );
    case 'preview':
      return <PreviewView preview={state.preview} />;
    case 'failed':
      return <Alert type="error" showIcon title={t('exchange.receive.refused')} description={state.message} />;
    case 'done': {
      const r = state.result;
      if (r.kind === 'join') return <Result status="success" title={t('exchange.receive.joinDone', { official: r.sender.officialName })} />;
      return (
        <Result
          status={r.conflictsExpected > 0 ? 'warning' : 'success'}
          title={t('exchange.receive.doneTitle', { official: r.sender.officialName })}
          subTitle={
            <Flex vertical gap={4}>
              <span>{r.applied ? t('exchange.receive.doneText', { count: r.newChanges }) : t('exchange.receive.doneNothing')}</span>
              {r.files > 0 && <span>{t('exchange.receive.doneFiles', { count: r.files })}</span>}
              {r.conflictsExpected > 0 && <Typography.Text strong>{t('exchange.receive.doneConflicts', { count: r.conflictsExpected })}</Typography.Text>}
              {r.clockWarning && <Typography.Text type="warning">{r.clockWarning}</Typography.Text>}
            </Flex>
          }
          extra={
            r.conflictsExpected > 0 && (
              <Button type="primary" onClick={onOpenInbox}>
                {t('exchange.receive.openInbox')}
              </Button>
            )
          }
        />
      );
    }
  }
}

function Working({ text, percent }: { text: string; percent?: number }) {
  return (
    <Flex vertical gap={4} style={{ marginBottom: 16 }} role="status">
      <Typography.Text>{text}</Typography.Text>
      <Progress percent={percent ?? 100} status="active" showInfo={percent !== undefined} />
    </Flex>
  );
}

/** What the package brings: from whom, records by kind, new changes, conflicts expected and a clock warning. */
export function PreviewView({ preview }: { preview: PackagePreview }) {
  const { t } = useTranslation();
  const rows = Object.entries(preview.rows).map(([label, count]) => ({ label, count }));
  return (
    <Flex vertical gap={16} role="region" aria-label={t('exchange.receive.stepPreview')}>
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          { key: 'from', label: t('exchange.receive.from'), children: t('exchange.receive.fromValue', { official: preview.sender.officialName, device: preview.sender.label }), span: 2 },
          { key: 'kind', label: t('exchange.receive.kind'), children: t(`exchange.packageKind.${preview.kind}`) },
          { key: 'at', label: t('exchange.receive.createdAt'), children: formatVietnamTime(preview.createdAt) },
          { key: 'team', label: t('exchange.receive.team'), children: preview.teamName, span: 2 },
          { key: 'fp', label: t('exchange.receive.fingerprint'), children: <Typography.Text code>{preview.sender.fingerprint}</Typography.Text>, span: 2 },
        ]}
      />
      {preview.clockWarning && <Alert type="warning" showIcon title={t('exchange.receive.clock')} description={preview.clockWarning} />}
      {preview.kind === 'join' ? (
        <Alert
          type="info"
          showIcon
          title={t('exchange.receive.joinText', { official: preview.sender.officialName, device: preview.sender.label, team: preview.teamName })}
        />
      ) : (
        <>
          <Flex gap={48}>
            <Statistic title={t('exchange.receive.newChanges')} value={preview.newChanges} />
            {preview.files > 0 && <Statistic title={t('exchange.receive.files')} value={preview.files} />}
            <Statistic
              title={t('exchange.receive.conflicts')}
              value={preview.conflictsExpected}
              styles={{ content: preview.conflictsExpected > 0 ? { color: '#b45309' } : undefined }}
            />
          </Flex>
          {preview.newChanges === 0 && preview.files === 0 && <Alert type="info" showIcon title={t('exchange.receive.nothingNew')} />}
          {rows.length > 0 && (
            <Table
              rowKey="label"
              size="small"
              pagination={false}
              dataSource={rows}
              aria-label={t('exchange.receive.recordKind')}
              columns={[
                { title: t('exchange.receive.recordKind'), dataIndex: 'label' },
                { title: t('exchange.receive.records'), dataIndex: 'count', align: 'right', width: 140 },
              ]}
            />
          )}
          {preview.conflictsExpected > 0 && (
            <Alert type="warning" showIcon title={t('exchange.receive.conflictsText', { count: preview.conflictsExpected })} />
          )}
        </>
      )}
    </Flex>
  );
}
