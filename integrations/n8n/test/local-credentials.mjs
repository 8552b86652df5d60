// The n8n credentials for the LOCAL stand-ins (test values, not secrets): the provider stand-ins accept
// "Bearer test-provider-key"; SMTP/IMAP is the local GreenMail's seller mailbox.
//   node local-credentials.mjs SMTP_PORT IMAP_PORT > credentials.json     (for n8n import:credentials)
export const SELLER_MAILBOX = { user: 'seller@sales.test', password: 'seller-mail-pass' };

export function localCredentials(smtpPort, imapPort) {
  const header = (id, name) => ({ id, name, type: 'httpHeaderAuth', data: { name: 'Authorization', value: 'Bearer test-provider-key' } });
  return [
    header('smCredSearch0001', 'SM Search API'), header('smCredEnrich0001', 'SM Enrichment API'),
    header('smCredChat000001', 'SM Chat Completions'), header('smCredLinkedin01', 'SM LinkedIn API'),
    header('smCredCalendar01', 'SM Calendar API'),
    { id: 'smCredSmtp000001', name: 'SM SMTP', type: 'smtp', data: { user: SELLER_MAILBOX.user, password: SELLER_MAILBOX.password, host: '127.0.0.1', port: Number(smtpPort), secure: false, disableStartTls: true } },
    { id: 'smCredImap000001', name: 'SM IMAP', type: 'imap', data: { user: SELLER_MAILBOX.user, password: SELLER_MAILBOX.password, host: '127.0.0.1', port: Number(imapPort), secure: false, allowUnauthorizedCerts: true } },
  ];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  console.log(JSON.stringify(localCredentials(process.argv[2], process.argv[3]), null, 2));
}
