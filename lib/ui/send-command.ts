import { browser } from 'wxt/browser';
import type { Command, CommandReply } from '../messages';
import { failure } from '../errors';
import { oneLine } from '../safe-text';

/**
 * Sends a typed command to the background and returns its reply. A background that
 * cannot be reached (worker starting, extension reloaded) becomes a failed reply, so
 * callers handle one shape only.
 */
export async function sendCommand(cmd: Command): Promise<CommandReply> {
  try {
    const reply = (await browser.runtime.sendMessage(cmd)) as CommandReply | undefined;
    return reply ?? failure('cmd.no-reply');
  } catch (e) {
    return failure('cmd.failed', { detail: oneLine(e instanceof Error ? e.message : String(e), 200) });
  }
}
