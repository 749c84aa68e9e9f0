import { describe, expect, it } from 'vitest'

import { composeMail } from '../../../../src/mail/templates/layout'

const parts = [
  { kind: 'text' as const, text: 'Nieuw bij <Scholing>:' },
  { kind: 'link' as const, label: 'Training A', href: 'https://portaal.example/scholing/a?x=1&y=2' },
  { kind: 'details' as const, rows: [['Wanneer', '2 januari']] as [string, string][] },
]

describe('composeMail: text and HTML of a mail from the same parts (src/mail/templates/layout.ts)', () => {
  it('says the same in text and HTML, escaped in HTML, with closing and footer', () => {
    const mail = composeMail('Onderwerp & meer', { greeting: 'Beste Jan,', parts, footer: 'Waarom u dit krijgt.' })
    expect(mail.subject).toBe('Onderwerp & meer')
    expect(mail.text).toBe(
      'Beste Jan,\n\nNieuw bij <Scholing>:\n\nTraining A: https://portaal.example/scholing/a?x=1&y=2\n\nWanneer: 2 januari\n\n' +
        'Met vriendelijke groet,\nKennisportaal Jeugdbescherming Gelderland\n\n-- \nWaarom u dit krijgt.',
    )
    expect(mail.html).toContain('<title>Onderwerp &amp; meer</title>')
    expect(mail.html).toContain(
      '<p>Beste Jan,</p>\n<p>Nieuw bij &lt;Scholing&gt;:</p>\n<p><a href="https://portaal.example/scholing/a?x=1&amp;y=2">Training A</a></p>\n<table role="presentation"',
    )
    expect(mail.html).toContain('<p style="font-size:14px;color:#555">Waarom u dit krijgt.</p>')
  })

  it('without a name starts with the first part (alert mails know only an address)', () => {
    const mail = composeMail('Onderwerp', { parts: parts.slice(0, 1), footer: 'Voet' })
    expect(mail.text.startsWith('Nieuw bij <Scholing>:\n\n')).toBe(true)
    expect(mail.html).toContain('max-width:40em">\n<p>Nieuw bij &lt;Scholing&gt;:</p>\n<p>Met vriendelijke groet,')
  })
})
