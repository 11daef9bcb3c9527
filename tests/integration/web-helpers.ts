// Helpers for the web tests: a cookie-keeping client over app.inject(), and case fixtures.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { emptyFields, type CaseRecord } from '../../src/triage/case-model.js';

export class InjectClient {
  readonly cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  private header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.keep(await this.app.inject({ method: 'GET', url, headers: { cookie: this.header() } }));
  }

  async post(url: string, form: Record<string, string | string[]>): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    return this.keep(await this.app.inject({
      method: 'POST', url, payload: body.toString(),
      headers: { cookie: this.header(), 'content-type': 'application/x-www-form-urlencoded' },
    }));
  }

  /** GETs `page` and returns the CSRF token of its first form. */
  async csrf(page = '/cola'): Promise<string> {
    const res = await this.get(page);
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (!m) throw new Error(`no CSRF token on ${page} (status ${res.statusCode})`);
    return m[1]!;
  }

  /** POST with the CSRF token of `from` (default the case or queue page). */
  async submit(url: string, form: Record<string, string | string[]> = {}, from = '/cola'): Promise<LightMyRequestResponse> {
    return this.post(url, { ...form, _csrf: await this.csrf(from) });
  }

  async login(email: string, password: string): Promise<LightMyRequestResponse> {
    const token = await this.csrf('/login');
    return this.post('/login', { email, password, _csrf: token });
  }
}

let seq = 0;
export function makeCase(over: Partial<CaseRecord> & { firstMessageAt: string }): CaseRecord {
  seq += 1;
  const id = over.id ?? `IMSS-2026-${String(900000 + seq).padStart(6, '0')}`;
  const at = over.firstMessageAt;
  const fields = emptyFields();
  const value = (v: string) => ({ value: v, messageId: `m${seq}@example.com`, at, source: 'body' as const });
  fields.fullName = value('Irene Martínez Salas');
  fields.studentCode = value('219876543');
  fields.nss = value('04230512347');
  fields.curp = value('MASI050805MVZRLRA8');
  fields.institutionalEmail = value('irene.martinez5805@alumnos.udg.mx');
  return {
    id,
    status: 'queued',
    replyAddress: 'irene.martinez5805@alumnos.udg.mx',
    addresses: ['irene.martinez5805@alumnos.udg.mx'],
    fields,
    nameParts: { givenNames: 'Irene', firstSurname: 'Martínez', secondSurname: 'Salas' },
    openProblems: [],
    conflicts: [],
    warnings: [],
    attention: [],
    messageIds: [`m${seq}@example.com`],
    lastInbound: { messageId: `m${seq}@example.com`, references: [], subject: 'No tengo vigencia' },
    inboundCount: 1,
    followUpsWhileQueued: 0,
    lastStatusReplyAt: null,
    createdAt: at,
    updatedAt: at,
    claim: null,
    resolvedAt: null,
    resolvedBy: null,
    ...over,
  };
}
