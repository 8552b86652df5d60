/** Whether closing or reloading the tab now would make the browser ask first (a cancelable beforeunload is prevented). */
export function leavingIsQuestioned(): boolean {
  const leaving = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(leaving);
  return leaving.defaultPrevented;
}
