// The page shell: skip link, top navigation (with the logout form), flash message, main.
import { html, type SafeHtml } from './html.js';

export interface PageUser {
  email: string;
  admin: boolean;
}

export interface PageOptions {
  title: string;
  user: PageUser | null;
  csrf: string;
  /** Which nav entry is current. */
  section?: 'cola' | 'errores' | 'resumen' | 'exportar' | 'cuentas';
  flash?: { kind: 'ok' | 'bad' | 'warn'; text: string } | null;
  body: SafeHtml;
}

const NAV = [
  { id: 'cola', href: '/cola', label: 'Cola', key: 'c' },
  { id: 'errores', href: '/errores', label: 'Errores', key: 'e' },
  { id: 'resumen', href: '/resumen', label: 'Resumen', key: 'r' },
  { id: 'exportar', href: '/exportar', label: 'Exportar', key: 'x' },
] as const;

export function page(o: PageOptions): string {
  const nav = o.user
    ? html`<nav aria-label="Secciones">${NAV.map(
        (n) => html`<a href="${n.href}" accesskey="${n.key}" ${o.section === n.id ? html`aria-current="page"` : ''}>${n.label}</a>`,
      )}${o.user.admin ? html`<a href="/cuentas" ${o.section === 'cuentas' ? html`aria-current="page"` : ''}>Cuentas</a>` : ''}</nav>
      <div class="who"><span>${o.user.email}${o.user.admin ? ' (admin)' : ''}</span>
        <form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="${o.csrf}"><button type="submit">Salir</button></form></div>`
    : '';
  return `<!doctype html>${html`<html lang="es">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} · Mesa IMSS UdeG</title><link rel="stylesheet" href="/static/app.css"></head>
<body><a class="skip" href="#main">Ir al contenido</a>
<header class="top"><span class="brand">Mesa IMSS · UdeG</span>${nav}</header>
<main id="main" tabindex="-1">${o.flash ? html`<p class="flash ${o.flash.kind}" role="${o.flash.kind === 'ok' ? 'status' : 'alert'}">${o.flash.text}</p>` : ''}${o.body}</main>
<script src="/static/app.js" defer></script>
</body></html>`}`;
}
