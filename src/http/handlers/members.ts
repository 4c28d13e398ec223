import { createMember, listChallenges, readStatus, resumeMember, updateMember } from '../../domain/jobs.js';
import { deleteMember, findMember, listMemberCredentials, listMembers } from '../../domain/members.js';
import { renderConnectionStatus } from '../../domain/progress.js';
import { json, noContent } from '../reply.js';
import { listReply } from './list-reply.js';
import { bodyOf, pageQuery, type Handlers } from './types.js';

export const memberHandlers: Handlers = {
  createMember: (c) => json(202, { member: createMember(c.domain, c.params.user_guid!, bodyOf(c, 'createMember')!.member) }),
  listMembers: (c) => listReply('members', listMembers(c.domain, c.params.user_guid!, pageQuery(c))),
  readMember: (c) => json(200, { member: findMember(c.domain, c.params.user_guid!, c.params.member_guid!).state.member }),
  updateMember: (c) =>
    json(200, { member: updateMember(c.domain, c.params.user_guid!, c.params.member_guid!, bodyOf(c, 'updateMember')?.member ?? {}) }),
  deleteMember: (c) => {
    deleteMember(c.domain, c.params.user_guid!, c.params.member_guid!);
    return noContent();
  },
  readMemberStatus: (c) => {
    const { state } = readStatus(c.domain, c.params.user_guid!, c.params.member_guid!);
    return json(200, { member: renderConnectionStatus(c.domain, state) });
  },
  listMemberMFAChallenges: (c) => {
    const challenges = listChallenges(c.domain, c.params.user_guid!, c.params.member_guid!);
    return challenges ? json(200, { challenges }) : noContent();
  },
  resumeMember: (c) =>
    json(202, { member: resumeMember(c.domain, c.params.user_guid!, c.params.member_guid!, bodyOf(c, 'resumeMember')!.member.challenges) }),
  listMemberCredentials: (c) => json(200, { credentials: listMemberCredentials(c.domain, c.params.user_guid!, c.params.member_guid!) }),
};
