import type * as z from 'zod';
import { installVietnameseMessages } from '../validation-messages';
import { attachmentCommands } from './attachments';
import { authCommands, userCommands } from './auth';
import { backupCommands } from './backup';
import { directoryCommands } from './directory';
import { documentCommands } from './documents';
import { draftCommands } from './drafts';
import { establishmentCommands } from './establishments';
import { exchangeCommands } from './exchange';
import { followUpCommands } from './follow-up';
import { historyCommands } from './history';
import { inspectionCommands } from './inspections';
import { planCommands } from './plans';
import { privacyCommands } from './privacy';
import { referenceCommands } from './reference';
import { reportCommands } from './reports';
import { verificationCommands } from './verification';

installVietnameseMessages();

/** The one command table: every action a user takes, declared once. */
export const commands = {
  ...establishmentCommands,
  ...directoryCommands,
  ...referenceCommands,
  ...planCommands,
  ...inspectionCommands,
  ...documentCommands,
  ...reportCommands,
  ...historyCommands,
  ...authCommands,
  ...userCommands,
  ...privacyCommands,
  ...exchangeCommands,
  ...attachmentCommands,
  ...draftCommands,
  ...backupCommands,
  ...verificationCommands,
  ...followUpCommands,
};

export type Commands = typeof commands;
export type CommandName = keyof Commands;
/** Commands of the sign-in flow, answered by the session layer of each transport, not by dispatch. */
export type PublicCommandName = keyof typeof authCommands;
export type DataCommandName = Exclude<CommandName, PublicCommandName>;
export type CommandInput<K extends CommandName> = z.input<Commands[K]['input']>;
export type CommandParsedInput<K extends CommandName> = z.output<Commands[K]['input']>;
export type CommandOutput<K extends CommandName> = z.output<Commands[K]['output']>;

export const commandNames = Object.keys(commands) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}

export const isPublicCommand = (name: string): name is PublicCommandName => Object.hasOwn(authCommands, name);
