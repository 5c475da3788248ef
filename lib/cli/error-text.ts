/**
 * The command line's German sentences for error codes. The extension reads the same sentences
 * from public/_locales/de/messages.json (`err_<code>`); tests/errors.test.ts checks they agree.
 */
import { ERROR_PARAMS, type ErrorCode, type ErrorInfo } from '../errors';

/** `{name}` stands for the parameter of that name. */
export const ERROR_TEXT_DE: Readonly<Record<ErrorCode, string>> = {
  'fetch.network': 'Netzwerkfehler: {detail}',
  'fetch.timeout': 'Keine Antwort innerhalb von {seconds} s',
  'fetch.too-large': 'Die Antwort ist größer als {limit}',
  'fetch.empty': 'Der Server hat eine leere Antwort geschickt',
  'fetch.http': 'Der Server antwortet mit einem Fehler ({line})',
  'fetch.gone': 'Der Feed wurde entfernt (HTTP 410) und wird nicht mehr abgerufen',
  'fetch.rate-limited': 'Der Server bittet um eine Pause (HTTP 429/503); der nächste Abruf wartet',
  'fetch.blocked': 'Ein Bot-Schutz ({vendor}) verhindert den Abruf',
  'fetch.forbidden-url': 'Diese Adresse wird nicht abgerufen: {reason}',
  'fetch.permission': 'Keine Berechtigung für diese Website; bitte in den Einstellungen erteilen',
  'parse.not-a-feed': 'Unter dieser Adresse steht kein Feed (RSS oder Atom)',
  'parse.malformed': 'Der Feed ist fehlerhaft und enthält keine vollständige Meldung ({detail})',
  'parse.rejected': 'Der Feed konnte nicht gelesen werden ({detail})',
  'parse.empty': 'Das Dokument ist leer',
  'listing.empty': 'Auf der Seite wurden keine Meldungen gefunden ({detail})',
  'listing.changed': 'Hat sich die Seite geändert? Seit {polls} Abrufen keine Meldungen gefunden; die früheren bleiben',
  'store.quota': 'Der Speicher ist voll: ältere gelesene Meldungen wurden entfernt.',
  'store.newer-db': 'Die Datenbank stammt von einer neueren Version von Kommunalradar; bitte die Erweiterung aktualisieren',
  'store.failed': 'Speichern fehlgeschlagen ({detail})',
  'input.not-http': 'Nur http(s)-Adressen sind erlaubt',
  'input.invalid': 'Die Eingabe ist unvollständig oder ungültig',
  'input.opml': 'Die Datei ist kein lesbares OPML-Dokument ({detail})',
  'item.missing': 'Die Meldung gibt es nicht mehr',
  'item.no-link': 'Die Meldung hat keinen gültigen Link',
  'source.duplicate': 'Diese Quelle ist schon eingetragen',
  'fetch.not-modified': 'Der Server meldet „nicht geändert“ (HTTP 304), ohne dass etwas zwischengespeichert ist; bitte später noch einmal versuchen',
  'cmd.unknown': 'Unbekannter Befehl',
  'refresh.aborted': 'Die Verarbeitung wurde abgebrochen (der Hintergrunddienst wurde dabei beendet); die Quelle wird einmal übersprungen',
  'cmd.no-reply': 'Der Hintergrunddienst antwortet nicht; bitte die Erweiterung neu laden',
  'input.not-opml': 'Die Datei ist kein OPML-Dokument',
  'cmd.failed': 'Der Hintergrunddienst konnte das nicht ausführen ({detail})',
};

/** The German sentence for an error. */
export function germanErrorText(e: ErrorInfo): string {
  const names = new Set(ERROR_PARAMS[e.code]);
  return ERROR_TEXT_DE[e.code].replace(/\{([a-zA-Z]+)\}/g, (m, name: string) => (names.has(name) ? String(e.params?.[name] ?? '') : m));
}
