// /stilguide: the graphic profile as it is — colours with their contrast, type scale, buttons, links, form fields with
// errors, badges, cards, tables, the opening-status line, notices and the search box — drawn with the components and
// classes the pages use, so the guide cannot drift from the site. Not indexed.
import type { ComponentChildren } from 'preact';
import type { EServiceItem, LibraryProfile, SiteProfile } from '../../../core/content.ts';
import type { OpeningHours, OpeningInterval } from '../../../core/opening-hours/opening-hours.types.ts';
import { Layout } from '../layout.tsx';
import { OpeningStatusLine } from '../opening-status.tsx';
import type { PageContext } from '../page-context.ts';
import { SearchBox } from '../search-box.tsx';
import { EServiceCard } from './eservices.page.tsx';
import { FormField } from './form-field.tsx';
import { ColourTable, ProfileColours, TableRegion, type ColourToken } from './style-guide-colours.tsx';

export interface StyleGuideProps {
  readonly ctx: PageContext;
  readonly tokens: readonly ColourToken[];
  readonly site: SiteProfile;
  readonly profiles: readonly LibraryProfile[];
}

const SECTIONS = ['colours', 'profile', 'type', 'buttons', 'links', 'forms', 'badges', 'cards', 'tables', 'opening', 'notices', 'search'] as const;
const TYPE_STEPS = ['-1', '0', '1', '2', '3', '4'] as const;

/** A made-up branch: staffed 10–19 inside self-service 07–22 on weekdays. */
const day: readonly OpeningInterval[] = [{ from: '07:00', to: '22:00', service: 'self-service' }, { from: '10:00', to: '19:00', service: 'staffed' }];
const EXAMPLE_HOURS: OpeningHours = { schedules: [{ days: { mon: day, tue: day, wed: day, thu: day, fri: day } }], demo: true };
/** Wednesday 2 December 2026 at 12:00, 20:00 and 23:00 in Stockholm (UTC+1). */
const EXAMPLE_MOMENTS = ['2026-12-02T11:00:00Z', '2026-12-02T19:00:00Z', '2026-12-02T22:00:00Z'].map((iso) => new Date(iso));

export function StyleGuidePage({ ctx, tokens, site, profiles }: StyleGuideProps) {
  const { l } = ctx;
  const ink = tokens.find((t) => t.name === '--c-ink')?.value ?? '#1b2428';
  const [before, after = ''] = l.t('styleguide.links.text', { link: '\u0000' }).split('\u0000');
  return (
    <Layout ctx={ctx} title={l.t('styleguide.title')} noindex>
      <div class="wrap style-guide">
        <h1>{l.t('styleguide.title')}</h1>
        <p class="style-guide__intro">{l.t('styleguide.intro')}</p>
        <nav class="style-guide__toc" aria-label={l.t('styleguide.toc')}>
          <ul>{SECTIONS.map((s) => <li><a href={`#sg-${s}`}>{l.t(`styleguide.${s}.heading`)}</a></li>)}</ul>
        </nav>
        <Section ctx={ctx} id="colours" intro>
          <ColourTable l={l} tokens={tokens} ink={ink} />
        </Section>
        <Section ctx={ctx} id="profile" intro>
          <ProfileColours ctx={ctx} site={site} profiles={profiles} />
        </Section>
        <Section ctx={ctx} id="type" intro>
          {TYPE_STEPS.map((step) => (
            <p class={`type-sample type-step-${step}`}>
              <span class="type-sample__label">{l.t('styleguide.type.step', { step })} · <code>--step-{step}</code></span>
              {l.t('styleguide.type.sample')}
            </p>
          ))}
        </Section>
        <Section ctx={ctx} id="buttons">
          <p class="style-guide__row">
            <button class="button" type="button">{l.t('styleguide.buttons.primary')}</button>
            <button class="button button--secondary" type="button">{l.t('styleguide.buttons.secondary')}</button>
          </p>
        </Section>
        <Section ctx={ctx} id="links">
          <p>{before}<a href="#sg-links">{l.t('styleguide.links.link')}</a>{after}</p>
        </Section>
        <Section ctx={ctx} id="forms" intro>
          <FormField l={l} id="sg-name" name="name" label={l.t('styleguide.forms.label')} hint={l.t('styleguide.forms.hint')} value="" />
          <FormField l={l} id="sg-email" name="email" label={l.t('styleguide.forms.errorLabel')} value={l.t('styleguide.forms.errorValue')} error={l.t('styleguide.forms.error')} />
          <div class="form-field">
            <label class="form-field__label" for="sg-library">{l.t('styleguide.forms.select')}</label>
            <select class="form-field__input" id="sg-library" name="library">{ctx.libraries.map((m) => <option value={m.id}>{m.name}</option>)}</select>
          </div>
        </Section>
        <Section ctx={ctx} id="badges">
          <p class="style-guide__row">
            <span class="badge">{l.t('styleguide.badges.format')}</span> <span class="badge">{l.t('styleguide.badges.audience')}</span>{' '}
            <span class="badge badge--demo">{l.t('info.eservices.demo')}</span>
          </p>
        </Section>
        <Section ctx={ctx} id="cards">
          <ul class="library-list">
            <li class="library-card">
              <a class="library-card__link" href="#sg-cards">{l.t('styleguide.cards.libraryName')}</a>
              <span class="library-card__branches">{l.t('styleguide.cards.branches')}</span>
            </li>
          </ul>
          <div class="style-guide__card"><EServiceCard ctx={ctx} service={exampleService(ctx)} /></div>
        </Section>
        <Section ctx={ctx} id="tables">
          <ExampleTable ctx={ctx} />
        </Section>
        <Section ctx={ctx} id="opening" intro>
          <ul class="branch-hours">
            {EXAMPLE_MOMENTS.map((now) => <li class="branch-hours__branch"><OpeningStatusLine l={l} hours={EXAMPLE_HOURS} now={now} /></li>)}
          </ul>
        </Section>
        <Section ctx={ctx} id="notices">
          <p class="demo-notice"><span class="wrap">{l.t('site.demoNotice')}</span></p>
          <div class="notice notice--status"><p class="notice__title">{l.t('styleguide.notices.status')}</p></div>
          <div class="notice notice--error"><p class="notice__title">{l.t('styleguide.notices.error')}</p></div>
          <p class="notice notice--demo">{l.t('styleguide.notices.demo')}</p>
        </Section>
        <Section ctx={ctx} id="search">
          <SearchBox ctx={ctx} />
        </Section>
      </div>
    </Layout>
  );
}

function Section({ ctx, id, intro, children }: { readonly ctx: PageContext; readonly id: (typeof SECTIONS)[number]; readonly intro?: boolean; readonly children: ComponentChildren }) {
  return (
    <section class="style-guide__section" aria-labelledby={`sg-${id}`}>
      <h2 id={`sg-${id}`}>{ctx.l.t(`styleguide.${id}.heading`)}</h2>
      {intro && <p>{ctx.l.t(`styleguide.${id}.intro`)}</p>}
      {children}
    </section>
  );
}

function ExampleTable({ ctx }: { readonly ctx: PageContext }) {
  const { l } = ctx;
  return (
    <TableRegion label={l.t('styleguide.tables.caption')}>
      <table class="data-table">
        <caption>{l.t('styleguide.tables.caption')}</caption>
        <thead><tr><th scope="col">{l.t('styleguide.tables.branch')}</th><th scope="col">{l.t('styleguide.tables.shelf')}</th><th scope="col">{l.t('styleguide.tables.status')}</th></tr></thead>
        <tbody>
          <tr><th scope="row">{l.t('styleguide.tables.branchA')}</th><td>Hc</td><td><span class="status status--available">{l.statusName('available')}</span></td></tr>
          <tr><th scope="row">{l.t('styleguide.tables.branchB')}</th><td>Hc</td><td><span class="status status--on-loan">{l.statusName('on-loan')}</span></td></tr>
        </tbody>
      </table>
    </TableRegion>
  );
}

function exampleService(ctx: PageContext): EServiceItem {
  const at = '2026-01-01T00:00:00.000Z';
  return {
    id: 'style-guide-example', kind: 'eservice', library: null, status: 'published', publishAt: null, unpublishAt: null, createdAt: at,
    updatedAt: at, updatedBy: null, version: 1, demo: true, name: 'Exempeltjänsten', categories: ['ebooks'], url: 'https://example.org/',
    description: { sv: 'En påhittad e-tjänst som visar hur ett kort ser ut.', en: 'A made-up e-service that shows what a card looks like.' },
    forLibraries: ctx.libraries.slice(0, 1).map((m) => m.id), access: 'remote', terms: { sv: '2 lån per vecka', en: '2 loans a week' }, image: null,
  };
}
