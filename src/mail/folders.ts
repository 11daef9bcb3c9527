// Outcome folders. Names are configured with "/" as separator; the server's own hierarchy
// delimiter (Dovecot Maildir++ uses ".", Gmail and Microsoft 365 use "/") is read from LIST.
import type { ImapFlow } from 'imapflow';

export type FolderRole = 'complete' | 'incomplete' | 'ignored' | 'errors' | 'sent';

/** "Triage/Completos" with delimiter "." -> "Triage.Completos". Pure. */
export function toServerPath(name: string, delimiter: string): string {
  return name.split('/').filter(Boolean).join(delimiter);
}

/** Resolves every folder to its server path and creates the missing ones. */
export async function ensureFolders(client: ImapFlow, names: Record<FolderRole, string>): Promise<Record<FolderRole, string>> {
  const list = await client.list();
  const delimiter = list.find((m) => m.delimiter)?.delimiter ?? '/';
  const existing = new Set(list.map((m) => m.path));
  const resolved = {} as Record<FolderRole, string>;
  for (const [role, name] of Object.entries(names) as [FolderRole, string][]) {
    const path = toServerPath(name, delimiter);
    if (!existing.has(path)) {
      // Parents first: some servers do not create intermediate levels themselves.
      const parts = path.split(delimiter);
      for (let i = 1; i <= parts.length; i++) {
        const partial = parts.slice(0, i).join(delimiter);
        if (existing.has(partial)) continue;
        try {
          await client.mailboxCreate(partial);
        } catch (err) {
          // ALREADYEXISTS from a concurrent creator is fine; anything else is re-checked below.
          void err;
        }
        existing.add(partial);
      }
    }
    resolved[role] = path;
  }
  const after = new Set((await client.list()).map((m) => m.path));
  for (const path of Object.values(resolved)) {
    if (!after.has(path)) throw new Error(`could not create IMAP folder ${path}`);
  }
  return resolved;
}
