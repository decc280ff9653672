import { SaveOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Flex, Modal, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../../shared/schemas/exchange';
import { ApiCallError, call } from '../../api';
import { saveTeamFile } from './files';
import { useSaveNotice } from './useSaveNotice';

const CODE_STYLE = {
  fontFamily: '"Courier New", "Noto Sans Mono", monospace',
  fontSize: 46,
  fontWeight: 700,
  letterSpacing: 8,
  textAlign: 'center',
  padding: '18px 12px',
  border: '2px dashed #1d4ed8',
  borderRadius: 8,
  background: '#eff6ff',
  userSelect: 'all',
} as const;

/**
 * The leader invites a laptop: a file to copy over, and a code shown in large type to read
 * aloud (the file alone opens nothing). A new invitation, with a new code, each time it opens.
 */
export function InvitationModal({ team, onClose }: { team: Team | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useSaveNotice();
  const [saving, setSaving] = useState(false);
  const invite = useMutation({ mutationFn: (teamId: string) => call('exchange.invitation', { teamId }) });
  const { mutate, reset } = invite;
  // Keyed by the id: the team's list refreshing meanwhile must not change the code being read out.
  const teamId = team?.id;
  useEffect(() => {
    if (teamId) mutate(teamId);
    else reset();
  }, [teamId, mutate, reset]);
  const invitation = invite.data;
  const save = async () => {
    if (!invitation) return;
    setSaving(true);
    try {
      notice(await saveTeamFile(invitation.fileName, invitation.base64), invitation.fileName);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={Boolean(team)}
      title={team && t('exchange.invite.title', { name: team.name })}
      onCancel={onClose}
      width={620}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('exchange.invite.close')}
        </Button>
      }
    >
      {invite.isError ? (
        <Alert type="error" showIcon title={invite.error instanceof ApiCallError ? invite.error.message : t('common.unexpectedError')} />
      ) : !invitation ? (
        <Skeleton active paragraph={{ rows: 4 }} title={{ width: '60%' }} aria-label={t('exchange.invite.making')} />
      ) : (
        <Flex vertical gap={16}>
          <div>
            <Typography.Paragraph style={{ marginBottom: 8 }}>
              <Typography.Text strong>1. </Typography.Text>
              {t('exchange.invite.step1')}
            </Typography.Paragraph>
            <Button icon={<SaveOutlined aria-hidden />} loading={saving} onClick={() => void save()}>
              {t('exchange.invite.download')}
            </Button>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {invitation.fileName}
            </Typography.Text>
          </div>
          <div>
            <Typography.Paragraph style={{ marginBottom: 8 }}>
              <Typography.Text strong>2. </Typography.Text>
              {t('exchange.invite.step2')}
            </Typography.Paragraph>
            <div role="note" aria-label={t('exchange.invite.code')} data-testid="invitation-code" style={CODE_STYLE}>
              {invitation.code}
            </div>
          </div>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            <Typography.Text strong>3. </Typography.Text>
            {t('exchange.invite.step3')}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('exchange.invite.note')}</Typography.Text>
        </Flex>
      )}
    </Modal>
  );
}
