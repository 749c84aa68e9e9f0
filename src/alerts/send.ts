import type { Payload, TaskConfig } from 'payload'

import type { AlertChange, AlertList, AlertSubscription } from '../../payload-types'
import { siteUrl } from '../lib/seo'
import { alertManagePath } from '../lib/urls'
import { sendAutomatedMail } from '../mail/send'
import { type MailJobOutcome, mailTask } from '../plugins/kit'
import { confirmAlertMail, digestAlertMail, type DigestItem, manageAlertMail } from '../mail/templates/alerts'
import { ALERT_MAIL_TASK, type AlertMailInput } from './mail'
import { alertToken } from './tokens'

export const FREQUENCY_LABELS = { immediately: 'direct', daily: 'dagelijks', weekly: 'wekelijks' } as const

export const confirmUrl = (token: string) => `${siteUrl()}/meldingen/bevestigen?token=${encodeURIComponent(token)}`
export const unsubscribeUrl = (token: string) =>
  `${siteUrl()}/api/alerts/unsubscribe?token=${encodeURIComponent(token)}`

/**
 * Builds an alert mail from what is stored now and sends it through the portal's mail adapter.
 * Every mail carries List-Unsubscribe with the one-click URL and List-Unsubscribe-Post (RFC 8058),
 * so a mail program can unsubscribe without opening a page.
 */
export async function sendAlertMail(payload: Payload, input: AlertMailInput): Promise<MailJobOutcome> {
  const id = payload.db.defaultIDType === 'number' ? Number(input.subscription) : input.subscription
  const subscription = (await payload.findByID({
    collection: 'alert-subscriptions',
    id,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
  })) as (AlertSubscription & { list: AlertList }) | null
  if (!subscription || typeof subscription.list !== 'object') return { sent: false, skipped: 'subscription gone' }
  const manageToken = alertToken(payload.secret, 'manage', subscription)
  const links = { manage: `${siteUrl()}${alertManagePath(manageToken)}`, unsubscribe: unsubscribeUrl(manageToken) }
  const listTitle = subscription.list.title

  let mail
  let deliveries: { id: number | string }[] = []
  if (input.kind === 'confirm') {
    if (subscription.confirmedAt) return { sent: false, skipped: 'already confirmed' }
    mail = confirmAlertMail({
      listTitle,
      confirmUrl: confirmUrl(alertToken(payload.secret, 'confirm', subscription)),
      links,
    })
  } else if (input.kind === 'manage') {
    if (!subscription.confirmedAt) return { sent: false, skipped: 'not confirmed' }
    mail = manageAlertMail({ listTitle, frequencyLabel: FREQUENCY_LABELS[subscription.frequency], links })
  } else {
    if (!subscription.confirmedAt) return { sent: false, skipped: 'not confirmed' }
    const { docs } = await payload.find({
      collection: 'alert-deliveries',
      where: { and: [{ digest: { equals: input.digest } }, { subscription: { equals: subscription.id } }] },
      depth: 1,
      pagination: false,
      limit: 500,
      overrideAccess: true,
    })
    const unsent = docs.filter((d) => !d.sentAt)
    if (unsent.length === 0) return { sent: false, skipped: 'nothing left to send' }
    deliveries = unsent
    const items: DigestItem[] = unsent
      .map((d) => d.change)
      .filter((c): c is AlertChange => typeof c === 'object' && c !== null)
      .map((c) => ({ title: c.title, url: c.url, summary: c.summary, note: c.note, kind: c.kind }))
    mail = digestAlertMail({ listTitle, items, links })
  }

  await sendAutomatedMail(
    payload,
    {
      to: subscription.email,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { 'List-Unsubscribe': `<${links.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    },
    `alert mail ${input.kind} for subscription ${subscription.id}`,
  )
  const sentAt = new Date().toISOString()
  for (const delivery of deliveries) {
    await payload.update({
      collection: 'alert-deliveries',
      id: delivery.id,
      data: { sentAt },
      overrideAccess: true,
      depth: 0,
    })
  }
  return { sent: true }
}

export function sendAlertMailTask({ retryDelayMs, attempts }: { retryDelayMs: number; attempts: number }): TaskConfig {
  return mailTask<AlertMailInput>({
    slug: ALERT_MAIL_TASK,
    label: 'E-mailmelding versturen',
    input: [
      {
        name: 'kind',
        type: 'select',
        required: true,
        options: ['confirm', 'manage', 'digest'].map((value) => ({ value, label: value })),
      },
      { name: 'subscription', type: 'text', required: true },
      { name: 'digest', type: 'text' },
    ],
    attempts,
    retryDelayMs,
    send: sendAlertMail,
  })
}
