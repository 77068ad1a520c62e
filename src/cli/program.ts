// The `samverka` command line (DESIGN.md §5): serve, import, harvest, explain-work, staff. Run by main.ts.
import { Command, InvalidArgumentError, Option } from 'commander';
import { isSamverkaError } from '../core/errors.ts';
import { importCommand } from './import.command.ts';
import { explainWorkCommand } from './explain-work.command.ts';
import { harvestCommand } from './harvest.command.ts';
import { serveCommand } from './serve.command.ts';
import { registerStaffCommand } from './staff.command.ts';
import { createApp } from '../app.ts';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a port number (0–65535)');
  return n;
}

/** Parses `argv` and runs the command it names; failures set the exit code. */
export async function run(argv: readonly string[]): Promise<void> {
  // A reader that stops early (`samverka explain-work … | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    await commands().parseAsync(argv);
  } catch (error) {
    // Known failures get one clear line; anything else is a bug and keeps its stack for the report.
    if (isSamverkaError(error)) {
      console.error(`samverka: ${error.message}`);
      process.exitCode = error.code === 'unknown-library' || error.code === 'config-invalid' ? 2 : 1;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  }
}

/** The commands and their options, as `samverka --help` lists them. */
function commands(): Command {
  const program = new Command()
    .name('samverka')
    .description('The common web of a consortium of public libraries: union catalogue, connectors and portal.')
    .showHelpAfterError();

  program
    .command('serve')
    .description('serve the portal (with no configuration file: the built-in Jämtland demo, seeded on first start)')
    .option('--port <n>', 'port to listen on (default: $PORT or 3000)', port)
    .option('--host <host>', 'address to listen on (default: $HOST or 0.0.0.0)')
    .action(serveCommand);

  program
    .command('import')
    .description('load catalogue records of one member library from MARC files (full or delta; leader/05 "d" deletes)')
    .requiredOption('--library <id>', 'the member library the records belong to')
    .addOption(new Option('--format <format>', 'file format').choices(['auto', 'iso2709', 'marcxml']).default('auto'))
    .addOption(new Option('--encoding <encoding>', 'character encoding').choices(['auto', 'utf-8', 'marc-8', 'iso-8859-1']).default('auto'))
    .option('--json', 'print exactly one JSON summary object on stdout')
    .argument('<file...>', 'ISO 2709 or MARCXML files')
    .action(importCommand);

  program
    .command('harvest')
    .description('pull records from the configured sources, from where the last harvest stopped (one library, or every member)')
    .option('--library <id>', 'harvest this member library only')
    .option('--full', 'harvest everything from the beginning, then delete the records the source no longer has')
    .option('--json', 'print one JSON summary object per library, one per line')
    .action(harvestCommand);

  program
    .command('explain-work')
    .description('say why each record is in a work (record ids "library:localId" are accepted too)')
    .option('--json', 'print the explanation as JSON')
    .argument('<id>', 'work id or record id')
    .action(explainWorkCommand);

  registerStaffCommand(program, async () => {
    const app = await createApp();
    return { staff: app.staff, baseUrl: app.loaded.config.web.baseUrl, close: () => app.close() };
  });
  return program;
}
