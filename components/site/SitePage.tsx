import type { ComponentChildren } from 'preact';

export interface FeedLink {
  href: string;
  type: string;
  title: string;
}

/**
 * The frame of every published page: German, light and dark (the colours follow the
 * reader's system), one stylesheet, no script.
 */
export function SitePage(props: {
  title: string;
  root: string;
  canonical?: string;
  feeds: FeedLink[];
  /** Which navigation entry this page belongs to. */
  current?: 'index';
  children: ComponentChildren;
  footer: ComponentChildren;
}) {
  const { root } = props;
  return (
    <html lang="de">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{props.title}</title>
        {props.canonical ? <link rel="canonical" href={props.canonical} /> : null}
        {props.feeds.map((f) => <link key={f.href} rel="alternate" type={f.type} title={f.title} href={f.href} />)}
        <link rel="stylesheet" href={`${root}style.css`} />
      </head>
      <body class="site">
        <a class="skip" href="#inhalt">Zum Inhalt</a>
        <header class="site-head">
          <a class="brand" href={`${root}index.html`} aria-current={props.current === 'index' ? 'page' : undefined}>Kommunalradar</a>
          <nav aria-label="Bereiche">
            <ul>
              <li><a href={`${root}index.html#meldungen`}>Meldungen</a></li>
              <li><a href={`${root}index.html#laender`}>Länder</a></li>
              <li><a href={`${root}index.html#themen`}>Themen</a></li>
              <li><a href={`${root}index.html#feeds`}>Feeds</a></li>
            </ul>
          </nav>
        </header>
        <main id="inhalt">{props.children}</main>
        <footer class="site-foot">{props.footer}</footer>
      </body>
    </html>
  );
}
