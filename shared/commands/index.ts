import type * as z from 'zod';
import { installVietnameseMessages } from '../validation-messages';
import { directoryCommands } from './directory';
import { documentCommands } from './documents';
import { establishmentCommands } from './establishments';
import { historyCommands } from './history';
import { inspectionCommands } from './inspections';
import { planCommands } from './plans';
import { referenceCommands } from './reference';
import { reportCommands } from './reports';

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
};

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandInput<K extends CommandName> = z.input<Commands[K]['input']>;
export type CommandParsedInput<K extends CommandName> = z.output<Commands[K]['input']>;
export type CommandOutput<K extends CommandName> = z.output<Commands[K]['output']>;

export const commandNames = Object.keys(commands) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
