import type { Metadata } from 'next'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'E-mailmelding bevestigen',
  // The address holds a token: keep it out of search engines and Referer headers.
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

/**
 * The page behind the link in the confirmation mail. Opening it changes nothing (mail scanners
 * open links); the button posts the token.
 */
export default async function ConfirmPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { token } = await searchParams
  return (
    <article>
      <h1 className="utrecht-heading-1">E-mailmelding bevestigen</h1>
      <form method="post" action="/meldingen/verzenden/bevestigen">
        <input type="hidden" name="token" value={typeof token === 'string' ? token.slice(0, 100) : ''} />
        <p className="utrecht-paragraph">Bevestig dat u e-mail wilt ontvangen over de lijst die u koos.</p>
        <p>
          <button className="utrecht-button utrecht-button--primary-action" type="submit">
            Ja, bevestig mijn aanmelding
          </button>
        </p>
      </form>
    </article>
  )
}
