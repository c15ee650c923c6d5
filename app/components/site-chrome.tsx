import { Form, Link, NavLink, useLocation } from '@remix-run/react'
import type { ReactNode } from 'react'
import type { Role } from '../../db/schema/index.ts'
import { LANGUAGE_NAMES, type Locale, languageTag } from '~/i18n/locale'
import { T, useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { useCurrentLinkInView } from './current-in-view.ts'

interface HeaderUser {
  name: string
  role: Role
}

const NAV: { to: string; label: string; roles?: Role[] }[] = [
  { to: '/', label: msg('Home') },
  { to: '/statements', label: msg('Statements') },
  { to: '/ballots', label: msg('Ballots') },
  { to: '/press', label: msg('Press') },
  { to: '/press/alerts', label: msg('Press alerts'), roles: ['journalist'] },
  { to: '/account', label: msg('Your account'), roles: ['member', 'officer', 'admin', 'journalist'] },
  { to: '/officer', label: msg('Officer dashboard'), roles: ['officer', 'admin'] },
  { to: '/admin', label: msg('Admin'), roles: ['admin'] },
]

/** The same page in the other language: a plain link, so it leaves this language's app. */
function LanguageSwitch({ locale, href }: { locale: Locale; href: string }) {
  const t = useT()
  return (
    <a href={href} hrefLang={languageTag(locale)} className="site-header__link language-switch">
      <span className="visually-hidden">{t('Read this page in')} </span>
      <span lang={languageTag(locale)}>{LANGUAGE_NAMES[locale]}</span>
    </a>
  )
}

/**
 * Offered, never forced: shown on an English page to someone who chose Welsh, or whose browser
 * asks for Welsh first. Written in Welsh, with English beside it for anyone who arrived by mistake.
 * The Welsh comes from the server (an English page does not load the Welsh catalog).
 */
export function LanguageSuggestion({ href, welsh }: { href: string; welsh: { sentence: string; link: string } }) {
  const t = useT()
  return (
    <div className="language-suggestion">
      <p>
        <span lang="cy">
          {welsh.sentence}{' '}
          <a href={href} hrefLang="cy">
            {welsh.link}
          </a>
        </span>{' '}
        <span>{t('This page is available in Welsh.')}</span>
      </p>
    </div>
  )
}

export function SiteHeader({
  user,
  testMode,
  openOffline = false,
  otherLanguage,
}: {
  user: HeaderUser | null
  testMode: boolean
  openOffline?: boolean
  otherLanguage?: { locale: Locale; href: string }
}) {
  const t = useT()
  const items = NAV.filter((item) => !item.roles || (user && item.roles.includes(user.role)))
  // On a phone the main navigation scrolls sideways on one line: start with the current section in view.
  const list = useCurrentLinkInView<HTMLUListElement>(useLocation().pathname)
  return (
    <header className="site-header">
      {testMode ? (
        <p className="test-mode-banner">
          <T message="<strong>TEST MODE</strong> — payments and emails are simulated; nothing is charged or sent." values={{ strong }} />
        </p>
      ) : null}
      {openOffline ? (
        <p className="test-mode-banner" role="alert">
          <T
            message="<strong>Warning: this demonstration copy of Chorus is open to other computers.</strong> Its demo accounts use a published password and its test mailbox shows every email sent. Do not enter real personal details."
            values={{ strong }}
          />
        </p>
      ) : null}
      <div className="site-header__inner">
        <Link to="/" className="site-header__brand" aria-label={t('Chorus home')}>
          <span className="site-header__mark" aria-hidden="true">
            ◖◗
          </span>
          Chorus
        </Link>
        <nav className="site-nav" aria-label={t('Main')}>
          <ul className="site-nav__list" ref={list}>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'} className="site-nav__link">
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="site-header__account">
          {otherLanguage ? <LanguageSwitch {...otherLanguage} /> : null}
          {user ? (
            <Form method="post" action="/logout" className="inline-form">
              <span className="site-header__who">{user.name}</span>
              <button type="submit" className="link-button">
                {t('Sign out')}
              </button>
            </Form>
          ) : (
            <>
              <Link to="/login" className="site-header__link">
                {t('Sign in')}
              </Link>
              <Link to="/join" className="button button--small button--inverse">
                {t('Join')}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  )
}

const strong = (text: ReactNode) => <strong>{text}</strong>

export function SiteFooter() {
  const t = useT()
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          <T message="<strong>Chorus</strong> is the national professional body for social workers: one voice for the profession." values={{ strong }} />
        </p>
        <p>{t('Chorus, 1 Civic Square, London EC1A 1AA')}</p>
      </div>
    </footer>
  )
}
