import { CheckOutlined, DeleteOutlined, EditOutlined, RollbackOutlined, SwapOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Flex, Row, Tag, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConflictEntry } from '../../../../shared/schemas/exchange';
import { LEADERS } from '../../../../shared/schemas/user';
import { formatVietnamTime } from '../../ui/formatValue';
import { useCan, useRole } from '../../ui/session';
import { useCommandMutation } from '../../ui/useCommandMutation';
import { EXCHANGE, refreshEverything } from './queries';
import { fieldText, recordPath, sideText } from './conflictText';
import { EditValueModal } from './EditValueModal';

type Side = ConflictEntry['current'];
type Choice = 'a' | 'b' | 'value' | 'dismiss' | 'restore' | 'keep_deleted';


/**
 * One entry of the inbox: the record, the field, both values with who and when, which one holds
 * now; keep it, take the other, write another value, or dismiss.
 */
export function ConflictCard({ entry }: { entry: ConflictEntry }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const role = useRole();
  const [editing, setEditing] = useState(false);
  const canResolve = useCan('exchange.resolveConflict') && (entry.kind !== 'locked_record' || Boolean(role && LEADERS.includes(role)));
  // A deletion against an edit touches two fields (the deletion stamp, the edited ones): it is
  // settled by restoring the record with the edit, or keeping it deleted.
  const deletion = entry.kind === 'delete_edit';
  const pickSide = canResolve && !deletion;
  const resolve = useCommandMutation('exchange.resolveConflict', {
    invalidates: [EXCHANGE],
    onSuccess: () => {
      void refreshEverything(queryClient);
      setEditing(false);
      void message.success(t('exchange.inbox.done'));
    },
  });
  const choose = (choice: Choice, value?: string) =>
    resolve.mutate({ id: entry.id, expectedVersion: entry.version, choice, ...(value !== undefined ? { value } : {}) });
  const path = recordPath(entry);
  const field = fieldText(entry, t);

  return (
    <Card
      size="small"
      role="article"
      aria-label={`${entry.recordLabel} — ${field}`}
      title={
        <Flex vertical style={{ padding: '6px 0' }}>
          <Typography.Text strong style={{ fontSize: 15 }}>
            {entry.recordLabel}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {entry.recordLabel.startsWith(entry.tableLabel) ? '' : `${entry.tableLabel} · `}
            {t('exchange.inbox.field')}: <Typography.Text strong>{field}</Typography.Text>
          </Typography.Text>
        </Flex>
      }
      extra={
        <Flex gap={8} align="center">
          <Tag color={entry.kind === 'same_field' ? 'orange' : 'red'}>{t(`exchange.conflictKind.${entry.kind}`)}</Tag>
          {path && <Link to={path}>{t('exchange.inbox.openRecord')}</Link>}
        </Flex>
      }
    >
      {entry.kind === 'delete_edit' && <Typography.Paragraph type="secondary">{t('exchange.inbox.deleteEditHint')}</Typography.Paragraph>}
      <Row gutter={[12, 12]}>
        {(['a', 'b'] as const).map((side) => (
          <Col key={side} xs={24} md={12}>
            <SideBox
              entry={entry}
              side={side}
              action={
                deletion ? (
                  canResolve && <DeletionChoice side={side} pending={resolve.isPending ? resolve.variables.choice : undefined} onChoose={choose} />
                ) : (
                  pickSide && (
                    <Button
                      type={side === entry.current ? 'primary' : 'default'}
                      icon={side === entry.current ? <CheckOutlined aria-hidden /> : <SwapOutlined aria-hidden />}
                      loading={resolve.isPending && resolve.variables.choice === side}
                      disabled={resolve.isPending}
                      onClick={() => choose(side)}
                    >
                      {t(side === entry.current ? 'exchange.inbox.keepThis' : 'exchange.inbox.takeOther')}
                    </Button>
                  )
                )
              }
            />
          </Col>
        ))}
      </Row>
      {canResolve ? (
        <Flex gap={8} style={{ marginTop: 12 }}>
          {pickSide && (
            <Button icon={<EditOutlined aria-hidden />} disabled={resolve.isPending} onClick={() => setEditing(true)}>
              {t('exchange.inbox.edit')}
            </Button>
          )}
          <Tooltip title={t('exchange.inbox.dismissHint')}>
            <Button type="text" disabled={resolve.isPending} onClick={() => choose('dismiss')}>
              {t('exchange.inbox.dismiss')}
            </Button>
          </Tooltip>
        </Flex>
      ) : (
        entry.kind === 'locked_record' && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('exchange.inbox.lockedHint')}
          </Typography.Paragraph>
        )
      )}
      <EditValueModal entry={editing ? entry : undefined} saving={resolve.isPending} onCancel={() => setEditing(false)} onSave={(json) => choose('value', json)} />
    </Card>
  );
}

/** A deletion against an edit: the deletion side keeps it deleted, the edit side restores the record with the edit. */
function DeletionChoice({ side, pending, onChoose }: { side: 'a' | 'b'; pending: Choice | undefined; onChoose: (choice: Choice) => void }) {
  const { t } = useTranslation();
  const choice: Choice = side === 'a' ? 'keep_deleted' : 'restore';
  return (
    <Button
      type={side === 'b' ? 'primary' : 'default'}
      danger={side === 'a'}
      icon={side === 'a' ? <DeleteOutlined aria-hidden /> : <RollbackOutlined aria-hidden />}
      loading={pending === choice}
      disabled={pending !== undefined}
      onClick={() => onChoose(choice)}
    >
      {t(side === 'a' ? 'exchange.inbox.keepDeleted' : 'exchange.inbox.restoreWithEdit')}
    </Button>
  );
}

/** One side of a conflict: its value, who and when, whether it holds now. */
export function SideBox({ entry, side, action }: { entry: ConflictEntry; side: Side; action?: ReactNode }) {
  const { t } = useTranslation();
  const holds = side === entry.current;
  const own = entry[side];
  return (
    <section
      aria-label={`${t(`exchange.side.${side}`)}${holds ? ` — ${t('exchange.inbox.holdsNow')}` : ''}`}
      style={{
        border: `1px solid ${holds ? '#16a34a' : '#d9dde5'}`,
        background: holds ? '#f0fdf4' : '#fafbfc',
        borderRadius: 8,
        padding: 12,
        height: '100%',
      }}
    >
      <Flex vertical gap={8} style={{ height: '100%' }}>
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">{t(`exchange.side.${side}`)}</Typography.Text>
          {holds && <Tag color="green">{t('exchange.inbox.holdsNow')}</Tag>}
        </Flex>
        <Typography.Text strong style={{ fontSize: 17, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {sideText(entry, side, t)}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('exchange.inbox.who', { user: own.user, device: own.device })}
          <br />
          {t('exchange.inbox.when', { at: formatVietnamTime(own.at) })}
        </Typography.Text>
        {action && <div style={{ marginTop: 'auto' }}>{action}</div>}
      </Flex>
    </section>
  );
}
