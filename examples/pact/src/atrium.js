// The part of "my app" that talks to MX Atrium: what the pact describes.
const ACCEPT = 'application/vnd.mx.atrium.v1+json';

export function atriumClient({ baseUrl, apiKey, clientId }) {
  const call = async (method, path) => {
    const response = await fetch(`${baseUrl}${path}`, { method, headers: { 'MX-API-Key': apiKey, 'MX-Client-ID': clientId, Accept: ACCEPT } });
    const body = response.status === 204 ? null : await response.json();
    if (!response.ok) throw new Error(`Atrium answered ${response.status} to ${method} ${path}: ${body?.error?.message}`);
    return { status: response.status, body };
  };
  return {
    async institution(code) {
      return (await call('GET', `/institutions/${code}`)).body.institution;
    },
    /** 200 starts identification; 202 means it already runs (keep polling). */
    async startIdentification(userGuid, memberGuid) {
      const { status, body } = await call('POST', `/users/${userGuid}/members/${memberGuid}/identify`);
      return { alreadyRunning: status === 202, member: body.member };
    },
    async accountOwners(userGuid, memberGuid) {
      return (await call('GET', `/users/${userGuid}/members/${memberGuid}/account_owners`)).body.account_owners;
    },
  };
}
