export type LinkItem = { href: string; label: string; meta?: string }

/** A titled list of links to related items; renders nothing when there are none. */
export function LinkList({ title, items, id }: { title: string; items: LinkItem[]; id: string }) {
  if (items.length === 0) return null
  return (
    <section aria-labelledby={id} className="link-list">
      <h2 id={id} className="utrecht-heading-2">
        {title}
      </h2>
      <ul className="utrecht-link-list">
        {items.map((item) => (
          <li key={item.href} className="utrecht-link-list__item">
            <a className="utrecht-link" href={item.href}>
              {item.label}
            </a>
            {item.meta ? <span className="link-list__meta"> – {item.meta}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
