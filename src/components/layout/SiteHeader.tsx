import type { ReactNode } from 'react'

type Props = { name: string; navigation: { label: string; url: string }[]; search: ReactNode }

export function SiteHeader({ name, navigation, search }: Props) {
  return (
    <header className="utrecht-page-header site-header">
      <div className="site-header__inner">
        <a className="site-header__name" href="/">
          {name}
        </a>
        <div className="site-header__search">{search}</div>
      </div>
      <nav className="utrecht-nav-bar site-nav" aria-label="Hoofdmenu">
        <ul className="utrecht-nav-list site-nav__list">
          {navigation.map((item) => (
            <li key={item.url} className="utrecht-nav-list__item">
              <a className="utrecht-nav-list__link site-nav__link" href={item.url}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
