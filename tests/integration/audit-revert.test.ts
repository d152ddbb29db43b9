// Integration: selective revert of one audit entry (POST /api/audit/:id/revert). An import that
// a later import changed cannot be reverted first (409 listing the later entry); reverting the
// later one, then the first, puts the graph back exactly as it was (counts and content checksum
// of the knowledge graph), each revert recorded as its own entry. Test data: ids "test-rev-".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountStore } from '../../server/accounts/account-store.ts';
import { deleteTestNodes, graphCounts, startTestApp, type TestApp } from '../setup/harness.ts';

const TOKEN = 'test-admin-token-revert-0123';
const auth = { authorization: `Bearer ${TOKEN}` };
let app: TestApp;
let accountsDir: string;
const PASSWORD = 'a-long-test-password-0123';

/** Signs in through the API: the cookie and CSRF token a signed-in write sends. */
async function signedIn(name: string): Promise<Record<string, string>> {
  const res = await app.request('POST', '/api/session', { body: { name, password: PASSWORD } });
  expect(res.status).toBe(200);
  return { cookie: String(res.headers['set-cookie']?.[0] ?? '').split(';')[0]!, 'x-csrf-token': res.body.csrfToken };
}

const nodes = (zh: string) => ['label,id,name,nameZh,sources', `Agency,test-rev-aca,Test Revert Agency,${zh},legco-lcq17-2025`].join('\n');
const rels = ['type,from,to,sources,evidence', 'MEMBER_OF,test-rev-aca,iaaca,legco-lcq17-2025,a test fact'].join('\n');
const cleanup = async () => {
  await deleteTestNodes(app.db, 'test-rev-');
  await app.db.write((tx) => tx.run("MATCH (a:AuditEntry) WHERE any(t IN a.targets WHERE t CONTAINS 'test-rev-') DELETE a"));
};

beforeAll(async () => {
  accountsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-revert-accounts-'));
  const file = path.join(accountsDir, 'accounts.json');
  const store = new AccountStore(file);
  await store.create('cleo', 'curator', PASSWORD);
  await store.create('dora', 'curator', PASSWORD);
  app = await startTestApp({ ADMIN_TOKEN: TOKEN, ACCOUNTS_FILE: file });
  await cleanup();
  // The checksums below include the derived degree: start from correct ones, whatever ran before.
  await app.db.write((tx) =>
    tx.run('MATCH (n:Entity) WITH n, COUNT { (n)--() } AS d WHERE n.degree IS NULL OR n.degree <> d SET n.degree = d'),
  );
});
afterAll(async () => {
  if (app) await cleanup();
  await app?.close();
  if (accountsDir) fs.rmSync(accountsDir, { recursive: true, force: true });
});

describe('POST /api/audit/:id/revert', () => {
  it('refuses a revert that a later change depends on, then reverts in order back to the same graph', async () => {
    const before = await graphCounts(app.db, { knowledgeOnly: true });
    const first = await app.post('/api/import', { format: 'csv', nodes: nodes('測試還原機構'), relationships: rels }, auth);
    expect(first.status).toBe(200);
    const afterFirst = await graphCounts(app.db, { knowledgeOnly: true });
    const second = await app.post('/api/import', { format: 'csv', nodes: nodes('測試還原機關') }, auth);
    expect(second.body.report.changedTotal).toBe(1);

    expect((await app.post(`/api/audit/${first.body.auditId}/revert`, {})).status).toBe(401);
    const refused = await app.post(`/api/audit/${first.body.auditId}/revert`, {}, auth);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('revert_conflict');
    expect(refused.body.error.details.conflicts).toEqual([expect.objectContaining({ id: second.body.auditId, facts: ['test-rev-aca'] })]);

    const undoSecond = await app.post(`/api/audit/${second.body.auditId}/revert`, {}, auth);
    expect(undoSecond.status).toBe(200);
    expect((await app.get('/api/nodes/test-rev-aca')).body.node.properties.nameZh).toBe('測試還原機構');
    expect(await graphCounts(app.db, { knowledgeOnly: true })).toEqual(afterFirst);
    expect((await app.post(`/api/audit/${second.body.auditId}/revert`, {}, auth)).body.error.code).toBe('already_reverted');

    const undoFirst = await app.post(`/api/audit/${first.body.auditId}/revert`, {}, auth);
    expect(undoFirst.status).toBe(200);
    expect(undoFirst.body.changeCount).toBe(2);
    expect((await app.get('/api/nodes/test-rev-aca')).status).toBe(404);
    expect(await graphCounts(app.db, { knowledgeOnly: true })).toEqual(before);

    const log = await fetch(`${app.url}/api/audit?kind=revert&limit=2`, { headers: auth }).then((r) => r.json());
    expect(log.entries.map((e: { id: string }) => e.id)).toEqual([undoFirst.body.auditId, undoSecond.body.auditId]);
    expect(log.entries[0].changes).toContainEqual(expect.objectContaining({ id: 'test-rev-aca', op: 'delete', after: null }));
  });

  it('refuses a revert when a fact was changed outside the log, and answers 404 for an unknown entry', async () => {
    const imported = await app.post('/api/import', { format: 'csv', nodes: nodes('測試') }, auth);
    expect(imported.status).toBe(200);
    await app.db.write((tx) => tx.run("MATCH (n:Entity {id: 'test-rev-aca'}) SET n.note = 'edited elsewhere'"));
    const counts = await graphCounts(app.db);
    const refused = await app.post(`/api/audit/${imported.body.auditId}/revert`, {}, auth);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.drift).toContainEqual(
      expect.objectContaining({ id: 'test-rev-aca', field: 'note', found: 'edited elsewhere' }),
    );
    expect(await graphCounts(app.db)).toEqual(counts);
    expect((await app.post('/api/audit/audit-00000000-0000-0000-0000-000000000000/revert', {}, auth)).status).toBe(404);
    expect((await app.post('/api/audit/not-an-id/revert', {}, auth)).status).toBe(400);
  });

  it("records who made a change; a curator reverts their own, not another's; a node later facts rest on is not taken back", async () => {
    const cleo = await signedIn('cleo');
    const dora = await signedIn('dora');
    const own = await app.post(
      '/api/import',
      { format: 'csv', nodes: nodes('測試擁有者機構').replace(/test-rev-aca/g, 'test-rev-own') },
      cleo,
    );
    expect(own.status).toBe(200);
    const log = await app.request('GET', `/api/audit?actor=cleo&limit=1`, { headers: cleo });
    expect(log.body.entries[0]).toMatchObject({ id: own.body.auditId, actor: 'cleo', kind: 'import' });

    const notHers = await app.post(`/api/audit/${own.body.auditId}/revert`, {}, dora);
    expect(notHers.status).toBe(403);
    expect(notHers.body.error.code).toBe('forbidden');

    // A later import (the admin token's) links to the node cleo created, without changing it.
    const link = await app.post('/api/import', { format: 'csv', relationships: rels.replace(/test-rev-aca/g, 'test-rev-own') }, auth);
    expect(link.status).toBe(200);
    const rests = await app.post(`/api/audit/${own.body.auditId}/revert`, {}, cleo);
    expect(rests.status).toBe(409);
    expect(rests.body.error.details.dependents).toEqual([expect.objectContaining({ restsOn: 'test-rev-own' })]);
    expect((await app.get('/api/nodes/test-rev-own')).status).toBe(200);

    expect((await app.post(`/api/audit/${link.body.auditId}/revert`, {}, cleo)).status).toBe(403);
    expect((await app.post(`/api/audit/${link.body.auditId}/revert`, {}, auth)).status).toBe(200);
    const undone = await app.post(`/api/audit/${own.body.auditId}/revert`, {}, cleo);
    expect(undone.status).toBe(200);
    expect((await app.get('/api/nodes/test-rev-own')).status).toBe(404);
  });
});
