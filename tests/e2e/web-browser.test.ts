// The staff web app in a real browser (Debian's Chromium through playwright-core; never a
// downloaded browser) against the real worker pipeline on the local stack: students' mail goes in
// over LMTP, staff log in, take the next case, copy a field and resolve it, and the student's own
// Dovecot mailbox receives the threaded resolution reply. Screenshots go to tests/artifacts/.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConfig } from '../../src/cli/demo.js';
import { startWeb, type RunningWeb } from '../../src/cli/web.js';
import { startWorker } from '../../src/cli/worker.js';
import type { Config } from '../../src/config/index.js';
import { startLocalStack, type LocalStack } from '../../src/dev/local-stack.js';
import { composeMessage, deliverLmtp, listMessages, waitFor } from '../../src/dev/mail-helpers.js';
import { SAMPLE_STUDENTS } from '../../src/dev/sample-mail.js';
import { createLogger } from '../../src/logger.js';
import type { Pipeline } from '../../src/queue/pipeline.js';
import { StaffAccounts } from '../../src/web/auth/accounts.js';

const CHROMIUM = '/usr/bin/chromium';
const DESK = 'imss@udg.mx';
const ARTIFACTS = path.resolve('tests/artifacts');
const ANA = { email: 'ana.staff@udg.mx', password: 'contraseña-ana-1' };
const BETO = { email: 'beto.staff@udg.mx', password: 'contraseña-beto-1' };

let stack: LocalStack;
let config: Config;
let worker: Pipeline;
let web: RunningWeb;
let browser: Browser;
let profileDir: string;
const irene = SAMPLE_STUDENTS.irene;
const luis = SAMPLE_STUDENTS.luis;
let ireneMessageId = '';
let ireneFolio = '';
let luisFolio = '';

async function deliver(from: string, subject: string, text: string, html?: string, attachments: { filename: string; content: string | Buffer }[] = []): Promise<string> {
  const messageId = `<${randomUUID()}@mail.example.com>`;
  const raw = attachments.length === 0
    ? await composeMessage({ from, to: DESK, subject, text, messageId, ...(html ? { html } : {}) })
    : await new MailComposer({ from, to: DESK, subject, text, messageId, ...(html ? { html } : {}), attachments }).compile().build();
  await deliverLmtp(stack, { from, to: DESK, raw });
  return messageId;
}

async function folioOf(address: string): Promise<string> {
  const [ack] = await waitFor(async () => {
    const got = await listMessages(stack, address);
    return got.length > 0 ? got : null;
  }, { timeoutMs: 30_000, what: `acknowledgement to ${address}` });
  return /IMSS-\d{4}-\d{6}/.exec(ack!.subject)![0];
}

async function login(context: BrowserContext, who: { email: string; password: string }): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${web.url}/cola`);
  expect(page.url()).toContain('/login');
  await page.getByLabel('Correo').fill(who.email);
  await page.getByLabel('Contraseña').fill(who.password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.waitForURL(/\/cola$/);
  return page;
}

const describeIf = existsSync(CHROMIUM) ? describe : describe.skip;

describeIf('the staff web app in Chromium, with the real pipeline', () => {
  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    stack = await startLocalStack();
    config = demoConfig(stack, { REDIS_PREFIX: `b${randomUUID().slice(0, 8)}`, IMAP_POLL_SECONDS: '300', LOG_LEVEL: 'silent', SESSION_SECRET: 'browser-test-secret-0123456789', MAX_MESSAGE_BYTES: '40000' });
    worker = await startWorker(config, createLogger('silent'));
    web = await startWeb(config, undefined, { port: 0 });
    const accounts = new StaffAccounts(worker.redis, worker.keys);
    await accounts.create({ ...ANA, admin: true, createdBy: 'test' });
    await accounts.create({ ...BETO, admin: false, createdBy: 'test' });

    ireneMessageId = await deliver(`${irene.name} <${irene.email}>`, 'No tengo vigencia en el IMSS',
      `Buenas tardes\n\nNombre completo: ${irene.name}\nCódigo de estudiante: ${irene.code}\nNSS: ${irene.nss}\nCURP: ${irene.curp}\nCorreo UDG: ${irene.email}\n\nGracias`);
    ireneFolio = await folioOf(irene.email);
    // A later student whose message carries script payloads in both parts.
    await new Promise((r) => setTimeout(r, 1100));
    luisFolio = await (async () => {
      await deliver(`${luis.name} <${luis.email}>`, 'Alta IMSS <script>alert("asunto")</script>',
        `Hola <script>window.__xss="text";alert(1)</script>\n\nNombre: ${luis.name}\nCódigo: ${luis.code}\nNSS: ${luis.nss}\nCURP: ${luis.curp}\nCorreo: ${luis.email}`,
        `<p>Hola</p><script>window.__xss="html";alert(2)</script><img src="x" onerror="window.__xss='img';alert(3)"><a href="javascript:alert(4)">liga</a>`
        + `<p>Nombre: ${luis.name}<br>Código: ${luis.code}<br>NSS: ${luis.nss}<br>CURP: ${luis.curp}<br>Correo: ${luis.email}</p>`,
        [{ filename: 'constancia <b>.txt', content: 'Constancia de estudios de Luis\n' }]);
      return folioOf(luis.email);
    })();

    // Two messages over MAX_MESSAGE_BYTES: they cannot be triaged and land in the Errores lane.
    for (const who of ['grande.uno', 'grande.dos']) {
      await deliver(`${who}@alumnos.udg.mx`, `Mis documentos (${who})`, `Hola, adjunto mi comprobante. Soy ${who}.`, undefined,
        [{ filename: 'comprobante.pdf', content: Buffer.alloc(60_000, 0x41) }]);
    }
    await waitFor(async () => (await worker.redis.zcard(worker.keys.errors())) === 2 && (await listMessages(stack, DESK)).length === 0,
      { timeoutMs: 30_000, what: 'two messages in the Errores lane' });

    profileDir = await mkdtemp(path.join(os.tmpdir(), 'imss-chromium-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
      // playwright-core refuses --user-data-dir here: it always starts Chromium with a fresh
      // temporary profile of its own (removed on close); profileDir is its TMPDIR.
      env: { ...process.env, TMPDIR: profileDir },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await worker?.stop(10_000);
    await stack?.stop();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  it('logs in, takes the next case, copies a field and resolves it: the student receives the threaded reply', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'es-MX' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.url });
    const page = await login(context, ANA);
    await expect.poll(async () => page.locator('a[href^="/casos/"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'queue.png'), fullPage: true });

    // Keyboard: the shortcut "n" takes the next case (the one that waited longest).
    await page.locator('body').press('n');
    await page.waitForURL(new RegExp(`/casos/${ireneFolio}`));
    await expect.poll(() => page.locator('.flash.ok').textContent()).toContain('Tomaste este caso');

    const copy = page.getByRole('button', { name: 'Copiar CURP' });
    await copy.click();
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText())).toBe(irene.curp);
    await expect(copy.textContent()).resolves.toContain('Copiado');
    // The thread was read back from the support mailbox over IMAP.
    expect(await page.locator('article.msg.in').first().textContent()).toContain(irene.code);
    await page.screenshot({ path: path.join(ARTIFACTS, 'case.png'), fullPage: true });

    page.once('dialog', (d) => void d.accept());
    await page.getByLabel('Nota para el estudiante (opcional)').fill('Revisa tu vigencia en unos días.');
    await page.getByRole('button', { name: 'Resolver y avisar al estudiante' }).click();
    await page.waitForURL(/aviso=resolver/);

    const replies = await waitFor(async () => {
      const got = await listMessages(stack, irene.email);
      return got.length >= 2 ? got : null;
    }, { timeoutMs: 30_000, what: 'resolution reply in the student mailbox' });
    const resolution = replies.find((m) => /ya fue tramitada/.test(m.text))!;
    expect(resolution).toBeTruthy();
    expect(resolution.inReplyTo).toBe(ireneMessageId);
    expect(resolution.references).toContain(ireneMessageId);
    expect(resolution.subject).toContain(`[${ireneFolio}]`);
    expect(resolution.text).toContain('Revisa tu vigencia en unos días.');
    expect(resolution.messageId).toMatch(new RegExp(`^<s${ireneFolio}-\\d+@udg\\.mx>$`));
    const c = await worker.store.get(ireneFolio);
    expect(c).toMatchObject({ status: 'resolved', resolvedBy: ANA.email });
    await page.reload();
    await expect.poll(() => page.locator('article.msg.out').count()).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it('never gives a second person the case someone holds', async () => {
    const anaCtx = await browser.newContext();
    const betoCtx = await browser.newContext();
    const ana = await login(anaCtx, ANA);
    const beto = await login(betoCtx, BETO);
    await ana.getByRole('button', { name: 'Tomar siguiente' }).click();
    await ana.waitForURL(new RegExp(`/casos/${luisFolio}`));
    await beto.getByRole('button', { name: 'Tomar siguiente' }).click();
    await beto.waitForURL(/aviso=vacia/);
    expect(await beto.locator('.flash').textContent()).toContain('No hay casos pendientes');
    await beto.goto(`${web.url}/casos/${luisFolio}`);
    expect(await beto.locator('section[aria-labelledby="toma"]').textContent()).toContain(`Tomado por ${ANA.email}`);
    expect(await beto.getByRole('button', { name: 'Resolver y avisar al estudiante' }).count()).toBe(0);
    expect((await worker.store.get(luisFolio))!.claim?.by).toBe(ANA.email);
    await anaCtx.close();
    await betoCtx.close();
  });

  it('renders script and onerror payloads from an e-mail inert', async () => {
    const context = await browser.newContext();
    const page = await login(context, ANA);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${web.url}/casos/${luisFolio}`);
    await page.getByText('Ver la versión HTML (depurada)').first().click();
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (globalThis as unknown as { __xss?: string }).__xss ?? null)).toBeNull();
    const body = await page.locator('article.msg.in').first().innerHTML();
    expect(body).not.toMatch(/<script/i);
    expect(body).not.toMatch(/onerror/i);
    expect(body).not.toMatch(/javascript:/i);
    expect(await page.locator('article.msg.in pre').first().textContent()).toContain('<script>window.__xss="text"');
    // The attachment downloads (as a file, never rendered), name cleaned.
    const link = page.locator('article.msg.in a[download]').first();
    const res = await page.request.get(new URL((await link.getAttribute('href'))!, web.url).toString());
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/octet-stream');
    expect(res.headers()['content-disposition']).toMatch(/^attachment; filename="constancia _b_\.txt"/);
    expect(await res.text()).toBe('Constancia de estudios de Luis\n');
    await page.screenshot({ path: path.join(ARTIFACTS, 'case-hostile.png'), fullPage: true });
    await context.close();
  });

  it('refuses requests without a session or without a CSRF token', async () => {
    const anon = await browser.newContext();
    const noSession = await anon.request.post(`${web.url}/casos/${luisFolio}/resolver`, { form: { nota: 'x' }, maxRedirects: 0 });
    expect(noSession.status()).toBe(401);
    const page = await anon.newPage();
    await page.goto(`${web.url}/casos/${luisFolio}`);
    expect(page.url()).toContain('/login');
    const staff = await browser.newContext();
    const p = await login(staff, ANA);
    const noToken = await p.request.post(`${web.url}/casos/${luisFolio}/resolver`, { form: { nota: 'x' }, maxRedirects: 0 });
    expect(noToken.status()).toBe(403);
    expect((await worker.store.get(luisFolio))!.status).toBe('claimed');
    await anon.close();
    await staff.close();
  });

  // The Errores lane, the summary and the export (same browser and pipeline).
  it('shows the reason and the message, turns one into a case by hand and re-queues the other through the pipeline', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
    const page = await login(context, ANA);
    await page.getByRole('link', { name: 'Errores' }).first().click();
    expect(await page.locator('tbody tr').count()).toBe(2);
    expect(await page.locator('tbody').textContent()).toContain('El mensaje es demasiado grande');
    await page.screenshot({ path: path.join(ARTIFACTS, 'errors.png'), fullPage: true });

    const keys = await worker.redis.zrange(worker.keys.errors(), '0', '-1');
    await page.goto(`${web.url}/errores/${keys[0]}`);
    expect(await page.locator('article.msg.in').textContent()).toMatch(/adjunto mi comprobante/);
    const diego = SAMPLE_STUDENTS.diego;
    await page.getByLabel('Nombre completo').fill(diego.name);
    await page.getByLabel('Código de estudiante').fill(diego.code);
    await page.getByLabel('NSS').fill(diego.nss);
    await page.getByLabel('CURP').fill(diego.curp);
    await page.getByLabel('Correo institucional').fill(diego.email);
    await page.getByRole('button', { name: 'Crear caso y ponerlo en la cola' }).click();
    await page.waitForURL(/\/casos\/IMSS-\d{4}-\d{6}$/);
    const folio = /IMSS-\d{4}-\d{6}/.exec(page.url())![0];
    const c = await worker.store.get(folio);
    expect(c).toMatchObject({ status: 'queued', replyAddress: expect.stringMatching(/^grande\./) });
    expect(c!.fields.curp?.value).toBe(diego.curp);
    expect(await worker.redis.zscore(worker.keys.staffQueue(), folio)).not.toBeNull();
    // The case page reads the original message back from the Errores folder.
    expect(await page.locator('article.msg.in').first().textContent()).toMatch(/adjunto mi comprobante/);

    const before = await worker.redis.hget(worker.keys.inbound(keys[1]!), 'at');
    await page.goto(`${web.url}/errores/${keys[1]}`);
    await page.getByRole('button', { name: 'Reprocesar' }).click();
    await page.waitForURL(/\/errores$/);
    // Still too large: the worker triages it again (a fresh record) and files it in Errores again.
    await waitFor(async () => {
      const rec = await worker.redis.hgetall(worker.keys.inbound(keys[1]!));
      return rec.state === 'done' && rec.at !== before && (await worker.redis.zscore(worker.keys.errors(), keys[1]!)) !== null;
    }, { timeoutMs: 30_000, what: 're-queued message processed again' });
    expect(await worker.redis.zscore(worker.keys.errors(), keys[0]!)).toBeNull();
    await context.close();
  });

  it('shows the summary with lanes and today, and the resolved export downloads', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, acceptDownloads: true });
    const page = await login(context, ANA);
    await page.getByRole('link', { name: 'Resumen' }).click();
    expect(await page.locator('.stat').filter({ hasText: 'Resueltos hoy' }).locator('.v').textContent()).toBe('1');
    expect(Number(await page.locator('.stat').filter({ hasText: 'Respuestas automáticas hoy' }).locator('.v').textContent())).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.flash.bad').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'summary.png'), fullPage: true });
    await page.getByRole('link', { name: 'Exportar' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar CSV' }).click()]);
    const file = path.join(profileDir, 'export.csv');
    await download.saveAs(file);
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile(file, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(ireneFolio);
    expect(csv).toContain(irene.name);
    await context.close();
  });
});
