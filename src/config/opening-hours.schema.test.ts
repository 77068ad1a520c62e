// Opening hours in the configuration file: the YAML a library writes, the errors it gets, and the built-in demo.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDocument } from 'yaml';
import { isSamverkaError, type SamverkaError } from '../core/errors.ts';
import { daySchedule } from '../core/opening-hours/day-schedule.ts';
import { demoConfig } from './demo-config.ts';
import { librariesOf, parseConfig } from './load-config.ts';

const YAML = `
consortium: { name: Biblioteken i Jämtlands län }
libraries:
  - id: krokom
    name: Krokoms bibliotek
    branches:
      - id: krokom-krokom
        name: Krokoms bibliotek
        openingHours:
          onHolidays: self-service
          schedules:
            - days:
                mon: [10:00-19:00, { from: 07:00, to: 22:00, service: self-service }]
                sat: ["11:00–15:00"]
            - name: { sv: Sommartider, en: Summer hours }
              from: 06-22
              to: 08-16
              days: { mon: [10:00-16:00] }
          exceptions:
            - { date: 2026-12-23, hours: [10:00-15:00], note: Kortare öppettider }
            - { date: 2026-07-01, to: 2026-07-31, hours: [] }
          notes: [Meröppet med lånekort och PIN-kod]
      - id: krokom-bokbuss
        name: Bokbussen
        kind: bus
`;

const branchesOf = (yaml: string) => librariesOf(parseConfig(parseDocument(yaml).toJS()))[0]!.branches;

describe('opening hours in the configuration file', () => {
  test('are read from YAML as a library writes them: unquoted times, plain-string notes, self-service objects', () => {
    const [krokom, bus] = branchesOf(YAML);
    assert.deepEqual(krokom!.openingHours, {
      demo: false,
      onHolidays: 'self-service',
      schedules: [
        { days: { mon: [{ from: '10:00', to: '19:00', service: 'staffed' }, { from: '07:00', to: '22:00', service: 'self-service' }], sat: [{ from: '11:00', to: '15:00', service: 'staffed' }] } },
        { name: { sv: 'Sommartider', en: 'Summer hours' }, from: '06-22', to: '08-16', days: { mon: [{ from: '10:00', to: '16:00', service: 'staffed' }] } },
      ],
      exceptions: [
        { date: '2026-12-23', hours: [{ from: '10:00', to: '15:00', service: 'staffed' }], note: { sv: 'Kortare öppettider' } },
        { date: '2026-07-01', to: '2026-07-31', hours: [] },
      ],
      notes: [{ sv: 'Meröppet med lånekort och PIN-kod' }],
    });
    assert.equal(bus!.openingHours, undefined, 'a branch without hours has none');
    assert.deepEqual(daySchedule(krokom!.openingHours!, '2026-12-25').hours, [], 'no self-service hours on a Friday: closed on Christmas Day');
  });

  const invalid: [string, string, RegExp][] = [
    ['a time that is no time', 'mon: [10:00-25:00]', /days\.mon\.0: must be "HH:MM-HH:MM"/],
    ['an interval that ends before it starts', 'mon: [19:00-10:00]', /days\.mon\.0\.to: must end after it starts/],
    ['an unknown service', 'mon: [{ from: 07:00, to: 22:00, service: robots }]', /days\.mon\.0\.service/],
    ['an unknown weekday', 'monday: [10:00-19:00]', /days: Unrecognized key: "monday"/],
  ];
  for (const [what, day, message] of invalid) {
    test(`reject ${what}, naming the key`, () => {
      const yaml = YAML.replace('mon: [10:00-19:00, { from: 07:00, to: 22:00, service: self-service }]', day);
      assert.throws(() => branchesOf(yaml), (e: SamverkaError) => isSamverkaError(e, 'config-invalid') && message.test(e.message) && /libraries\.0\.branches\.0\.openingHours\.schedules\.0/.test(e.message));
    });
  }

  test('reject periods that cannot be: a yearly start with a dated end, an end before the start, a day that does not exist', () => {
    for (const [from, to] of [['06-22', '2026-08-16'], ['2026-08-16', '2026-06-22'], ['06-31', '08-16']]) {
      const yaml = YAML.replace('from: 06-22', `from: "${from}"`).replace('to: 08-16', `to: "${to}"`);
      assert.throws(() => branchesOf(yaml), (e: SamverkaError) => /openingHours\.schedules\.1\.(from|to)/.test(e.message), `${from}..${to}`);
    }
    assert.throws(() => branchesOf(YAML.replace('to: 2026-07-31', 'to: 2026-06-30')), /openingHours\.exceptions\.1\.to: must not be before date/);
  });
});

describe('the built-in demo', () => {
  test('every branch building has opening hours, each flagged as demo and saying so in a note; buses have none', () => {
    const branches = librariesOf(parseConfig(demoConfig)).flatMap((l) => l.branches);
    for (const branch of branches) {
      if (branch.kind === 'bus') {
        assert.equal(branch.openingHours, undefined, branch.id);
        continue;
      }
      assert.equal(branch.openingHours?.demo, true, branch.id);
      assert.match(branch.openingHours?.notes?.[0]?.sv ?? '', /Påhittade öppettider/, branch.id);
      assert.match(branch.openingHours?.notes?.[0]?.en ?? '', /Made-up opening hours/, branch.id);
    }
    assert.ok(branches.filter((b) => b.openingHours).length >= 20);
  });
});
