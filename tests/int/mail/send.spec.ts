import { describe, expect, it } from 'vitest'

import { sendAutomatedMail } from '../../../src/mail/send'
import { testDatabases } from '../../helpers/databases'
import { usePortal } from '../../helpers/usePortal'

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!

describe('sendAutomatedMail (src/mail/send.ts) against a real SMTP server', () => {
  const portal = usePortal(sqlite, { smtp: { refuse: (address) => address.startsWith('onbekend') } })

  const mail = (to: string) => ({ to, subject: 'Onderwerp', text: 'Tekst', html: '<p>Tekst</p>' })

  it('marks the mail as sent by a machine and keeps the caller’s own headers', async () => {
    await sendAutomatedMail(portal.payload, { ...mail('lezer@example.org'), headers: { 'X-Portaal-Test': 'ja' } }, 'mail test')
    const sent = portal.smtp.messages.at(-1)!
    expect(sent.headers.get('auto-submitted')).toBe('auto-generated')
    expect(sent.headers.get('x-portaal-test')).toBe('ja')
  })

  it('throws a refusal again, named, without the address the server put in it', async () => {
    const failure = await sendAutomatedMail(portal.payload, mail('onbekend.persoon@example.org'), 'mail reminder for registration 7').then(
      () => null,
      (error: Error & { code?: unknown }) => error,
    )
    expect(failure).toBeInstanceOf(Error)
    expect(failure!.message).toMatch(/^mail reminder for registration 7 failed: /)
    expect(failure!.message).toContain('[e-mailadres]')
    expect(failure!.message).not.toContain('onbekend.persoon')
    expect(failure!.code).toBe('EENVELOPE')
  })
})
