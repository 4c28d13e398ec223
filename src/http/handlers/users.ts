import { createUser, deleteUser, findUser, listUsers, updateUser } from '../../domain/users.js';
import { json, noContent } from '../reply.js';
import { listReply } from './list-reply.js';
import { bodyOf, pageQuery, type Handlers } from './types.js';

export const userHandlers: Handlers = {
  createUser: (c) => json(200, { user: createUser(c.domain, bodyOf(c, 'createUser')!.user) }),
  listUsers: (c) => listReply('users', listUsers(c.domain, pageQuery(c))),
  readUser: (c) => json(200, { user: findUser(c.domain, c.params.user_guid!).user }),
  updateUser: (c) => json(200, { user: updateUser(c.domain, c.params.user_guid!, bodyOf(c, 'updateUser')?.user ?? {}) }),
  deleteUser: (c) => {
    deleteUser(c.domain, c.params.user_guid!);
    return noContent();
  },
};
