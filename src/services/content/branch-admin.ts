// A coordinator's say over which service points residents are told of: add a branch, library bus or pick-up point to
// a member library, hide a branch (a closed one) or show it again. Part of ContentService. An added branch is
// presentation only: holdings never map to it until IT puts it in the configuration and a source's branch map.
import type { Actor, BranchProfile } from '../../core/content.ts';
import { errors } from '../../core/errors.ts';
import type { Library, LibraryId } from '../../core/types.ts';
import type { ContentStore } from '../../store/content-store.ts';
import { authorize } from '../policy.ts';
import { parseInput } from './input-issues.ts';
import { knownBranch, takenIds } from './library-views.ts';
import { newBranchSchema } from './profile.schemas.ts';
import { changedBy, checkVersion, demoOf } from './profile-versions.ts';

export interface BranchAdminOptions {
  readonly store: ContentStore;
  readonly libraries: readonly Library[];
  readonly clock: () => Date;
  /** A branch changed: the library views must be read again. */
  readonly onSaved: () => void;
}

/** A profile with nothing known yet: residents see the name and "no hours here yet", never invented facts. */
const NOTHING_KNOWN = {
  description: null, address: null, geo: null, phone: null, email: null, accessibility: null, services: [],
  openingHours: null, selfServiceInfo: null, busStops: [],
} as const satisfies Partial<BranchProfile>;

export class BranchAdmin {
  constructor(private readonly options: BranchAdminOptions) {}

  /** `bad-request` naming `id` when a library or branch has it already (ids are public addresses, unique county-wide). */
  async addBranch(actor: Actor, library: LibraryId, input: unknown): Promise<BranchProfile> {
    authorize(actor, { action: 'branches.manage', library });
    const member = this.options.libraries.find((l) => l.id === library);
    if (!member) throw errors.notFound('library', library);
    const profiles = await this.options.store.branchProfiles();
    const fields = parseInput(newBranchSchema(takenIds(this.options.libraries, profiles)), input);
    const profile: BranchProfile = {
      library, branch: fields.id, name: fields.name, kind: fields.kind, added: true, ...NOTHING_KNOWN,
      ...changedBy(actor, this.options.clock(), null, 0),
    };
    // Version 0 = "must not exist yet": of two coordinators adding the same id at once, one gets a conflict.
    if (!(await this.options.store.putBranchProfile(profile, 0))) checkVersion(`branch ${fields.id}`, null, 0);
    this.options.onSaved();
    await this.audit(actor, 'create', library, fields.id, `Lade till ${KIND_WORDS[fields.kind]}: ${fields.name} (${member.name})`);
    return profile;
  }

  /** Hides a branch from residents (or shows it again); its profile is kept as it is. */
  async setBranchHidden(actor: Actor, library: LibraryId, branch: string, hidden: boolean, expectedVersion: number): Promise<BranchProfile> {
    authorize(actor, { action: 'branches.manage', library });
    const profiles = await this.options.store.branchProfiles();
    const known = knownBranch(this.options.libraries, profiles, library, branch);
    const existing = profiles.find((p) => p.library === library && p.branch === branch) ?? null;
    const what = `branch profile ${library}/${branch}`;
    checkVersion(what, existing?.version ?? 0, expectedVersion);
    const base: Omit<BranchProfile, 'updatedAt' | 'updatedBy' | 'version'> = existing ?? { library, branch, ...NOTHING_KNOWN };
    const { hidden: _was, ...kept } = base;
    const profile: BranchProfile = {
      ...kept, ...(hidden ? { hidden: true } : {}), ...changedBy(actor, this.options.clock(), existing, expectedVersion), ...demoOf(existing),
    };
    if (!(await this.options.store.putBranchProfile(profile, expectedVersion))) checkVersion(what, null, expectedVersion);
    this.options.onSaved();
    const name = existing?.name ?? known.branch.name;
    await this.audit(actor, 'update', library, branch, hidden ? `Dolde filial för invånarna: ${name}` : `Visade filial igen: ${name}`);
    return profile;
  }

  private audit(actor: Actor, action: 'create' | 'update', library: LibraryId, branch: string, summary: string): Promise<void> {
    return this.options.store.audit({
      at: this.options.clock().toISOString(), actorId: actor.id, actorEmail: actor.email, action, targetKind: 'branch', targetId: branch, library, summary,
    });
  }
}

const KIND_WORDS = { library: 'filial', bus: 'bokbuss', pickup: 'utlämningsställe' } as const;

/** What a profile save keeps of the branch itself: its added kind and mark, hidden state and the name residents see. */
export function branchIdentity(existing: BranchProfile | null, name: string | undefined): Partial<BranchProfile> {
  return {
    ...(name !== undefined ? { name } : {}),
    ...(existing?.kind ? { kind: existing.kind } : {}),
    ...(existing?.added ? { added: true as const } : {}),
    ...(existing?.hidden ? { hidden: true } : {}),
  };
}
