import type { Command, OptionSpec } from './command.js';

const optionName = (name: string, spec: OptionSpec) => `--${name}${spec.value ? ` ${spec.value}` : ''}`;

export function usageLine(command: Command): string {
  const options = Object.entries(command.options).map(([name, spec]) => ` [${optionName(name, spec)}]`);
  return `parallax ${command.name}${command.arguments ? ` ${command.arguments}` : ''}${options.join('')}`;
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  const entries = Object.entries(options).map(([name, spec]) => [optionName(name, spec), spec.help] as const);
  const width = Math.max(...entries.map(([name]) => name.length));
  return entries.map(([name, help]) => `  ${name.padEnd(width)}  ${help}`);
}

export function generalHelp(commands: readonly Command[], globalOptions: Record<string, OptionSpec>): string {
  return [
    'Parallax: an offline workbench for following what two governments say about each other.',
    '',
    'Usage: parallax <command> [options]',
    '',
    'Commands:',
    ...commands.flatMap((command) => [`  ${usageLine(command)}`, `      ${command.summary}`]),
    '  parallax help [command]',
    '      Show this help, or one command’s.',
    '',
    'Options for every command (before or after the command name):',
    ...optionLines(globalOptions),
    '',
  ].join('\n');
}

export function commandHelp(command: Command, globalOptions: Record<string, OptionSpec>): string {
  return [
    `Usage: ${usageLine(command)}`,
    '',
    command.summary,
    '',
    'Options:',
    ...optionLines({ ...command.options, ...globalOptions }),
    '',
  ].join('\n');
}
