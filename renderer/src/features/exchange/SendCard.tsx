import { ExportOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_MODES, type Team } from '../../../../shared/schemas/exchange';
import { ApiCallError, call } from '../../api';
import { saveTeamFile } from './files';
import { EXCHANGE } from './queries';

type Mode = (typeof EXPORT_MODES)[number];

/**
 * "Tạo gói dữ liệu": the team's data or everything, saved where the user chooses (the desktop's
 * save dialog; the browser's download under the service's file name).
 */
export function SendCard({ team }: { team: Team }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>('team');
  const send = useMutation({
    mutationFn: async (chosen: Mode) => {
      const pkg = await call('exchange.export', { teamId: team.id, mode: chosen });
      return { pkg, saved: await saveTeamFile(pkg.fileName, pkg.base64) };
    },
    onSuccess: ({ pkg, saved }) => {
      void queryClient.invalidateQueries({ queryKey: EXCHANGE });
      if (saved.kind === 'cancelled') void message.info(t('exchange.send.cancelled'));
      else if (saved.kind === 'path') void message.success(t('exchange.send.savedTo', { path: saved.path, count: pkg.changes }));
      else void message.success(t('exchange.send.saved', { file: pkg.fileName, count: pkg.changes }));
      if (saved.kind !== 'cancelled' && pkg.files > 0) void message.info(t('exchange.send.files', { count: pkg.files }));
      if (saved.kind !== 'cancelled' && pkg.filesLeft > 0) void message.warning(t('exchange.send.filesLeft', { count: pkg.filesLeft }), 10);
    },
    onError: (error) => void message.error(error instanceof ApiCallError || error instanceof Error ? error.message : t('common.unexpectedError')),
  });
  const standing = !team.planId;
  return (
    <Card title={t('exchange.send.title')} size="small">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('exchange.send.hint')}</Typography.Text>
        {standing ? (
          <Typography.Text>{t('exchange.send.standingHint')}</Typography.Text>
        ) : (
          <Radio.Group
            aria-label={t('exchange.send.content')}
            value={mode}
            onChange={(e) => setMode(e.target.value as Mode)}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={EXPORT_MODES.map((m) => ({
              value: m,
              label: (
                <span>
                  <Typography.Text strong>{t(`exchange.mode.${m}`)}</Typography.Text>
                  <Typography.Text type="secondary"> — {t(m === 'team' ? 'exchange.send.teamHint' : 'exchange.send.allHint')}</Typography.Text>
                </span>
              ),
            }))}
          />
        )}
        <Button type="primary" icon={<ExportOutlined aria-hidden />} loading={send.isPending} onClick={() => send.mutate(standing ? 'all' : mode)} style={{ alignSelf: 'flex-start' }}>
          {t('exchange.send.button')}
        </Button>
      </Flex>
    </Card>
  );
}
