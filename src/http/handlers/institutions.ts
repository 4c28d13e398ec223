import { toCredentials, toInstitution } from '../../domain/institutions.js';
import { json } from '../reply.js';
import { listReply } from './list-reply.js';
import { pageQuery, type Handlers } from './types.js';

export const institutionHandlers: Handlers = {
  listInstitutions: (c) => {
    const flag = (name: string) => c.query[name] as boolean | undefined;
    const page = c.domain.institutions.list({
      ...pageQuery(c),
      name: c.query.name as string | undefined,
      supports_account_identification: flag('supports_account_identification'),
      supports_account_statement: flag('supports_account_statement'),
      supports_account_verification: flag('supports_account_verification'),
      supports_transaction_history: flag('supports_transaction_history'),
    });
    return listReply('institutions', page);
  },
  readInstitution: (c) => json(200, { institution: toInstitution(c.domain.institutions.get(c.params.institution_code!)) }),
  readInstitutionCredentials: (c) => json(200, { credentials: toCredentials(c.domain.institutions.get(c.params.institution_code!)) }),
};
