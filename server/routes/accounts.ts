// /api/accounts: admins list, create, change (role, password, disabled) and delete the accounts
// of curators and admins. Passwords come in, hashes stay in the accounts file, nothing of either
// goes out. A change that would leave no enabled admin is refused (409 last_admin); disabling,
// deleting or changing an account's password ends its sessions.
import { Router } from 'express';
import { z } from 'zod';
import { accountNameSchema, passwordSchema, roleSchema } from '../accounts/roles.ts';
import type { ServerDeps } from '../deps.ts';
import { authOf } from '../http/auth.ts';
import { always, errorResponse, guarded } from '../http/openapi.ts';
import type { AccountsResponse } from '../shared/contracts.ts';
import { noQuery } from './params.ts';
import type { RouterShared } from './shared.ts';

const createSchema = z.object({ name: accountNameSchema, role: roleSchema.default('curator'), password: passwordSchema }).strict();
const changeSchema = z
  .object({ role: roleSchema.optional(), password: passwordSchema.optional(), disabled: z.boolean().optional() })
  .strict()
  .refine((c) => c.role !== undefined || c.password !== undefined || c.disabled !== undefined, 'give role, password or disabled');

export function accountsRouter(_deps: ServerDeps, { api, accounts, sessions }: RouterShared): Router {
  const r = Router();
  const nameParam = { name: accountNameSchema };
  api.route(
    r,
    {
      method: 'get',
      path: '/accounts',
      summary: 'Every account (name, role, disabled, dates; never a password or hash); admins only',
      tags: ['accounts'],
      role: 'admin',
      query: noQuery('accounts query'),
      responses: { 200: { description: 'AccountsResponse' }, ...guarded, ...always },
    },
    (_req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      const out: AccountsResponse = { accounts: accounts.list() };
      res.json(out);
    },
  );
  api.route(
    r,
    {
      method: 'post',
      path: '/accounts',
      summary: 'Create an account { name, role (curator | admin), password (12+ characters) }; admins only',
      tags: ['accounts'],
      role: 'admin',
      body: { schema: createSchema, what: 'account' },
      responses: { 201: { description: '{ account }' }, ...guarded, 409: errorResponse('The name is taken'), ...always },
    },
    async (req, res, { body }) => {
      const { name, role, password } = body(req.body);
      res.status(201).json({ account: await accounts.create(name, role, password) });
    },
  );
  api.route(
    r,
    {
      method: 'patch',
      path: '/accounts/:name',
      summary: "Change an account's role, password or disabled flag; admins only",
      tags: ['accounts'],
      role: 'admin',
      params: nameParam,
      body: { schema: changeSchema, what: 'account change' },
      responses: {
        200: { description: '{ account }' },
        ...guarded,
        404: errorResponse('No such account'),
        409: errorResponse('It would leave no enabled admin'),
        ...always,
      },
    },
    async (req, res, { body, param }) => {
      const name = param('name');
      const change = body(req.body);
      const account = await accounts.update(name, change);
      if (change.password !== undefined || change.disabled) sessions.revokeUser(account.name, authOf(res)?.sessionToken);
      res.json({ account });
    },
  );
  api.route(
    r,
    {
      method: 'delete',
      path: '/accounts/:name',
      summary: 'Delete an account (not the last enabled admin) and end its sessions; admins only',
      tags: ['accounts'],
      role: 'admin',
      params: nameParam,
      responses: {
        200: { description: '{ deleted }' },
        ...guarded,
        404: errorResponse('No such account'),
        409: errorResponse('The last enabled admin'),
        421: always[421],
      },
    },
    (_req, res, { param }) => {
      const name = param('name');
      accounts.delete(name);
      sessions.revokeUser(name);
      res.json({ deleted: name });
    },
  );
  return r;
}
