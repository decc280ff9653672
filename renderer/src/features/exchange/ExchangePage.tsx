import { LoginOutlined, PlusOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Flex, Row, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../../shared/schemas/exchange';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { formatVietnamTime } from '../../ui/formatValue';
import { useCan } from '../../ui/session';
import { CreateTeamModal } from './CreateTeamModal';
import { HistoryCard } from './HistoryCard';
import { ImportCard } from './ImportCard';
import { InvitationModal } from './InvitationModal';
import { JoinModal, JoinRequestResult, type JoinRequest } from './JoinModal';
import { RosterTable } from './RosterTable';
import { SendCard } from './SendCard';
import { useTeams } from './queries';

/**
 * "Trao đổi dữ liệu" (exchange.md §8): create or join a team, the roster, make a package for the
 * team or everything, import one after seeing what it brings, and the history of exchanges.
 */
export function ExchangePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const teams = useTeams();
  const canCreate = useCan('exchange.createTeam');
  const canJoin = useCan('exchange.join');
  const canSend = useCan('exchange.export');
  const canImport = useCan('exchange.import');
  const [creating, setCreating] = useState(false);
  const [joining, setJoining] = useState(false);
  const [inviting, setInviting] = useState<Team>();
  const [chosenId, setChosenId] = useState<string>();
  // The join request made in this visit: it can be saved again until the leader accepts.
  const [request, setRequest] = useState<JoinRequest>();

  const list = teams.data ?? [];
  const team = list.find((x) => x.id === chosenId) ?? list[0];
  const me = team?.devices.find((d) => d.isThisDevice);
  const pendingHere = me?.status === 'pending';

  const actions = (
    <>
      {canJoin && (
        <Button icon={<LoginOutlined aria-hidden />} onClick={() => setJoining(true)}>
          {t('exchange.joinTeam.button')}
        </Button>
      )}
      {canCreate && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t('exchange.team.create')}
        </Button>
      )}
    </>
  );

  return (
    <>
      <PageHeader title={t('exchange.title')} description={t('exchange.description')} extra={actions} />
      {teams.isError ? (
        <QueryError error={teams.error} onRetry={() => void teams.refetch()} />
      ) : teams.isPending ? (
        <Skeleton active />
      ) : !team ? (
        <Card>
          <Empty description={<Typography.Text strong>{t('exchange.team.none')}</Typography.Text>}>
            <Typography.Paragraph type="secondary">{t('exchange.team.noneHint')}</Typography.Paragraph>
            <Flex gap={8} justify="center">
              {actions}
            </Flex>
          </Empty>
        </Card>
      ) : (
        <Flex vertical gap={16}>
          {list.length > 1 && (
            <Flex align="center" gap={8}>
              <Typography.Text strong>{t('exchange.team.select')}</Typography.Text>
              <Select
                aria-label={t('exchange.team.select')}
                value={team.id}
                onChange={setChosenId}
                options={list.map((x) => ({ value: x.id, label: x.name }))}
                style={{ minWidth: 320 }}
              />
            </Flex>
          )}
          {pendingHere &&
            (request && request.team.id === team.id ? (
              <Card size="small">
                <JoinRequestResult request={request} />
              </Card>
            ) : (
              <Alert type="info" showIcon title={t('exchange.team.pendingHere')} description={t('exchange.team.pendingHereText')} />
            ))}
          <Card
            title={
              <Flex vertical style={{ padding: '8px 0' }}>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {team.name}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  {team.planTitle ? t('exchange.team.forPlan', { title: team.planTitle }) : t('exchange.team.standing')} ·{' '}
                  {t('exchange.team.createdAt', { date: formatVietnamTime(team.createdAt).slice(0, 10) })}
                </Typography.Text>
              </Flex>
            }
            extra={
              <Flex gap={8} align="center">
                <Tag color={team.isLeader ? 'purple' : 'default'}>{t(team.isLeader ? 'exchange.team.leaderHere' : 'exchange.team.memberHere')}</Tag>
                {team.isLeader && canCreate && (
                  <Button icon={<UsergroupAddOutlined aria-hidden />} onClick={() => setInviting(team)}>
                    {t('exchange.invite.button')}
                  </Button>
                )}
              </Flex>
            }
          >
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('exchange.roster.title')}
            </Typography.Title>
            <RosterTable team={team} />
          </Card>
          <Row gutter={[16, 16]}>
            {canSend && (
              <Col xs={24} lg={12}>
                <SendCard team={team} />
              </Col>
            )}
            {canImport && (
              <Col xs={24} lg={12}>
                <ImportCard />
              </Col>
            )}
          </Row>
          <HistoryCard teamId={team.id} />
        </Flex>
      )}
      <CreateTeamModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(made) => {
          setCreating(false);
          setChosenId(made.id);
          void message.success(t('exchange.team.created', { name: made.name }));
        }}
      />
      <JoinModal
        open={joining}
        onClose={() => setJoining(false)}
        onJoined={(made) => {
          setRequest(made);
          setChosenId(made.team.id);
        }}
      />
      <InvitationModal team={inviting} onClose={() => setInviting(undefined)} />
    </>
  );
}
