// Every command of `npm run admin`, by domain. A later domain adds its own
// (`plan import`, `reminders send`) here.
import { digestCommands } from "@/lib/digests/commands";
import { operatorCommands } from "@/lib/operators/commands";
import { planImportCommands } from "@/lib/plan-import/commands";
import type { Command } from "./registry";

export const commands: readonly Command[] = [...operatorCommands, ...planImportCommands, ...digestCommands];
