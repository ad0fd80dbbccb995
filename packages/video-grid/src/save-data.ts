/** The visitor asked the browser to save data (Chrome on Android "Lite mode", Opera, Yandex). */
export function browserSavesData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}
