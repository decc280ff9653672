import type { Db } from '../../db/client';
import type { CommandName, CommandOutput, CommandParsedInput } from '../../shared/commands';
import * as agencies from './agencies';
import type { ServiceContext } from './context';
import * as establishments from './establishments';
import * as officials from './officials';
import * as reference from './reference';

export type Handler<K extends CommandName> = (db: Db, input: CommandParsedInput<K>, ctx: ServiceContext) => CommandOutput<K> | Promise<CommandOutput<K>>;

/** Which service function answers each command; the type makes a missing command a compile error. */
export const handlers: { [K in CommandName]: Handler<K> } = {
  'establishments.create': establishments.createEstablishment,
  'establishments.update': establishments.updateEstablishment,
  'establishments.get': establishments.getEstablishment,
  'establishments.search': establishments.searchEstablishments,
  'establishments.remove': establishments.removeEstablishment,
  'establishments.restore': establishments.restoreEstablishment,
  'agencies.list': agencies.listAgencies,
  'agencies.create': agencies.createAgency,
  'agencies.update': agencies.updateAgency,
  'agencies.remove': agencies.removeAgency,
  'agencies.restore': agencies.restoreAgency,
  'officials.list': officials.listOfficials,
  'officials.get': officials.getOfficial,
  'officials.create': officials.createOfficial,
  'officials.update': officials.updateOfficial,
  'officials.remove': officials.removeOfficial,
  'officials.restore': officials.restoreOfficial,
  'reference.provinces': reference.listProvinces,
  'reference.communes': reference.listCommunes,
  'reference.legacyProvinces': reference.listLegacyProvinces,
};
