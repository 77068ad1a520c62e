// /bibliotek: every member library with its branches and buses, grouped per municipality, each branch with whether
// it is open now — staffed or self-service (meröppet) — or where the bus stands next.
import type { BranchView, LibraryView } from '../../../services/content/content-reader.ts';
import { clockText, stockholmWallTime } from '../../../core/opening-hours/stockholm-time.ts';
import { Layout } from '../layout.tsx';
import type { Localizer } from '../../i18n/i18n.ts';
import type { PageContext } from '../page-context.ts';
import { libraryHref } from '../urls.ts';
import { BranchStatus, hasSelfService } from './branch-status.tsx';
import { municipalityName } from './library-text.tsx';

interface MunicipalityGroup {
  readonly code: string | undefined;
  readonly name: string;
  readonly libraries: LibraryView[];
}

/** Libraries grouped by municipality in configuration order; libraries without one (the regional library) last. */
export function byMunicipality(ctx: PageContext, libraries: readonly LibraryView[]): MunicipalityGroup[] {
  const groups = new Map<string, MunicipalityGroup>();
  for (const view of libraries) {
    const code = view.library.municipalityCode;
    const key = code ?? '';
    if (!groups.has(key)) groups.set(key, { code, name: municipalityName(ctx.l, code), libraries: [] });
    groups.get(key)!.libraries.push(view);
  }
  return [...groups.values()].sort((a, b) => Number(a.code === undefined) - Number(b.code === undefined));
}

export function LibrariesPage({ ctx, libraries, now }: { readonly ctx: PageContext; readonly libraries: readonly LibraryView[]; readonly now: Date }) {
  const { l } = ctx;
  const groups = byMunicipality(ctx, libraries);
  return (
    <Layout ctx={ctx} title={l.t('libraries.list.title')} section="libraries">
      <div class="wrap libraries-page">
        <h1>{l.t('libraries.list.title')}</h1>
        <p class="libraries-page__lead">{l.t('libraries.list.lead', { time: clockText(stockholmWallTime(now).minute) })}</p>
        <StateLegend ctx={ctx} />
        {groups.length > 1 && (
          <nav class="municipality-nav" aria-label={l.t('libraries.list.municipalityNav')}>
            <ul>{groups.map((g) => <li><a href={`#${groupAnchor(g)}`}>{g.name}</a></li>)}</ul>
          </nav>
        )}
        {groups.map((group) => (
          <section class="municipality" id={groupAnchor(group)} aria-labelledby={`${groupAnchor(group)}-h`}>
            <h2 id={`${groupAnchor(group)}-h`}>{group.name}</h2>
            {group.libraries.map((view) => <LibraryBlock ctx={ctx} view={view} now={now} />)}
          </section>
        ))}
      </div>
    </Layout>
  );
}

const groupAnchor = (group: MunicipalityGroup) => `kommun-${group.code ?? 'lan'}`;

/** What the marks mean, in words: staff in, self-service without staff, closed. */
function StateLegend({ ctx }: { readonly ctx: PageContext }) {
  const { l } = ctx;
  return (
    <ul class="state-legend">
      <li><span class="branch-state branch-state--staffed">{l.t('libraries.legend.staffed')}</span></li>
      <li><span class="branch-state branch-state--self-service">{l.t('libraries.legend.selfService')}</span></li>
      <li><span class="branch-state branch-state--closed">{l.t('libraries.legend.closed')}</span></li>
    </ul>
  );
}

function LibraryBlock({ ctx, view, now }: { readonly ctx: PageContext; readonly view: LibraryView; readonly now: Date }) {
  const { locale } = ctx;
  return (
    <article class={`library-block accent-${view.library.id}`} aria-labelledby={`library-${view.library.id}`}>
      <h3 class="library-block__name" id={`library-${view.library.id}`}>
        <a href={libraryHref(locale, view.library.id)}>{view.library.name}</a>
      </h3>
      <ul class="branch-list">
        {view.branches.map((branch) => <BranchRow ctx={ctx} view={branch} now={now} />)}
      </ul>
      <DemoNote l={ctx.l} branches={view.branches} />
    </article>
  );
}

/** Says which of the branches' hours and bus timetables are made up for the demo, if any. */
export function DemoNote({ l, branches }: { readonly l: Localizer; readonly branches: readonly BranchView[] }) {
  const hours = branches.some((b) => b.branch.openingHours?.demo);
  const timetable = branches.some((b) => b.branch.kind === 'bus' && b.profile?.demo && b.profile.busStops.length > 0);
  if (!hours && !timetable) return null;
  return <p class="lib-demo">{[hours && l.t('opening.demo'), timetable && l.t('libraries.bus.demo')].filter(Boolean).join(' ')}</p>;
}

/** One branch: its name (a link to its page), what kind it is, and its state now. */
export function BranchRow({ ctx, view, now }: { readonly ctx: PageContext; readonly view: BranchView; readonly now: Date }) {
  const { l, locale } = ctx;
  return (
    <li class="branch-row">
      <span class="branch-row__head">
        <a class="branch-row__name" href={libraryHref(locale, view.branch.id)}>{view.branch.name}</a>
        {view.branch.kind === 'bus' && <span class="lib-tag lib-tag--bus">{l.t('libraries.bus.tag')}</span>}
        {view.branch.kind === 'pickup' && <span class="lib-tag">{l.t('libraries.pickup.tag')}</span>}
        {view.branch.kind !== 'bus' && hasSelfService(view) && <span class="lib-tag lib-tag--self-service">{l.t('libraries.selfServiceTag')}</span>}
      </span>
      <BranchStatus l={l} view={view} now={now} />
    </li>
  );
}
