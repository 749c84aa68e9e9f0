import { getPayload } from '@/lib/payload'

// Content changes through the CMS; render per request until page caching lands.
export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const payload = await getPayload()
  // Read as an anonymous visitor: access control decides, drafts stay hidden.
  const blocks = await payload.find({
    collection: 'building-blocks',
    overrideAccess: false,
    user: null,
    sort: 'number',
    limit: 8,
    depth: 0,
    select: { title: true, number: true, summary: true, slug: true },
  })

  return (
    <>
      <h1>Kennisportaal Jeugdbescherming Gelderland</h1>
      <p className="lead">
        Hier vindt u als professional de gedeelde werkwijzen, het escalatiemodel, de afspraken in uw regio, scholing en
        vacatures van de partners in de Gelderse jeugdbescherming.
      </p>
      <section aria-labelledby="bouwstenen-kop">
        <h2 id="bouwstenen-kop">De acht bouwstenen</h2>
        {blocks.docs.length === 0 ? (
          <p>Er zijn nog geen bouwstenen gepubliceerd.</p>
        ) : (
          <ol className="building-blocks">
            {blocks.docs.map((block) => (
              <li key={block.id} value={block.number ?? undefined}>
                <strong>{block.title}</strong>
                {block.summary ? <p>{block.summary}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  )
}
