import { Command } from "commander";
import { AppError, toAppError } from "../lib/errors.ts";
import { registerClaimsCommand } from "./commands/claims.ts";
import { registerCompareCommand } from "./commands/compare.ts";
import { registerEventsCommand } from "./commands/events.ts";
import { registerExportCommand } from "./commands/export.ts";
import { registerImportCommand } from "./commands/import.ts";
import { registerOutletsCommand } from "./commands/outlets.ts";
import { registerUsersCommand } from "./commands/users.ts";
import { registerWorkerCommands } from "./commands/worker.ts";

process.env.NEXT_TELEMETRY_DISABLED = "1";

const program = new Command()
  .name("parallax")
  .description("Compare how several outlets report the same event.")
  .showHelpAfterError()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

registerImportCommand(program);
registerOutletsCommand(program);
registerClaimsCommand(program);
registerEventsCommand(program);
registerCompareCommand(program);
registerUsersCommand(program);
registerExportCommand(program);
registerWorkerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const appError = error instanceof AppError ? error : toAppError(error);
  if (appError.code === "INTERNAL") console.error(error);
  process.stderr.write(`parallax: ${appError.message}\n`);
  process.exitCode = appError.exitCode;
}
