import { PaperClipOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Result, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandInput, CommandOutput } from '../../../../shared/commands';
import { ApiCallError, call } from '../../api';
import { readAsBase64, saveTeamFile } from './files';
import { EXCHANGE } from './queries';
import { useSaveNotice } from './useSaveNotice';

export type JoinRequest = CommandOutput<'exchange.join'>;

interface JoinModalProps {
  open: boolean;
  onClose: () => void;
  /** The request made: the page keeps it so the file can be saved again until the leader accepts. */
  onJoined: (request: JoinRequest) => void;
}

/** A new laptop joins with the invitation file and the code read aloud, then saves the join request for the leader. */
export function JoinModal({ open, onClose, onJoined }: JoinModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<{ name: string; base64: string }>();
  const [code, setCode] = useState('');
  const [touched, setTouched] = useState(false);
  const [request, setRequest] = useState<JoinRequest>();
  const queryClient = useQueryClient();
  // Errors are shown in the form (the invitation, the code), not as a toast.
  const join = useMutation({
    mutationFn: (input: CommandInput<'exchange.join'>) => call('exchange.join', input),
    onSuccess: (made) => {
      void queryClient.invalidateQueries({ queryKey: EXCHANGE });
      setRequest(made);
      onJoined(made);
    },
  });
  const issueOf = (field: string) =>
    join.error instanceof ApiCallError ? join.error.error.issues?.find((issue) => issue.path[0] === field)?.message : undefined;
  const reset = () => {
    setFile(undefined);
    setCode('');
    setTouched(false);
    setRequest(undefined);
    join.reset();
  };
  const submit = () => {
    setTouched(true);
    if (file && code.trim()) join.mutate({ invitation: file.base64, code: code.trim() });
  };
  const fileError = (touched && !file && t('exchange.joinTeam.needFile')) || issueOf('invitation');
  const codeError = (touched && !code.trim() && t('exchange.joinTeam.needCode')) || issueOf('code');
  const otherError = join.error && !issueOf('invitation') && !issueOf('code') ? (join.error instanceof ApiCallError ? join.error.message : t('common.unexpectedError')) : undefined;

  return (
    <Modal
      open={open}
      title={t('exchange.joinTeam.title')}
      onCancel={onClose}
      afterOpenChange={(visible) => !visible && reset()}
      width={600}
      footer={
        request
          ? [
              <Button key="close" onClick={onClose}>
                {t('exchange.invite.close')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={onClose}>
                {t('common.cancel')}
              </Button>,
              <Button key="join" type="primary" loading={join.isPending} onClick={submit}>
                {t('exchange.joinTeam.submit')}
              </Button>,
            ]
      }
    >
      {request ? (
        <JoinRequestResult request={request} />
      ) : (
        <Form layout="vertical" component="div">
          <Form.Item label={t('exchange.joinTeam.file')} required validateStatus={fileError ? 'error' : undefined} help={fileError || undefined}>
            <Upload
              accept=".ldti"
              maxCount={1}
              showUploadList={false}
              beforeUpload={(chosen) => {
                readAsBase64(chosen).then(
                  (base64) => setFile({ name: chosen.name, base64 }),
                  () => void message.error(t('exchange.receive.unreadable')),
                );
                return false;
              }}
            >
              <Button icon={<PaperClipOutlined aria-hidden />}>{file ? file.name : t('exchange.joinTeam.pickFile')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item
            label={t('exchange.joinTeam.code')}
            htmlFor="exchange-join-code"
            required
            extra={t('exchange.joinTeam.codeHint')}
            validateStatus={codeError ? 'error' : undefined}
            help={codeError || undefined}
          >
            <Input
              id="exchange-join-code"
              size="large"
              value={code}
              maxLength={20}
              autoComplete="off"
              placeholder={t('exchange.joinTeam.codePlaceholder')}
              onChange={(e) => setCode(e.target.value.toUpperCase())}
              onPressEnter={submit}
              style={{ fontFamily: '"Courier New", "Noto Sans Mono", monospace', fontSize: 22, letterSpacing: 3, maxWidth: 280 }}
            />
          </Form.Item>
          {otherError && <Alert type="error" showIcon title={otherError} />}
        </Form>
      )}
    </Modal>
  );
}

/** After joining: save the request for the leader; this laptop's fingerprint, which the leader will ask for. */
export function JoinRequestResult({ request }: { request: JoinRequest }) {
  const { t } = useTranslation();
  const notice = useSaveNotice();
  const [saving, setSaving] = useState(false);
  const me = request.team.devices.find((d) => d.isThisDevice);
  const save = async () => {
    setSaving(true);
    try {
      notice(await saveTeamFile(request.fileName, request.base64), request.fileName);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Result
      status="success"
      title={t('exchange.joinTeam.doneTitle', { name: request.team.name })}
      subTitle={
        <>
          <div>{t('exchange.joinTeam.doneText')}</div>
          {me && <Typography.Text strong>{t('exchange.joinTeam.yourFingerprint', { fingerprint: me.fingerprint })}</Typography.Text>}
        </>
      }
      extra={
        <Button type="primary" icon={<SaveOutlined aria-hidden />} loading={saving} onClick={() => void save()}>
          {t('exchange.joinTeam.downloadRequest')}
        </Button>
      }
    />
  );
}
