/** A 422 detail's field (`icpCriteria.industries[0].<list element>`, `channels.email`) -> the form field it belongs to. */
export function formField(serverField: string): string {
  return serverField.replace(/^icpCriteria\./, '').replace(/^channels\..*/, 'channels').replace(/\[.*$/, '').replace(/Valid$/, '');
}
