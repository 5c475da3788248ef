import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, SettingsForm, type EditableSettings } from '../../components/options/SettingsForm';
import { DEFAULT_SETTINGS, withDefaults } from '../../lib/settings';
import { act } from 'preact/test-utils';
import { fire, mount } from './dom';

const editable = (s = DEFAULT_SETTINGS): EditableSettings => ({
  alertRules: s.alertRules, keywordRules: s.keywordRules, badgeMode: s.badgeMode,
  notifications: s.notifications, retentionDays: s.retentionDays, listDensity: s.listDensity,
});

afterEach(() => vi.useRealTimers());

describe('SettingsForm', () => {
  it('shows one sentence per rule: migrated "oder" settings as one rule per part', () => {
    const s = withDefaults({ watch: { regions: ['SN'], themes: [], keywords: ['Glasfaser'] } });
    const root = mount(<SettingsForm settings={editable(s)} onSave={async () => ({ ok: true })} newRuleId={() => 'n'} />);
    expect([...root.querySelectorAll('.rule-sentence')].map((p) => p.textContent)).toEqual([
      'Benachrichtigt bei jeder neuen Meldung aus Sachsen.',
      'Benachrichtigt bei jeder neuen Meldung mit dem Stichwort „Glasfaser“.',
    ]);
    expect([...root.querySelectorAll('legend')].map((l) => l.textContent)).toContain('Regel 2');
  });

  it('saves a new rule by itself after a pause in typing, and its sentence follows the checkboxes', async () => {
    vi.useFakeTimers();
    const onSave = vi.fn(async (_p: EditableSettings) => ({ ok: true }));
    const root = mount(<SettingsForm settings={editable()} onSave={onSave} newRuleId={() => 'r1'} />);
    const add = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Benachrichtigungsregel hinzufügen')!;
    fire(add, 'click');
    const sachsen = root.querySelector('input[name="rule-1-region"][value="SN"]') as HTMLInputElement;
    sachsen.checked = true;
    fire(sachsen, 'change');
    const keywords = root.querySelector('#rule-1-keywords') as HTMLInputElement;
    keywords.value = 'Glasfaser, ';
    fire(keywords, 'input');
    expect(root.querySelector('.rule-sentence')!.textContent).toBe('Benachrichtigt bei jeder neuen Meldung aus Sachsen mit dem Stichwort „Glasfaser“.');
    expect(onSave).not.toHaveBeenCalled();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    });
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0].alertRules).toEqual([{ id: 'r1', regions: ['SN'], themes: [], keywords: ['Glasfaser'] }]);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Gespeichert.');
    // What is being typed stays as typed (the trailing comma), not reset to the saved form.
    expect((root.querySelector('#rule-1-keywords') as HTMLInputElement).value).toBe('Glasfaser, ');
  });
});
