export type Crumb = { label: string; href?: string }

/** Where the page sits; the last crumb is the current page and not a link. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const trail: Crumb[] = [{ label: 'Home', href: '/' }, ...items]
  return (
    <nav className="utrecht-breadcrumb-nav breadcrumbs" aria-label="Kruimelpad">
      <ol className="utrecht-breadcrumb-nav__list">
        {trail.map((crumb, index) => {
          const current = index === trail.length - 1
          return (
            <li key={`${crumb.label}-${index}`} className="utrecht-breadcrumb-nav__item">
              {current || !crumb.href ? (
                <span className="utrecht-breadcrumb-nav__link" aria-current={current ? 'page' : undefined}>
                  {crumb.label}
                </span>
              ) : (
                <a className="utrecht-breadcrumb-nav__link utrecht-link" href={crumb.href}>
                  {crumb.label}
                </a>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
