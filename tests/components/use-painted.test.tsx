import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { usePainted } from '../../lib/ui/use-painted';
import { mount } from './dom';

let frames: (() => void)[] = [];

function Probe({ value }: { value: string | null }) {
  const painted = usePainted(value);
  return <p id="out">{painted ?? 'nichts'}</p>;
}

const shown = (root: HTMLElement) => root.querySelector('#out')!.textContent;
const runFrame = () => act(() => frames.splice(0).forEach((f) => f()));
const runTasks = (ms = 0) => act(() => void vi.advanceTimersByTime(ms));

describe('usePainted (secondary work waits for the rows to be on screen)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    Object.assign(globalThis, {
      requestAnimationFrame: (f: () => void) => frames.push(f),
      cancelAnimationFrame: (id: number) => void (frames[id - 1] = () => undefined),
    });
  });
  afterEach(() => vi.useRealTimers());

  it('gives nothing for null, and a value only once a frame has shown it', () => {
    const root = mount(<Probe value={null} />);
    expect(shown(root)).toBe('nichts');
    const next = mount(<Probe value="Bayern" />);
    expect(shown(next)).toBe('nichts');
    runFrame();
    expect(shown(next)).toBe('nichts');
    runTasks();
    expect(shown(next)).toBe('Bayern');
  });

  it('goes on without frames after a moment (a hidden page gets none)', () => {
    const root = mount(<Probe value="Sachsen" />);
    runTasks(100);
    expect(shown(root)).toBe('nichts');
    runTasks(200);
    expect(shown(root)).toBe('Sachsen');
  });
});
